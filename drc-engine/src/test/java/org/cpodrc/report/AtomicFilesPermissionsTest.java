package org.cpodrc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesPermissionsTest {
    @Test
    void newReportsAreWorldReadableAndReplacedOnesKeepTheirPermissions(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
                "no POSIX permissions on this file system: permission test skipped");
        Path fresh = dir.resolve("r.json");
        AtomicFiles.write(fresh, w -> w.write("{}"));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        Path bin = dir.resolve("m.gds");
        AtomicFiles.writeBytes(bin, os -> os.write(new byte[] {1, 2}));
        Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeBytes(bin, os -> os.write(new byte[] {3}));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(bin)));
        assertEquals(1, Files.size(bin));
    }
}
