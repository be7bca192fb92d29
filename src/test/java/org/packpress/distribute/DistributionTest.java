package org.packpress.distribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.agenda.PackPublication;
import org.packpress.documents.minutes.MinutesPublisher;
import org.packpress.publish.Manifest;
import org.packpress.publish.Publisher;
import org.packpress.testing.PdfInspection;
import org.packpress.ingest.ImportService;
import org.packpress.common.Hashes;
import org.packpress.store.AuditLog;
import org.packpress.testing.DeadProcesses;
import org.packpress.testing.ScriptedSmtpProxy;
import org.packpress.web.SamplePanel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Acceptance: a list of two members, one officer and two subscribers gets five messages, the first
 * three with the confidential pack and the subscribers with the public one; sending again sends
 * nothing; with the SMTP server refusing one address the other four are delivered and the failure is
 * recorded. GreenMail is the SMTP server, behind a relay that can refuse chosen recipients.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:packpress-distribute;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.mail.host=127.0.0.1", "spring.mail.properties[mail.smtp.starttls.required]=false",
        "packpress.mail.from=democratic.services@panel.example",
        "packpress.mail.attempts=3",
        "packpress.mail.backoff-millis=20"})
class DistributionTest {

    static final GreenMail MAIL = startMail();
    static final ScriptedSmtpProxy SMTP = new ScriptedSmtpProxy(MAIL.getSmtp().getPort());
    static final Path OUT = temp();

    private static final String LIST = """
            recipients:
              - name: Cllr Ann Member
                email: ann.member@council.example
                role: member
              - name: Cllr Bob Member
                email: bob.member@council.example
                role: member
              - name: Carol Officer
                email: carol.officer@panel.example
                role: officer
              - name: Dan Subscriber
                email: dan@public.example
                role: subscriber
              - name: Eve Subscriber
                email: %s
                role: subscriber
            """;

    @Autowired
    AuditLog audit;
    @Autowired
    Unsubscribes unsubscribes;
    @Autowired
    Distributor distributor;

    @Autowired
    DistributionRepository log;

    @Autowired
    ImportService imports;

    @Autowired
    AgendaPackBuilder packs;

