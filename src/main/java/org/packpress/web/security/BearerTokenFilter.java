package org.packpress.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in a request that carries {@code Authorization: Bearer <token>} ({@link BearerTokens}); no password is checked. */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final BearerTokens tokens;

    BearerTokenFilter(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var user = tokens.verify(header.substring(7).trim());
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"PackPress\", error=\"invalid_token\"");
            ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "Invalid token",
                    "The bearer token is invalid or has expired; get a new one from POST /api/tokens");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
