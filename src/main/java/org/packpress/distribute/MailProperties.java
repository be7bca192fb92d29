package org.packpress.distribute;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code packpress.mail.*}: the sender, attachment size limit (larger documents go as a download link
 * under {@code public-url}), and retries of transient SMTP failures. The SMTP server and its password
 * are Spring's {@code spring.mail.*} (set them through the environment, e.g. SPRING_MAIL_PASSWORD).
 *
 * @param from the sender address of every email (default packpress@localhost)
 * @param attachmentLimit larger documents are sent as a download link (default 10MB)
 * @param publicUrl the service's address as recipients reach it, for download links
 * @param attempts tries per recipient for transient SMTP failures (default 3)
 * @param backoffMillis first wait between tries, doubled each time (default 1000)
 */
@ConfigurationProperties("packpress.mail")
public record MailProperties(String from, DataSize attachmentLimit, String publicUrl, Integer attempts,
        Long backoffMillis) {

    public MailProperties {
        from = from == null ? "packpress@localhost" : from;
        attachmentLimit = attachmentLimit == null ? DataSize.ofMegabytes(10) : attachmentLimit;
        publicUrl = publicUrl == null ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
        attempts = attempts == null ? 3 : attempts;
        backoffMillis = backoffMillis == null ? 1000L : backoffMillis;
    }
}