    @Autowired
    MinutesPublisher minutes;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.packpress.store.ProcessRegistry processes;
    @Autowired
    org.springframework.batch.core.repository.JobRepository jobs;
    @Autowired
    PackPublication publication;
    @Autowired
    Publisher publisher;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
        registry.add("packpress.out-dir", OUT::toString);
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static Path temp() {
        try {
            // under target/, so that it goes with the build's other output (the class's context outlives the class)
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "distribute-test-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        SMTP.close();
        MAIL.stop();
    }

    @BeforeEach
    void clearMailboxes() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    @Test
    void membersAndOfficersGetTheConfidentialPackSubscribersThePublicOneAndNobodyTwice(@TempDir Path temp)
            throws Exception {
        SamplePanel panel = SamplePanel.copy(temp, "dist-pcp").withExemptItem()
                .withDistributionList(LIST.formatted("eve@public.example"));
        imports.importPaths(List.of(panel.root()));
        packs.build("dist-pcp", LocalDate.of(2024, 1, 15), OUT, null, AgendaPackBuilder.Progress.NONE);
        Path folder = OUT.resolve("dist-pcp/2024-01-15");
        String confidential = Hashes.sha256(folder.resolve("agenda-pack-confidential.pdf"));
        String publicPack = Hashes.sha256(folder.resolve("agenda-pack.pdf"));
        // issue 15: a pack is sent only once its meeting is published
        assertThatThrownBy(() -> distributor.distribute("dist-pcp", LocalDate.of(2024, 1, 15), "agenda-pack",
                "test officer")).isInstanceOf(PackPublication.NotPublishedException.class)
                .hasMessageContaining("dist-pcp/2024-01-15 is not published yet");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
        assertThat(log.find("ann.member@council.example", confidential)).isEmpty();
        publication.publish("dist-pcp", LocalDate.of(2024, 1, 15), "test officer");

        Distributor.Report report = distributor.distribute("dist-pcp", LocalDate.of(2024, 1, 15), "agenda-pack",
                "test officer");

        assertThat(report.sent()).hasSize(5);
        assertThat(report.failed()).isEmpty();
        Map<String, String> attachmentHashByRecipient = received();
        assertThat(attachmentHashByRecipient).containsOnly(
                Map.entry("ann.member@council.example", confidential),
                Map.entry("bob.member@council.example", confidential),
                Map.entry("carol.officer@panel.example", confidential),
                Map.entry("dan@public.example", publicPack),
                Map.entry("eve@public.example", publicPack));
        assertThat(audit.latest(100)).filteredOn(e -> e.body().equals("dist-pcp"))
                .extracting(AuditLog.Event::actor, AuditLog.Event::action, AuditLog.Event::file, AuditLog.Event::detail)
                .containsExactlyInAnyOrder(
                        tuple("test officer", AuditLog.CONFIDENTIAL_SENT, "agenda-pack-confidential.pdf",
                                "ann.member@council.example"),
                        tuple("test officer", AuditLog.CONFIDENTIAL_SENT, "agenda-pack-confidential.pdf",
                                "bob.member@council.example"),
                        tuple("test officer", AuditLog.CONFIDENTIAL_SENT, "agenda-pack-confidential.pdf",
                                "carol.officer@panel.example"));
        MimeMessage first = MAIL.getReceivedMessages()[0];
        assertThat(first.getSubject()).isEqualTo("West Midlands Police and Crime Panel: agenda for the meeting on"
                + " 15 January 2024");
        assertThat(first.getFrom()[0].toString()).isEqualTo("democratic.services@panel.example");
        assertThat(text(first)).contains("Monday 15 January 2024 at 14:00 hours");

        Distributor.Report again = distributor.distribute("dist-pcp", LocalDate.of(2024, 1, 15), "agenda-pack",
                "test officer");
        assertThat(again.sent()).isEmpty();
        assertThat(again.skipped()).hasSize(5);
        assertThat(MAIL.getReceivedMessages()).hasSize(5);
        assertThat(log.log("dist-pcp", "2024-01-15")).hasSize(5)
                .allSatisfy(d -> assertThat(d.result()).isEqualTo("SENT"));

        // a paper changes: everyone who had the pack gets the supplement of their version, saying what changed
        Path tracker = panel.root().resolve("papers/09b-pcc-update.md");
        Files.writeString(tracker, Files.readString(tracker) + "\n\nA further action was added after publication.\n");
        imports.importPaths(List.of(panel.root()));
        packs.build("dist-pcp", LocalDate.of(2024, 1, 15), OUT, null, AgendaPackBuilder.Progress.NONE);
        MAIL.purgeEmailFromAllMailboxes();

        Distributor.Report supplement = distributor.distribute("dist-pcp", LocalDate.of(2024, 1, 15), "agenda-pack",
                "test officer");

        assertThat(supplement.sent()).hasSize(5)
                .allSatisfy(p -> assertThat(p.file()).startsWith("supplementary-agenda-1"));
        assertThat(received()).containsOnly(
                Map.entry("ann.member@council.example", Hashes.sha256(folder.resolve("supplementary-agenda-1-confidential.pdf"))),
                Map.entry("bob.member@council.example", Hashes.sha256(folder.resolve("supplementary-agenda-1-confidential.pdf"))),
                Map.entry("carol.officer@panel.example", Hashes.sha256(folder.resolve("supplementary-agenda-1-confidential.pdf"))),
                Map.entry("dan@public.example", Hashes.sha256(folder.resolve("supplementary-agenda-1.pdf"))),
                Map.entry("eve@public.example", Hashes.sha256(folder.resolve("supplementary-agenda-1.pdf"))));
        MimeMessage notice = MAIL.getReceivedMessages()[0];
        assertThat(notice.getSubject()).contains("supplementary agenda for the meeting on 15 January 2024");
        assertThat(text(notice)).contains("item 9 (POLICE AND CRIME COMMISSIONER UPDATE AND KEY DECISIONS)");

        // public subscribers, and only they, get the one-link unsubscribe (in the text and as List-Unsubscribe)
        Map<String, String> links = new HashMap<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            String to = message.getAllRecipients()[0].toString().replaceAll(".*<|>.*", "");
            String header = message.getHeader("List-Unsubscribe", null);
            if (to.endsWith("@public.example")) {
                assertThat(header).matches("<http://localhost:8080/unsubscribe/[0-9a-f]{48}>");
                assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
                assertThat(text(message)).contains("To stop receiving these papers, follow this link: "
                        + header.substring(1, header.length() - 1));
                links.put(to, header.substring(header.lastIndexOf('/') + 1, header.length() - 1));
            } else {
                assertThat(header).as(to).isNull();
                assertThat(text(message)).doesNotContain("/unsubscribe/");
            }
        }
        assertThat(links).containsOnlyKeys("dan@public.example", "eve@public.example");

        // an address that unsubscribed receives nothing more
        assertThat(unsubscribes.unsubscribe(links.get("dan@public.example"))).isTrue();
        Files.writeString(tracker, Files.readString(tracker) + "\n\nA second action was added.\n");
        imports.importPaths(List.of(panel.root()));
        packs.build("dist-pcp", LocalDate.of(2024, 1, 15), OUT, null, AgendaPackBuilder.Progress.NONE);
        MAIL.purgeEmailFromAllMailboxes();
        Distributor.Report second = distributor.distribute("dist-pcp", LocalDate.of(2024, 1, 15), "agenda-pack",
                "test officer");
        assertThat(second.sent()).hasSize(4);
        assertThat(second.skipped()).extracting(p -> p.recipient().email(), Distributor.Planned::status)
                .containsExactly(tuple("dan@public.example", Distributor.UNSUBSCRIBED));
        assertThat(received()).doesNotContainKey("dan@public.example").containsKey("eve@public.example");
    }

