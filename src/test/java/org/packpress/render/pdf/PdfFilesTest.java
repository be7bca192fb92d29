package org.packpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.testing.TestPdfs;

/**
 * Encrypted attachments, without Bouncy Castle (which is not on the class path): one that needs a password to open
 * is refused, one with permission restrictions only is copied without them, whatever the cipher.
 */
class PdfFilesTest {

    @TempDir
    Path dir;

    @Test
    void bouncyCastleIsNotOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("org.bouncycastle.jce.provider.BouncyCastleProvider"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aPdfThatNeedsAPasswordToOpenIsRefusedNamingTheFile() throws IOException {
        Path rc4 = TestPdfs.writeEncrypted(dir.resolve("rc4-user-password.pdf"));
        Path aes256 = encrypted("aes256-user-password.pdf", 256, "user");

        for (Path pdf : new Path[] {rc4, aes256}) {
            assertThat(PdfFiles.protection(pdf)).as(pdf.getFileName().toString()).isEqualTo(PdfFiles.Protection.PASSWORD);
            assertThat(PdfFiles.problem(pdf)).isEqualTo(pdf.getFileName()
                    + " needs a password to open; attach a copy that opens without one");
        }
    }

    /**
     * A PDF that opens without a password but carries permission restrictions is copied without its encryption,
     * whatever its cipher, with the JDK's ciphers alone; the copy holds the same text, and copying again gives the
     * same bytes (so that importing the paper again finds it unchanged).
     */
    @Test
    void aPdfWithPermissionRestrictionsOnlyIsCopiedWithoutThemWhateverItsCipher() throws IOException {
        Path plain = TestPdfs.write(dir.resolve("plain.pdf"), 2, "Restricted paper");
        for (int keyLength : new int[] {40, 128}) {
            check(TestPdfs.writeRestricted(plain, dir.resolve("rc4-" + keyLength + ".pdf"), keyLength, false));
        }
        for (int keyLength : new int[] {128, 256}) {
            check(TestPdfs.writeRestricted(plain, dir.resolve("aes-" + keyLength + ".pdf"), keyLength, true));
        }
    }

    private void check(Path restricted) throws IOException {
        String name = restricted.getFileName().toString();
        assertThat(PdfFiles.isEncrypted(restricted)).as(name).isTrue();
        assertThat(PdfFiles.protection(restricted)).as(name).isEqualTo(PdfFiles.Protection.RESTRICTED);
        Path copy = dir.resolve("copy-of-" + name);
        PdfFiles.writeUnrestricted(restricted, copy);

        assertThat(PdfFiles.protection(copy)).as(name).isEqualTo(PdfFiles.Protection.NONE);
        assertThat(PdfFiles.problem(copy)).as(name).isNull();
        assertThat(PdfFiles.pageCount(copy)).as(name).isEqualTo(2);
        try (PDDocument document = Loader.loadPDF(copy.toFile())) {
            assertThat(document.isEncrypted()).as(name).isFalse();
            assertThat(new PDFTextStripper().getText(document)).as(name)
                    .contains("Restricted paper page 1", "Restricted paper page 2");
        }
        Path again = dir.resolve("again-" + name);
        PdfFiles.writeUnrestricted(restricted, again);
        assertThat(Files.readAllBytes(again)).as(name).isEqualTo(Files.readAllBytes(copy));
    }

    @Test
    void anUnprotectedPdfWithCompressedCrossReferencesPasses() throws IOException {
        Path plain = dir.resolve("plain.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.addPage(new PDPage());
            document.save(plain.toFile()); // PDFBox 3 writes object streams and a cross-reference stream
        }
        assertThat(PdfFiles.isEncrypted(plain)).isFalse();
        assertThat(PdfFiles.problem(plain)).isNull();
        assertThat(PdfFiles.pageCount(plain)).isEqualTo(2);
        Path written = TestPdfs.write(dir.resolve("openpdf.pdf"), 3, "plain");
        assertThat(PdfFiles.problem(written)).isNull();
    }

    /** A one-page PDF encrypted by PDFBox with AES (the JDK's ciphers) and these passwords. */
    private Path encrypted(String name, int keyLength, String userPassword) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(keyLength);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }
}
