package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OASIS through the command line: chosen by content (any name, gzip too), bad files exit 3 with a located line. */
class OasisCommandTest {
    static final Path OAS = InfoCommandTest.CORPUS.resolve("oasis/openebl_EBeam_mghazialsharif_MZI_static.oas");

    @TempDir
    Path dir;

    @Test
    void infoReadsOasisByContentWhateverTheName() throws IOException {
        InfoCommandTest.Run r = InfoCommandTest.run("info", OAS.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"layers\""), r.out());
        Path renamed = dir.resolve("design.gds");
        Files.copy(OAS, renamed);
        Path gz = dir.resolve("design.oas.gz");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(Files.readAllBytes(OAS));
        }
        Files.write(gz, b.toByteArray());
        for (Path p : new Path[] {renamed, gz}) {
            InfoCommandTest.Run other = InfoCommandTest.run("info", p.toString(), "--format", "json");
            assertEquals(0, other.code(), other.err());
            assertEquals(r.out().replace(OAS.toString(), p.toString()), other.out());
        }
    }

    @Test
    void checkTakesOasis() throws IOException {
        // a one-cell OASIS file with one 10 x 20 um box on layer 1/0, written byte by byte
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("%SEMI-OASIS\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.writeBytes(new byte[] {1, 3, '1', '.', '0', 0, (byte) 0xE8, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        b.writeBytes(new byte[] {14, 3, 'T', 'O', 'P', 20, 0x7B, 1, 0, (byte) 0x90, 0x4E, (byte) 0xA0, (byte) 0x9C, 1, 0, 0});
        b.write(2);
        b.write(253);
        b.write(1);
        b.writeBytes(new byte[253]);
        b.write(0);
        Path design = dir.resolve("box.oas");
        Files.write(design, b.toByteArray());
        InfoCommandTest.Run info = InfoCommandTest.run("info", design.toString(), "--format", "json");
        assertEquals(0, info.code(), info.err());
        assertTrue(info.out().contains("\"shapes\": 1, \"texts\": 0, \"area_um2\": 200.0, \"bbox_um\": [0.0, 0.0, 10.0, 20.0]"),
                info.out());
        InfoCommandTest.Run r = InfoCommandTest.run("check", design.toString(), "--deck", "builtin:photonic-3d", "--quiet");
        assertTrue(r.code() == 0 || r.code() == 1, r.code() + " " + r.err());
    }

    @Test
    void truncatedOasisExits3WithALocatedLine() throws IOException {
        Path cut = dir.resolve("cut.oas");
        byte[] all = Files.readAllBytes(OAS);
        Files.write(cut, Arrays.copyOf(all, all.length / 2));
        InfoCommandTest.Run r = InfoCommandTest.run("info", cut.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith("cpodrc: " + cut + ": offset "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