    @Test
    void aRefusedAddressDoesNotStopTheOthersAndTransientFailuresAreRetried(@TempDir Path temp) throws Exception {
        SamplePanel panel = SamplePanel.copy(temp, "bounce-pcp")
                .withDistributionList(LIST.formatted("nobody@public.example"));
        imports.importPaths(List.of(panel.root()));
        packs.build("bounce-pcp", LocalDate.of(2024, 1, 15), OUT, null, AgendaPackBuilder.Progress.NONE);
        SMTP.script("nobody@public.example", "550 5.1.1 <nobody@public.example>: mailbox unavailable");
        SMTP.script("bob.member@council.example", "451 4.3.0 try again later");
        publication.publish("bounce-pcp", LocalDate.of(2024, 1, 15), "test officer");

        Distributor.Report report = distributor.distribute("bounce-pcp", LocalDate.of(2024, 1, 15), "agenda-pack",
                "test officer");

        assertThat(report.sent()).hasSize(4);
        assertThat(report.failed()).containsOnlyKeys("nobody@public.example");
        assertThat(received()).containsOnlyKeys("ann.member@council.example", "bob.member@council.example",
                "carol.officer@panel.example", "dan@public.example");
        assertThat(SMTP.attempts("nobody@public.example")).isEqualTo(1);
        assertThat(SMTP.attempts("bob.member@council.example")).isEqualTo(2);
        List<DistributionRepository.Delivery> deliveries = log.log("bounce-pcp", "2024-01-15");
        assertThat(deliveries).hasSize(5);
        DistributionRepository.Delivery failed = deliveries.stream()
                .filter(d -> d.recipient().equals("nobody@public.example")).findFirst().orElseThrow();
        assertThat(failed.result()).isEqualTo("FAILED");
        assertThat(failed.detail()).contains("550");
        assertThat(io.micrometer.core.instrument.Metrics.globalRegistry.find("packpress.emails").tag("result", "failed")
                .counter().count()).isGreaterThanOrEqualTo(1);
        assertThat(failed.sha256()).isEqualTo(Hashes.sha256(OUT.resolve("bounce-pcp/2024-01-15/agenda-pack.pdf")));
    }

