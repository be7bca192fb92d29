package org.packpress.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a sign-in attempt (HTTP Basic credentials, or the sign-in form) that comes before its
 * {@link SignInThrottle} delay has passed with 429 and {@code Retry-After}, without checking the password.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String account = account(request);
        if (account != null) {
            Duration wait = throttle.wait(account, request.getRemoteAddr());
            if (!wait.isZero()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                response.setHeader("Retry-After", String.valueOf(seconds));
                ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
                        "Wait " + seconds + " s before signing in again");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The account a request signs in as, or null if it carries no credentials. */
    private static String account(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            return request.getParameter("username");
        }
        return null;
    }
}
