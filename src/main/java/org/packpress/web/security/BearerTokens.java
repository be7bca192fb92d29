package org.packpress.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Short-lived, stateless bearer tokens for API clients: an API client signs in once (HTTP Basic, one
 * bcrypt check) and sends {@code Authorization: Bearer <token>} afterwards, which is checked by its
 * HMAC-SHA256 signature alone. A token names the user, the roles and its expiry. The key is
 * {@code packpress.security.token-key} (Base64, give it through the environment when several service
 * instances share clients), else a random key per process (tokens then end with the process).
 */
@Component
public class BearerTokens {

    /** An issued token and when it expires. */
    public record Issued(String token, Instant expiresAt) {
    }

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] key;
    private final Duration lifetime;
    private final Clock clock = Clock.systemUTC();

    public BearerTokens(@Value("${packpress.security.token-key:}") String configuredKey,
            @Value("${packpress.security.token-lifetime:15m}") Duration lifetime) {
        this.key = configuredKey.isBlank() ? randomKey() : Base64.getDecoder().decode(configuredKey.trim());
        this.lifetime = lifetime;
    }

    public Issued issue(Authentication user) {
        Instant expires = clock.instant().plus(lifetime);
        String roles = String.join(",", user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        String payload = "v1\n" + user.getName() + "\n" + roles + "\n" + expires.getEpochSecond();
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        return new Issued(ENCODE.encodeToString(body) + "." + ENCODE.encodeToString(sign(body)), expires);
    }

    /** The signed-in user a valid, unexpired token stands for. */
    public Optional<Authentication> verify(String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] body = DECODE.decode(token.substring(0, dot));
            if (!MessageDigest.isEqual(sign(body), DECODE.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] fields = new String(body, StandardCharsets.UTF_8).split("\n", -1);
            if (fields.length != 4 || !fields[0].equals("v1")
                    || Instant.ofEpochSecond(Long.parseLong(fields[3])).isBefore(clock.instant())) {
                return Optional.empty();
            }
            List<GrantedAuthority> roles = Arrays.stream(fields[2].split(",")).filter(r -> !r.isBlank())
                    .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
            return Optional.of(UsernamePasswordAuthenticationToken.authenticated(fields[1], null, roles));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