    @Test
    void aSendInterruptedBeforeTheDocumentWasReissuedIsCompletedWithTheVersionItClaimed(@TempDir Path temp)
            throws Exception {
        SamplePanel panel = SamplePanel.copy(temp, "reissue-pcp").withDistributionList(LIST.formatted("eve@public.example"));
        imports.importPaths(List.of(panel.root()));
        packs.build("reissue-pcp", LocalDate.of(2024, 1, 15), OUT, null, AgendaPackBuilder.Progress.NONE);
        Path pack = OUT.resolve("reissue-pcp/2024-01-15/agenda-pack.pdf");
        String first = Hashes.sha256(pack);
        // another process claims Dan's send of the pack; while it still runs, the pack is re-issued ...
        assertThat(log.claim(new DistributionRepository.Delivery("reissue-pcp", "2024-01-15", "agenda-pack",
                "agenda-pack.pdf", first, "dan@public.example", java.time.LocalDateTime.now(),
                DistributionRepository.SENDING, null, "<reissue-1.packpress@panel.example>"))).isTrue();
        Process sender = new ProcessBuilder("sleep", "600").start();
        jdbc.update("UPDATE delivery SET process_id = ? WHERE recipient = ? AND document_sha256 = ?",
                new DeadProcesses(jdbc, processes, jobs).runningOnThisHost(sender), "dan@public.example", first);
        Path paper = panel.root().resolve("papers/09b-pcc-update.md");
        Files.writeString(paper, Files.readString(paper) + "\n\nA further action was added after publication.\n");
        imports.importPaths(List.of(panel.root()));
        packs.build("reissue-pcp", LocalDate.of(2024, 1, 15), OUT, null, AgendaPackBuilder.Progress.NONE);
        assertThat(Hashes.sha256(pack)).isNotEqualTo(first);
        assertThat(received()).as("nothing resent while the claiming process runs").isEmpty();
        // ... and then that process dies before recording the send
        sender.destroyForcibly().waitFor();

        distributor.resendInterrupted();

        assertThat(received()).as("the version claimed, kept by the archive").containsExactly(
                Map.entry("dan@public.example", first));
        assertThat(MAIL.getReceivedMessages()[0].getMessageID()).isEqualTo("<reissue-1.packpress@panel.example>");
        assertThat(log.find("dan@public.example", first).orElseThrow().resent()).isTrue();
    }

    /**
     * Corrections after publication: an exempt paper replaced gives a supplement of the confidential version only,
     * which goes to members and officers while subscribers never get a confidential file (until 7 December 2026
     * the send stopped: "The build published no public file to send"); a later correction that replaces no paper
     * (a new venue) re-issues the pack without a supplement, and everyone gets it whole (it went to nobody: those
     * who had the earlier supplement were offered it again, as already sent).
     */
    @Test
    void aConfidentialOnlySupplementGoesToMembersAndALaterCorrectionWithoutOneGoesWholeToEveryone(@TempDir Path temp)
            throws Exception {
        SamplePanel panel = SamplePanel.copy(temp, "corrected-pcp").withExemptItem()
                .withDistributionList(LIST.formatted("eve@public.example"));
        Path annex = panel.root().resolve("papers/12-annex.md");
        Files.copy(panel.root().resolve("papers/09b-pcc-update.md"), annex);
        String meeting = Files.readString(panel.meetingFile());
        int exempt = meeting.lastIndexOf("report: papers/09b-pcc-update.md");
        Files.writeString(panel.meetingFile(), meeting.substring(0, exempt) + "report: papers/12-annex.md"
                + meeting.substring(exempt + "report: papers/09b-pcc-update.md".length()));
        LocalDate date = LocalDate.of(2024, 1, 15);
        imports.importPaths(List.of(panel.root()));
        packs.build("corrected-pcp", date, OUT, null, AgendaPackBuilder.Progress.NONE);
        publication.publish("corrected-pcp", date, "test officer");
        assertThat(distributor.distribute("corrected-pcp", date, "agenda-pack", "test officer").sent()).hasSize(5);
        Path folder = OUT.resolve("corrected-pcp/2024-01-15");

        Files.writeString(annex, Files.readString(annex) + "\n\nTHE EXEMPT ANNEX WAS REPLACED.\n");
        imports.importPaths(List.of(panel.root()));
        packs.build("corrected-pcp", date, OUT, null, AgendaPackBuilder.Progress.NONE);
        assertThat(folder.resolve("supplementary-agenda-1-confidential.pdf")).exists();
        assertThat(folder.resolve("supplementary-agenda-1.pdf")).doesNotExist();
        MAIL.purgeEmailFromAllMailboxes();
        Distributor.Report annexReplaced = distributor.distribute("corrected-pcp", date, "agenda-pack", "test officer");

        assertThat(annexReplaced.failed()).isEmpty();
        String supplement = Hashes.sha256(folder.resolve("supplementary-agenda-1-confidential.pdf"));
        assertThat(received()).contains(Map.entry("ann.member@council.example", supplement),
                Map.entry("bob.member@council.example", supplement), Map.entry("carol.officer@panel.example", supplement));
        assertThat(annexReplaced.sent()).filteredOn(p -> p.recipient().role() == Recipient.Role.SUBSCRIBER)
                .allSatisfy(p -> assertThat(p.confidential()).isFalse());

        panel.changeVenue("2024-01-15", "Committee Room 2, The Council House, Priory Road, Dudley DY1 1HF");
        imports.importPaths(List.of(panel.root()));
        packs.build("corrected-pcp", date, OUT, null, AgendaPackBuilder.Progress.NONE);
        MAIL.purgeEmailFromAllMailboxes();
        Distributor.Report venueChanged = distributor.distribute("corrected-pcp", date, "agenda-pack", "test officer");

        assertThat(venueChanged.sent()).hasSize(5);
        assertEveryoneGotTheWholePack(folder);
        MimeMessage reissue = MAIL.getReceivedMessages()[0];
        assertThat(reissue.getSubject()).isEqualTo("West Midlands Police and Crime Panel: agenda for the meeting on"
                + " 15 January 2024 re-issued");
        assertThat(text(reissue)).contains("has been re-issued; it replaces the agenda sent to you before.",
                "- the agenda itself: the meeting's details, its items or their times");
        assertThat(distributor.distribute("corrected-pcp", date, "agenda-pack", "test officer").sent())
                .as("sending again sends nothing").isEmpty();
    }

