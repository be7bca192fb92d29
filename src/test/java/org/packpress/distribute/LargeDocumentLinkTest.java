package org.packpress.distribute;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.web.SamplePanel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A document larger than packpress.mail.attachment-limit is sent as a download link, not attached. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:packpress-links;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.mail.host=127.0.0.1", "spring.mail.properties[mail.smtp.starttls.required]=false",
        "packpress.mail.attachment-limit=100KB",
        "packpress.mail.public-url=https://papers.panel.example/"})
class LargeDocumentLinkTest {

    static final GreenMail MAIL = startMail();
    static final Path OUT = temp();
    /** An officer's templates folder: this body words two sentences of its emails its own way. */
    static final Path TEMPLATES = temp();

    private static Path temp() {
        try {
            return Files.createTempDirectory("packpress-links-test-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    Distributor distributor;

    @Autowired
    org.packpress.documents.agenda.PackPublication publication;

    @Autowired
    ImportService imports;

    @Autowired
    AgendaPackBuilder packs;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("packpress.out-dir", OUT::toString);
        registry.add("packpress.templates-dir", TEMPLATES::toString);
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    @AfterAll
    static void stop() {
        MAIL.stop();
    }

    @Test
    void sendsALinkInsteadOfTheAttachment(@TempDir Path temp) throws Exception {
        Path wording = Files.createDirectories(TEMPLATES.resolve("email/link-pcp"));
        Files.writeString(wording.resolve("delivery.link.txt"), "The papers are online at {{download.url}}\n");
        Files.writeString(wording.resolve("unsubscribe.line.txt"), "No more papers? {{unsubscribe.url}}\n");
        SamplePanel panel = SamplePanel.copy(temp.resolve("in"), "link-pcp").withDistributionList("""
                recipients:
                  - name: Dan Subscriber
                    email: dan@public.example
                    role: subscriber
                """);
        imports.importPaths(List.of(panel.root()));
        Path out = OUT;
        packs.build("link-pcp", LocalDate.of(2024, 1, 15), out, null, AgendaPackBuilder.Progress.NONE);
        assertThat(Files.size(out.resolve("link-pcp/2024-01-15/agenda-pack.pdf"))).isGreaterThan(100 * 1024);

        List<Distributor.Planned> preview = distributor.preview("link-pcp", LocalDate.of(2024, 1, 15), "agenda-pack");
        assertThat(preview).singleElement().satisfies(p -> assertThat(p.asLink()).isTrue());
        publication.publish("link-pcp", LocalDate.of(2024, 1, 15), "test officer");
        distributor.distribute("link-pcp", LocalDate.of(2024, 1, 15), "agenda-pack",
                "test officer");

        MimeMessage message = MAIL.getReceivedMessages()[0];
        assertThat(message.getContent()).isInstanceOf(String.class);
        String text = (String) message.getContent();
        assertThat(text).contains("The papers are online at "
                + "https://papers.panel.example/files/link-pcp/2024-01-15/agenda-pack.pdf");
        assertThat(text).containsPattern("No more papers\\? https://papers.panel.example/unsubscribe/[0-9a-f]{48}")
                .doesNotContain("too large to attach", "To stop receiving");
    }
}
