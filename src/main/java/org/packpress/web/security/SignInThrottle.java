package org.packpress.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * A growing delay after repeated failed sign-ins, per account and per address: after
 * {@code packpress.security.sign-in.free-attempts} failures within {@code window}, each further attempt
 * must wait {@code first-delay}, doubled with each failure, at most {@code max-delay}, counted from the
 * last failure, even with the right password. Never a lock: once the delay has passed, the right
 * password works, so an attacker cannot shut an officer out for longer than the maximum delay.
 */
@Component
public class SignInThrottle {

    private final int freeAttempts;
    private final Duration window;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInThrottle(@Value("${packpress.security.sign-in.free-attempts:5}") int freeAttempts,
            @Value("${packpress.security.sign-in.window:15m}") Duration window,
            @Value("${packpress.security.sign-in.first-delay:2s}") Duration firstDelay,
            @Value("${packpress.security.sign-in.max-delay:60s}") Duration maxDelay) {
        this.freeAttempts = freeAttempts;
        this.window = window;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /** How long an attempt for this account from this address must still wait (zero: it may go ahead). */
    public Duration wait(String account, String address) {
        Duration forAccount = account == null ? Duration.ZERO : waitFor("account:" + account.toLowerCase(Locale.ROOT));
        Duration forAddress = address == null ? Duration.ZERO : waitFor("address:" + address);
        return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
    }

    private Duration waitFor(String key) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            recent.removeIf(t -> t.isBefore(now.minus(window)));
            int over = recent.size() - freeAttempts;
            if (over < 0 || recent.isEmpty()) {
                return Duration.ZERO;
            }
            Duration delay = firstDelay.multipliedBy(1L << Math.min(over, 20));
            delay = delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
            Duration left = Duration.between(now, recent.peekLast().plus(delay));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Instant now = clock.instant();
        record("account:" + String.valueOf(event.getAuthentication().getName()).toLowerCase(Locale.ROOT), now);
        String address = address(event.getAuthentication().getDetails());
        if (address != null) {
            record("address:" + address, now);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove("account:" + event.getAuthentication().getName().toLowerCase(Locale.ROOT));
    }

    private void record(String key, Instant when) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(when);
            while (recent.size() > freeAttempts + 64) {
                recent.removeFirst();
            }
        }
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
