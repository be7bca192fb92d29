package org.packpress.distribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Issue 12: SMTP uses TLS unless configured otherwise. With the packaged configuration, mail to a server
 * that offers no STARTTLS is refused rather than sent in the clear; with TLS switched off it goes.
 */
class MailOverTlsTest {

    @Test
    void thePackagedSettingsRefuseAServerWithoutTls() throws IOException {
        GreenMail plain = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        plain.start();
        try {
            Properties packaged = packagedMailProperties();
            assertThat(packaged).containsEntry("mail.smtp.starttls.required", "true");
            assertThatThrownBy(() -> sender(plain, packaged).send(message()))
                    .isInstanceOf(MailSendException.class).hasStackTraceContaining("STARTTLS");
            assertThat(plain.getReceivedMessages()).isEmpty();

            Properties switchedOff = packagedMailProperties();
            switchedOff.setProperty("mail.smtp.starttls.required", "false");
            sender(plain, switchedOff).send(message());
            assertThat(plain.getReceivedMessages()).hasSize(1);
        } finally {
            plain.stop();
        }
    }

    private static Properties packagedMailProperties() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        Map<String, String> mail = Binder.get(environment)
                .bind("spring.mail.properties", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        Properties properties = new Properties();
        properties.putAll(mail);
        return properties;
    }

    private static JavaMailSenderImpl sender(GreenMail server, Properties properties) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.getSmtp().getPort());
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static SimpleMailMessage message() {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("democratic.services@panel.example");
        message.setTo("member@council.example");
        message.setSubject("Agenda");
        message.setText("The agenda is attached.");
        return message;
    }
}
