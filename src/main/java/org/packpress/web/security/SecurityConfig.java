package org.packpress.web.security;

import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import org.packpress.web.MeetingDocuments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UrlPathHelper;

/**
 * Who may do what. Anyone may download public documents, read the health check and the API
 * description; everything else needs a sign-in (HTTP Basic or a bearer token from {@code POST
 * /api/tokens} for API clients, a form for the officer page). Browsers are never invited to Basic
 * sign-in; repeated failed sign-ins meet a growing delay ({@link SignInThrottle}). Confidential files: officers, members and administrators. Changes (uploads, builds, sends):
 * officers. Distribution lists: administrators to change, officers to read. API clients that are not
 * signed in get 401, signed-in users without the role 403.
 */
@Configuration
@ConditionalOnWebApplication
@EnableConfigurationProperties(SecurityUsers.class)
public class SecurityConfig {

    public static final String OFFICER = "OFFICER";
    public static final String ADMIN = "ADMIN";
    public static final String MEMBER = "MEMBER";
    public static final String VIEWER = "VIEWER";

    @Bean
    SecurityFilterChain packpressSecurity(HttpSecurity http, SignInThrottle throttle, BearerTokens tokens,
            MeetingDocuments documents) throws Exception {
        RequestMatcher api = new OrRequestMatcher(new AntPathRequestMatcher("/api/**"),
                new AntPathRequestMatcher("/files/**"), new AntPathRequestMatcher("/actuator/**"));
        ProblemResponses problems = new ProblemResponses();
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(request -> confidentialFile(request, documents)).hasAnyRole(OFFICER, MEMBER, ADMIN)
                .requestMatchers(HttpMethod.GET, "/files/**").permitAll()
                .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                .requestMatchers("/actuator/**").hasRole(ADMIN)
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers("/login", "/officer.css", "/officer.js", "/error", "/favicon.ico").permitAll()
                .requestMatchers("/unsubscribe/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/tokens").authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/bodies/*/distribution-list").hasRole(ADMIN)
                .requestMatchers("/api/bodies/*/distribution-list").hasRole(OFFICER)
                .requestMatchers("/api/audit").hasRole(ADMIN)
                .requestMatchers("/api/bodies/*/meetings/*/documents/*/distribution",
                        "/api/bodies/*/meetings/*/documents/*/deliveries").hasRole(OFFICER)
                .requestMatchers("/bodies/**").hasRole(OFFICER) // the officer's workbench: meeting forms and files
                .requestMatchers(HttpMethod.GET, "/api/**").hasRole(VIEWER)
                .requestMatchers("/api/**").hasRole(OFFICER)
                .anyRequest().hasRole(VIEWER))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                // always to the officer page: a browser's own requests (such as /favicon.ico) made before
                // signing in would otherwise be where it lands
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true))
                .logout(Customizer.withDefaults())
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAccessDeniedHandlerFor(problems, api))
                // only requests that ride on a session cookie can be forged across sites: the officer page sends
                // the token; API clients that send credentials with every request (or none) need none
                .csrf(csrf -> csrf.ignoringRequestMatchers(new OrRequestMatcher(SecurityConfig::withoutSessionCookie,
                        new AntPathRequestMatcher("/unsubscribe/*", "POST"))))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self';"
                                + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none';"
                                + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** Any download but of a file its manifest records as public; decoded, so that escapes change nothing. */
    private static boolean confidentialFile(HttpServletRequest request, MeetingDocuments documents) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return path.startsWith("/files/") && documents.needsEntitlement(path);
    }

    /**
     * A request that rides on a session cookie needs the CSRF token, whatever other credentials it also
     * carries (a Basic header does not exempt it); API clients without a cookie (Basic on every request,
     * or a bearer token) cannot be forged across sites and need none.
     */
    private static boolean withoutSessionCookie(HttpServletRequest request) {
        return request.getRequestedSessionId() == null;
    }

    /** Administrators may do what officers do, and officers and members what viewers do. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_OFFICER
                ROLE_OFFICER > ROLE_VIEWER
                ROLE_MEMBER > ROLE_VIEWER
                """);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(SecurityUsers configured) {
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
        for (SecurityUsers.User u : configured.users()) {
            manager.createUser(User.withUsername(u.name()).password(u.password())
                    .roles(u.roles().stream().map(r -> r.toUpperCase(Locale.ROOT)).toArray(String[]::new))
                    .build());
        }
        return manager;
    }
}
