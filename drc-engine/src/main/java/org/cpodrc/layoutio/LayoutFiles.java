package org.cpodrc.layoutio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.cpodrc.InputException;
import org.cpodrc.io.InputFiles;
import org.cpodrc.gds.GdsReader;
import org.cpodrc.layout.Layout;
import org.cpodrc.oasis.OasisReadOptions;
import org.cpodrc.oasis.OasisReader;

/** Reads a design file as OASIS or GDSII, chosen by its content (plain or gzip-compressed). */
public final class LayoutFiles {
    private LayoutFiles() {
    }

    /**
     * Reads the file; {@code maxShapes} bounds what OASIS repetitions may expand into (the same
     * limit as flattening, {@code --max-shapes}).
     */
    public static Layout read(Path file, long maxShapes) {
        if (isOasis(file)) {
            return OasisReader.read(file, OasisReadOptions.DEFAULTS.withMaxShapes(maxShapes));
        }
        return GdsReader.read(file);
    }

    /** True when the file (or the gzip stream it holds) starts with the OASIS magic. */
    public static boolean isOasis(Path file) {
        try (InputStream raw = new BufferedInputStream(InputFiles.open(file))) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 0x1F && b1 == 0x8B) {
                try (InputStream unzipped = new BufferedInputStream(new GZIPInputStream(raw))) {
                    return OasisReader.isOasis(unzipped);
                } catch (IOException e) {
                    return false; // not readable as gzip: the GDSII reader reports it
                }
            }
            return OasisReader.isOasis(raw);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": file not found", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + InputFiles.reason(e), e);
        }
    }
}
