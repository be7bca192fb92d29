package org.packpress.distribute;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.testing.ChildProcessTest;
import org.packpress.testing.ForkedPackPress;
import org.packpress.testing.ScriptedSmtpProxy;
import org.packpress.web.SamplePanel;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Acceptance (issue 12, no recipient lost): a sending process is killed after the SMTP server has taken
 * a message but before the send was recorded. The next process resends that one, with the same
 * Message-ID, records it as resent after an interruption, and the remaining recipients get theirs:
 * every recipient has exactly one SENT record, none is left SENDING, and only the one in flight got a
 * second copy. The send runs as a job (as the API's background send does): the killed one is marked
 * FAILED with the reason, not left running.
 */
@ChildProcessTest
class KilledSenderRecoveryTest {

    private static final String LIST = """
            recipients:
              - {name: Cllr Ann Member, email: ann.member@council.example, role: member}
              - {name: Cllr Bob Member, email: bob.member@council.example, role: member}
              - {name: Carol Officer, email: carol.officer@panel.example, role: officer}
              - {name: Dan Subscriber, email: dan@public.example, role: subscriber}
              - {name: Eve Subscriber, email: eve@public.example, role: subscriber}
            """;

    @Test
    void aSendKilledInFlightIsResentOnceWithTheSameMessageId(@TempDir Path temp) throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (ScriptedSmtpProxy smtp = new ScriptedSmtpProxy(mail.getSmtp().getPort())) {
            ForkedPackPress packpress = new ForkedPackPress(temp);
            SamplePanel panel = SamplePanel.copy(temp.resolve("in")).withDistributionList(LIST);
            assertThat(packpress.run("import", panel.root().toString()).exitCode()).as(packpress.output()).isZero();
            assertThat(packpress.run("build", "agenda-pack", "wm-pcp/2024-01-15").exitCode()).as(packpress.output())
                    .isZero();
            assertThat(packpress.run("publish", "wm-pcp/2024-01-15").exitCode()).as(packpress.output()).isZero();
            String[] smtpSettings = {"-Dspring.mail.host=127.0.0.1",
                    "-Dspring.mail.properties[mail.smtp.starttls.required]=false", "-Dspring.mail.port=" + smtp.port(),
                    "-Dpackpress.mail.from=democratic.services@panel.example"};

            smtp.holdReplyAfterData("carol.officer@panel.example");
            Process sender = packpress.start(with(smtpSettings, "send", "wm-pcp/2024-01-15"));
            packpress.killWhen(sender, smtp::holding, Duration.ofMinutes(3));
            mail.waitForIncomingEmail(30_000, 3); // Ann's, Bob's, and Carol's whose reply was held back
            assertThat(to(mail, "carol.officer@panel.example")).as("the server took Carol's message").hasSize(1);
            JdbcTemplate store = store(packpress);
            assertThat(results(store)).containsEntry("carol.officer@panel.example", "SENDING");
            smtp.releaseHolds();

            ForkedPackPress.Finished again = packpress.run(with(smtpSettings, "send", "wm-pcp/2024-01-15"));
            assertThat(again.exitCode()).as(again.output()).isZero();

            Map<String, String> results = results(store);
            assertThat(results).hasSize(5).allSatisfy((who, result) -> assertThat(result).isEqualTo("SENT"));
            assertThat(store.queryForList("SELECT recipient FROM delivery WHERE detail = ?", String.class,
                    DistributionRepository.RESENT)).containsExactly("carol.officer@panel.example");
            List<MimeMessage> carols = to(mail, "carol.officer@panel.example");
            assertThat(carols).hasSize(2);
            assertThat(carols.get(1).getMessageID()).isEqualTo(carols.get(0).getMessageID()).contains("@panel.example");
            for (String other : List.of("ann.member@council.example", "bob.member@council.example",
                    "dan@public.example", "eve@public.example")) {
                assertThat(to(mail, other)).as(other).hasSize(1);
            }
            assertThat(mail.getReceivedMessages()).hasSize(6);
            // the killed process's send job is not left running: marked FAILED, with why; the second send completed
            assertThat(store.queryForList("SELECT e.status, e.exit_message FROM batch_job_execution e JOIN"
                    + " batch_job_instance i ON i.job_instance_id = e.job_instance_id WHERE i.job_name = 'send'"
                    + " ORDER BY e.job_execution_id")).satisfiesExactly(
                            killed -> assertThat(killed).containsEntry("status", "FAILED")
                                    .hasEntrySatisfying("exit_message", m -> assertThat((String) m)
                                            .contains("Interrupted: pid " + sender.pid())),
                            resumed -> assertThat(resumed).containsEntry("status", "COMPLETED"));
        } finally {
            mail.stop();
        }
    }

    private static String[] with(String[] settings, String... args) {
        return java.util.stream.Stream.concat(Arrays.stream(settings), Arrays.stream(args)).toArray(String[]::new);
    }

    private static List<MimeMessage> to(GreenMail mail, String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static Map<String, String> results(JdbcTemplate store) {
        return store.queryForList("SELECT recipient, result FROM delivery").stream().collect(Collectors.toMap(
                r -> (String) r.get("recipient"), r -> (String) r.get("result")));
    }

    private static JdbcTemplate store(ForkedPackPress packpress) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(packpress.jdbcUrl());
        h2.setUser("sa");
        h2.setPassword("");
        return new JdbcTemplate(h2);
    }
}
