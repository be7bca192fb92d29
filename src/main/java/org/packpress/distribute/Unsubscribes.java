package org.packpress.distribute;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One-link unsubscribing for public subscribers: each address of a body gets a random token, its link goes
 * in every email (and its {@code List-Unsubscribe} header), and an address that used it receives nothing
 * more from that body, whatever distribution list is imported later.
 */
@Repository
public class Unsubscribes {

    /** Who a token stands for. */
    public record Subscriber(String body, String email) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    public Unsubscribes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The address's token, made the first time it is asked for. */
    public String tokenFor(String body, String email) {
        String address = email.toLowerCase(Locale.ROOT);
        Optional<String> existing = token(body, address);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        try {
            jdbc.update("INSERT INTO unsubscribe_token (token, body_id, email) VALUES (?, ?, ?)", token, body, address);
            return token;
        } catch (DuplicateKeyException madeMeanwhile) {
            return token(body, address).orElseThrow();
        }
    }

    public Optional<Subscriber> subscriber(String token) {
        List<Subscriber> found = jdbc.query("SELECT body_id, email FROM unsubscribe_token WHERE token = ?",
                (rs, n) -> new Subscriber(rs.getString("body_id"), rs.getString("email")), token);
        return found.stream().findFirst();
    }

    /** Unsubscribes the token's address; false for a token that was never issued. Doing it twice is harmless. */
    public boolean unsubscribe(String token) {
        Optional<Subscriber> subscriber = subscriber(token);
        subscriber.filter(s -> !isUnsubscribed(s.body(), s.email())).ifPresent(s -> jdbc.update(
                "INSERT INTO unsubscribed (body_id, email, at) VALUES (?, ?, ?)", s.body(), s.email(),
                Timestamp.valueOf(LocalDateTime.now())));
        return subscriber.isPresent();
    }

    public boolean isUnsubscribed(String body, String email) {
        return !jdbc.queryForList("SELECT 1 FROM unsubscribed WHERE body_id = ? AND email = ?", body,
                email.toLowerCase(Locale.ROOT)).isEmpty();
    }

    private Optional<String> token(String body, String address) {
        return jdbc.queryForList("SELECT token FROM unsubscribe_token WHERE body_id = ? AND email = ?", String.class,
                body, address).stream().findFirst();
    }
}