    /**
     * A document built again with nothing changed is the same version, to the byte, and goes to nobody again (until 7
     * December 2026 each PDF carried its build time, an ID drawn from the clock and font tags drawn at random, so an
     * unchanged pack or set of minutes built again was a new version, and sending it sent it whole to everyone). A
     * change is a new version, dated when it was built.
     */
    @Test
    void aDocumentBuiltAgainWithNothingChangedIsTheSameVersionAndIsNotSentAgain(@TempDir Path temp) throws Exception {
        SamplePanel panel = SamplePanel.copy(temp, "rebuilt-pcp").withExemptItem()
                .withDistributionList(LIST.formatted("eve@public.example"));
        LocalDate date = LocalDate.of(2024, 1, 15);
        LocalDate held = LocalDate.of(2023, 12, 18);
        imports.importPaths(List.of(panel.root()));
        packs.build("rebuilt-pcp", date, OUT, null, AgendaPackBuilder.Progress.NONE);
        minutes.publishMinutes("rebuilt-pcp", held, OUT, null);
        publication.publish("rebuilt-pcp", date, "test officer");
        assertThat(distributor.distribute("rebuilt-pcp", date, "agenda-pack", "test officer").sent()).hasSize(5);
        assertThat(distributor.distribute("rebuilt-pcp", held, "minutes", "test officer").sent()).hasSize(5);
        Path folder = OUT.resolve("rebuilt-pcp/2024-01-15");
        Path minutesFolder = OUT.resolve("rebuilt-pcp/2023-12-18");
        Map<Path, byte[]> built = new java.util.HashMap<>();
        for (Path file : List.of(folder.resolve("agenda-pack.pdf"), folder.resolve("agenda-pack-confidential.pdf"),
                minutesFolder.resolve("minutes.pdf"))) {
            built.put(file, Files.readAllBytes(file));
        }

        packs.build("rebuilt-pcp", date, OUT, null, AgendaPackBuilder.Progress.NONE);
        minutes.publishMinutes("rebuilt-pcp", held, OUT, null);

        built.forEach((file, bytes) -> assertThat(file).as(file.getFileName().toString()).hasBinaryContent(bytes));
        Manifest manifest = publisher.read(folder).orElseThrow();
        assertThat(manifest.currentVersion("agenda-pack")).isEqualTo(1);
        assertThat(publisher.read(minutesFolder).orElseThrow().currentVersion("minutes")).isEqualTo(1);
        MAIL.purgeEmailFromAllMailboxes();
        assertThat(distributor.distribute("rebuilt-pcp", date, "agenda-pack", "test officer").sent()).isEmpty();
        assertThat(distributor.distribute("rebuilt-pcp", held, "minutes", "test officer").sent()).isEmpty();
        assertThat(MAIL.getReceivedMessages()).isEmpty();

        panel.changeVenue("2024-01-15", "Committee Room 2, The Council House, Priory Road, Dudley DY1 1HF");
        imports.importPaths(List.of(panel.root()));
        packs.build("rebuilt-pcp", date, OUT, null, AgendaPackBuilder.Progress.NONE);

        Manifest changed = publisher.read(folder).orElseThrow();
        assertThat(changed.currentVersion("agenda-pack")).isEqualTo(2);
        OffsetDateTime first = OffsetDateTime.parse(manifest.documents().get("agenda-pack").dated());
        OffsetDateTime second = OffsetDateTime.parse(changed.documents().get("agenda-pack").dated());
        assertThat(second).isAfterOrEqualTo(first);
        try (PdfInspection pack = PdfInspection.open(folder.resolve("agenda-pack.pdf"))) {
            assertThat(pack.document().getDocumentInformation().getCreationDate().toInstant())
                    .as("the pack is dated as the manifest records").isEqualTo(second.toInstant());
        }
        assertThat(distributor.distribute("rebuilt-pcp", date, "agenda-pack", "test officer").sent()).hasSize(5);

        // as if an earlier PackPress had written version 2: the same inputs now make other bytes, a new version dated
        // when it was built (until 7 December 2026 it carried the date of the version before)
        String written = Hashes.sha256(folder.resolve("agenda-pack.pdf"));
        Path manifestFile = folder.resolve("manifest.json");
        Files.writeString(manifestFile, Files.readString(manifestFile).replace(written, "0".repeat(64)));
        Awaitility.await().until(() -> OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).isAfter(second));
        packs.build("rebuilt-pcp", date, OUT, null, AgendaPackBuilder.Progress.NONE);

