package org.packpress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * The application jar's size and how many libraries it holds ({@code BOOT-INF/lib/}).
 *
 * @param megabytes the jar's size in MB (10^6 bytes)
 */
public record JarSize(double megabytes, int libraries) {

    /** The jar a build leaves in the project folder. */
    static final Path JAR = Path.of("target/packpress.jar");

    /** The jar's size, or null when there is no jar here (the bench runs elsewhere, or in tests). */
    static JarSize of(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return null;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            int libraries = (int) zip.stream().filter(e -> e.getName().startsWith("BOOT-INF/lib/")
                    && e.getName().endsWith(".jar")).count();
            return new JarSize(Files.size(jar) / 1e6, libraries);
        } catch (IOException e) {
            return null;
        }
    }
}
