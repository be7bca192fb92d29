package org.packpress.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description served at {@code /v3/api-docs} (and {@code /swagger-ui.html}). */
@Configuration
@ConditionalOnWebApplication
public class OpenApiConfig {

    @Bean
    OpenAPI packpressApi() {
        return new OpenAPI()
                .info(new Info().title("PackPress API").version("0.1")
                        .description("Load meeting data, build agenda packs and other papers, follow builds, download"
                                + " and distribute what was built. Errors are problem details (RFC 9457); rejected"
                                + " inputs list file, field and reason under 'errors'. Sign in with HTTP Basic;"
                                + " public documents under /files/ need no sign-in."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
