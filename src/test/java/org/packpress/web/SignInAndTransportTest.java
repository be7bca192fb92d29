package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Acceptance (issue 12, sign-in): a growing delay after failed sign-ins, CSRF for every cookie session
 * (a Basic header does not exempt it), no Basic challenge, security headers on pages; and (issue 14)
 * a bearer token that later requests use without any password check.
 */
class SignInAndTransportTest extends ServiceTestSupport {

    @Autowired
    InMemoryUserDetailsManager users;

    @Test
    void afterFiveWrongPasswordsInAMinuteEvenTheRightOneWaitsOutADelay() throws Exception {
        String from = "203.0.113.7"; // as seen through the (trusted, loopback) proxy
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/bodies", basic("typist", "wrong-" + i), from).getStatusCode().value()).isEqualTo(401);
        }
        ResponseEntity<String> throttled = get("/api/bodies", basic("typist", "typist-secret"), from);
        assertThat(throttled.getStatusCode().value()).as(throttled.getBody()).isEqualTo(429);
        long wait = Long.parseLong(throttled.getHeaders().getFirst("Retry-After"));
        assertThat(wait).isBetween(1L, 2L);
        // the address is held back for any account, too
        assertThat(get("/api/bodies", basic("viewer", "viewer-secret"), from).getStatusCode().value()).isEqualTo(429);

        Thread.sleep(wait * 1000 + 100);
        assertThat(get("/api/bodies", basic("typist", "typist-secret"), from).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aCookieSessionNeedsTheCsrfTokenEvenWithABasicHeader() throws Exception {
        String session = signInWithTheForm("clerk", "clerk-secret");
        HttpHeaders headers = basic("clerk", "clerk-secret");
        headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session);
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> forged = http.exchange("/api/builds", HttpMethod.POST,
                new HttpEntity<>("{\"type\":\"agenda-pack\",\"body\":\"wm-pcp\",\"meeting\":\"2024-01-15\"}", headers),
                String.class);
        assertThat(forged.getStatusCode().value()).isEqualTo(403);

        // the same request without the cookie is an API client's: no CSRF token needed (400: no such body)
        HttpHeaders api = basic("clerk", "clerk-secret");
        api.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> client = http.exchange("/api/builds", HttpMethod.POST,
                new HttpEntity<>("{\"type\":\"agenda-pack\",\"body\":\"no-such-body\",\"meeting\":\"2024-01-15\"}", api),
                String.class);
        assertThat(client.getStatusCode().value()).isNotEqualTo(403).isBetween(400, 499);
    }

    @Test
    void browsersAreNotInvitedToBasicSignInAndPagesCarrySecurityHeaders() {
        ResponseEntity<String> anonymous = http.getForEntity("/api/bodies", String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).noneMatch(h -> h.startsWith("Basic"));

        ResponseEntity<String> page = http.getForEntity("/login", String.class);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'")
                .contains("script-src 'self'").doesNotContain("unsafe-eval");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE)).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void anApiClientSignsInOnceAndItsLaterRequestsAreNotPasswordChecked() throws Exception {
        ResponseEntity<String> issued = http.exchange("/api/tokens", HttpMethod.POST,
                new HttpEntity<>(basic("clerk", "clerk-secret")), String.class);
        assertThat(issued.getStatusCode().value()).as(issued.getBody()).isEqualTo(200);
        JsonNode token = JSON.readTree(issued.getBody());
        assertThat(token.get("tokenType").asText()).isEqualTo("Bearer");
        HttpHeaders bearer = new HttpHeaders();
        bearer.setBearerAuth(token.get("token").asText());

        // the password changes: a password check would now fail; the token still works
        users.updateUser(User.withUsername("clerk").password("{noop}changed").roles("OFFICER").build());
        try {
            assertThat(get("/api/bodies", basic("clerk", "clerk-secret"), null).getStatusCode().value()).isEqualTo(401);
            assertThat(get("/api/bodies", bearer, null).getStatusCode().value()).isEqualTo(200);
            // an officer's token may start builds without a CSRF token (no cookie); 400/404: no such body
            bearer.setContentType(MediaType.APPLICATION_JSON);
            assertThat(http.exchange("/api/builds", HttpMethod.POST, new HttpEntity<>(
                    "{\"type\":\"agenda-pack\",\"body\":\"no-such-body\",\"meeting\":\"2024-01-15\"}", bearer),
                    String.class).getStatusCode().value()).isBetween(400, 404);
        } finally {
            users.updateUser(User.withUsername("clerk").password("{noop}clerk-secret").roles("OFFICER").build());
        }
        HttpHeaders forged = new HttpHeaders();
        String genuine = token.get("token").asText();
        forged.setBearerAuth(genuine.substring(0, 4) + (genuine.charAt(4) == 'A' ? 'B' : 'A') + genuine.substring(5));
        assertThat(get("/api/bodies", forged, null).getStatusCode().value()).isEqualTo(401);
    }

    private ResponseEntity<String> get(String path, HttpHeaders headers, String forwardedFor) {
        if (forwardedFor != null) {
            headers.set("X-Forwarded-For", forwardedFor);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static HttpHeaders basic(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        return headers;
    }

    /** Signs in through the form, as a browser does (redirects not followed); returns the session id. */
    private String signInWithTheForm(String user, String password) throws Exception {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newHttpClient();
        java.net.URI login = java.net.URI.create("http://127.0.0.1:" + port + "/login");
        var form = browser.send(java.net.http.HttpRequest.newBuilder(login).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(form.headers().allValues(HttpHeaders.SET_COOKIE));
        String csrf = form.body().replaceAll("(?s).*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*", "$1");
        String fields = "username=" + user + "&password=" + password + "&_csrf="
                + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8);
        var signedIn = browser.send(java.net.http.HttpRequest.newBuilder(login)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                .header(HttpHeaders.COOKIE, "JSESSIONID=" + cookie)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(fields)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue(HttpHeaders.LOCATION).orElseThrow()).endsWith("/");
        return sessionCookie(signedIn.headers().allValues(HttpHeaders.SET_COOKIE));
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).orElseThrow();
    }
}
