package org.packpress.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sRGB ICC profile of the Java runtime, the output intent of every PDF/A document PackPress
 * writes. JasperReports reads it from a file, so it is written once per process to a temporary file.
 */
public final class SrgbProfile {

    private SrgbProfile() {
    }

    public static byte[] bytes() {
        return Holder.BYTES.clone();
    }

    public static Path path() {
        return Holder.PATH;
    }

    private static final class Holder {
        static final byte[] BYTES = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        static final Path PATH = write();

        private static Path write() {
            try {
                Path file = Files.createTempFile("packpress-srgb-", ".icc");
                file.toFile().deleteOnExit();
                Files.write(file, BYTES);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the sRGB profile for PDF/A export", e);
            }
        }
    }
}
