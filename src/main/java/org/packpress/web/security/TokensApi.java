package org.packpress.web.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@ConditionalOnWebApplication
@Tag(name = "Sign-in")
public class TokensApi {

    /** A bearer token for later requests ({@code Authorization: Bearer <token>}). */
    public record Token(String token, String tokenType, Instant expiresAt) {
    }

    private final BearerTokens tokens;

    public TokensApi(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping(path = "/api/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign in once (HTTP Basic) and get a short-lived bearer token: later requests that send it"
            + " are not password-checked")
    public Token issue(Authentication user) {
        BearerTokens.Issued issued = tokens.issue(user);
        return new Token(issued.token(), "Bearer", issued.expiresAt());
    }
}