        Manifest rebuilt = publisher.read(folder).orElseThrow();
        assertThat(rebuilt.currentVersion("agenda-pack")).isEqualTo(3);
        Manifest.Entry third = rebuilt.documents().get("agenda-pack");
        assertThat(third.inputs()).isEqualTo(changed.documents().get("agenda-pack").inputs());
        assertThat(OffsetDateTime.parse(third.dated())).isAfter(second);
        assertThat(third.changes()).singleElement().asString().startsWith("the same contents, laid out or worded anew");
        try (PdfInspection pack = PdfInspection.open(folder.resolve("agenda-pack.pdf"))) {
            assertThat(pack.document().getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(OffsetDateTime.parse(third.dated()).toInstant());
        }
    }

    /**
     * The minutes go to the list as the pack does, in words of their own (until 7 December 2026 every recipient's
     * send failed: "No email template minutes.subject.txt").
     */
    @Test
    void theMinutesGoToTheListInWordsOfTheirOwn(@TempDir Path temp) throws Exception {
        SamplePanel panel = SamplePanel.copy(temp, "minuted-pcp").withDistributionList(LIST.formatted("eve@public.example"));
        imports.importPaths(List.of(panel.root()));
        LocalDate held = LocalDate.of(2023, 12, 18);
        minutes.publishMinutes("minuted-pcp", held, OUT, null);

        Distributor.Report report = distributor.distribute("minuted-pcp", held, "minutes", "test officer");

        assertThat(report.failed()).isEmpty();
        assertThat(report.sent()).hasSize(5);
        MimeMessage first = MAIL.getReceivedMessages()[0];
        assertThat(first.getSubject()).isEqualTo("West Midlands Police and Crime Panel: minutes of the meeting on"
                + " 18 December 2023");
        assertThat(text(first)).contains("The minutes of the meeting of the West Midlands Police and Crime Panel held on"
                + " Monday 18 December 2023");
    }

