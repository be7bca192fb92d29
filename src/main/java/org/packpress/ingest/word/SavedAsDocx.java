package org.packpress.ingest.word;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jodconverter.local.office.LocalOfficeUtils;
import org.springframework.util.FileSystemUtils;

/**
 * A Word 97–2003 document ({@code .doc}) or rich text ({@code .rtf}) saved as {@code .docx} by a LibreOffice of its own
 * ({@code soffice --convert-to docx}, with a profile of its own), keeping its tracked changes and comments, so that
 * {@link WordPackage} refuses or prepares it as it would the same paper saved as {@code .docx}. Not by the LibreOffice
 * that makes the PDFs: a document loaded there gets a window for each comment, made on its event loop, where
 * LibreOffice without its user interface (the {@code -nogui} packages) stops with a fatal error.
 */
final class SavedAsDocx {

    private SavedAsDocx() {
    }

    /**
     * @param officeHome LibreOffice's folder; blank for where JODConverter finds it
     * @param importFilter LibreOffice's filter for the document's kind ({@code MS Word 97}, {@code Rich Text Format})
     * @throws WordConversionException when LibreOffice is missing, fails, or takes longer than {@code timeout}
     */
    static byte[] of(byte[] document, String extension, String importFilter, String officeHome, Duration timeout) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("packpress-docx-");
            Path in = Files.write(dir.resolve("paper." + extension), document);
            Path out = dir.resolve("out");
            run(List.of(soffice(officeHome), "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                    "--norestore", "--infilter=" + importFilter, "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    out.toString(), in.toString()), dir.resolve("log.txt"), timeout);
            Path docx = out.resolve("paper.docx");
            if (!Files.isRegularFile(docx) || Files.size(docx) == 0) {
                throw new WordConversionException("LibreOffice could not read it (" + lastLine(dir.resolve("log.txt"))
                        + ")");
            }
            return Files.readAllBytes(docx);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save a paper as .docx", e);
        } finally {
            if (dir != null) {
                FileSystemUtils.deleteRecursively(dir.toFile());
            }
        }
    }

    private static void run(List<String> command, Path log, Duration timeout) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new WordConversionException("LibreOffice could not convert it (it took longer than "
                        + timeout.toSeconds() + " s)");
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new WordConversionException("LibreOffice was stopped before it converted it", e);
        }
    }

    private static String soffice(String officeHome) {
        File home = officeHome.isBlank() ? LocalOfficeUtils.getDefaultOfficeHome() : new File(officeHome);
        if (home == null) {
            throw new WordConversionException("LibreOffice cannot be found; install the Debian package"
                    + " libreoffice-writer-nogui");
        }
        // the launcher beside soffice.bin: it starts LibreOffice again when a new profile asks it to (exit code 81)
        return new File(LocalOfficeUtils.getOfficeExecutable(home).getParentFile(), "soffice").getPath();
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "it wrote no .docx" : lines.get(lines.size() - 1).strip();
    }
}
