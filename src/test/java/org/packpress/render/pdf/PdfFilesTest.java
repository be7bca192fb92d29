package org.packpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.testing.TestPdfs;

/**
 * Encrypted attachments are refused whatever their cipher and passwords, without Bouncy Castle (which is not
 * on the class path): the check reads the trailer and decrypts nothing.
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
    void anEncryptedPdfIsRefusedWhateverItsCipherAndPasswords() throws IOException {
        Path rc4 = TestPdfs.writeEncrypted(dir.resolve("rc4-user-password.pdf"));
        Path aes256 = encrypted("aes256-user-password.pdf", 256, "user");
        Path aes128OwnerOnly = encrypted("aes128-owner-password-only.pdf", 128, "");

        for (Path pdf : new Path[] {rc4, aes256, aes128OwnerOnly}) {
            assertThat(PdfFiles.isEncrypted(pdf)).as(pdf.getFileName().toString()).isTrue();
            assertThat(PdfFiles.problem(pdf)).isEqualTo(pdf.getFileName() + " is encrypted; attach an unprotected copy");
        }
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