    /**
     * Issue 15 item 4: once a meeting is postponed, its re-issued pack goes whole to everyone, even to those who had
     * a supplement, with the email saying it is postponed and to when.
     */
    @Test
    void aPostponedMeetingsPackGoesWholeToEveryoneSayingSo(@TempDir Path temp) throws Exception {
        SamplePanel panel = SamplePanel.copy(temp, "moved-pcp").withExemptItem()
                .withDistributionList(LIST.formatted("eve@public.example"));
        // the emails word the meeting's date and time as the body's front sheet does
        Files.writeString(panel.root().resolve("body.yaml"), "styles:\n  - frontSheet:\n      timeFormat: h.mm a\n"
                + "      dateTimeLine: \"{date}, {time}\"\n", StandardOpenOption.APPEND);
        LocalDate date = LocalDate.of(2024, 1, 15);
        imports.importPaths(List.of(panel.root()));
        packs.build("moved-pcp", date, OUT, null, AgendaPackBuilder.Progress.NONE);
        publication.publish("moved-pcp", date, "test officer");
        assertThat(distributor.distribute("moved-pcp", date, "agenda-pack", "test officer").sent()).hasSize(5);
        Path paper = panel.root().resolve("papers/09b-pcc-update.md");
        Files.writeString(paper, Files.readString(paper) + "\n\nA further action was added after publication.\n");
        imports.importPaths(List.of(panel.root()));
        packs.build("moved-pcp", date, OUT, null, AgendaPackBuilder.Progress.NONE);
        assertThat(distributor.distribute("moved-pcp", date, "agenda-pack", "test officer").sent())
                .allSatisfy(p -> assertThat(p.supplement()).isTrue());
        MAIL.purgeEmailFromAllMailboxes();

        panel.withStatus("2024-01-15", "status: postponed\npostponedTo: {date: 2024-01-22, start: \"15:30\"}");
        imports.importPaths(List.of(panel.root()));
        packs.build("moved-pcp", date, OUT, null, AgendaPackBuilder.Progress.NONE);
        Distributor.Report report = distributor.distribute("moved-pcp", date, "agenda-pack", "test officer");

        assertThat(report.sent()).hasSize(5);
        assertEveryoneGotTheWholePack(OUT.resolve("moved-pcp/2024-01-15"));
        MimeMessage notice = MAIL.getReceivedMessages()[0];
        assertThat(notice.getSubject()).isEqualTo("West Midlands Police and Crime Panel: the meeting on 15 January 2024"
                + " is POSTPONED to Monday 22 January 2024, 3.30 pm");
        assertThat(text(notice)).contains("has been postponed to Monday 22 January 2024, 3.30 pm");
    }

    /** The members and the officer received the folder's confidential pack, the subscribers its public pack. */
    private static void assertEveryoneGotTheWholePack(Path folder) throws Exception {
        String confidential = Hashes.sha256(folder.resolve("agenda-pack-confidential.pdf"));
        String publicPack = Hashes.sha256(folder.resolve("agenda-pack.pdf"));
        assertThat(received()).containsOnly(Map.entry("ann.member@council.example", confidential),
                Map.entry("bob.member@council.example", confidential), Map.entry("carol.officer@panel.example", confidential),
                Map.entry("dan@public.example", publicPack), Map.entry("eve@public.example", publicPack));
    }

    /** Recipient address to the SHA-256 of the PDF attached to the message they received. */
    private static Map<String, String> received() throws Exception {
        Map<String, String> result = new HashMap<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            result.put(message.getAllRecipients()[0].toString().replaceAll(".*<|>.*", ""), attachmentHash(message));
        }
        return result;
    }

    private static String attachmentHash(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return Hashes.sha256(part.getInputStream().readAllBytes());
            }
        }
        return null;
    }

    private static String text(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        StringBuilder s = new StringBuilder();
        collect(multipart, s);
        return s.toString();
    }

    private static void collect(Multipart multipart, StringBuilder s) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, s);
            } else if (part.isMimeType("text/plain")) {
                s.append(part.getContent());
            }
        }
    }
}
