package org.packpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.PackPressApplication;
import org.packpress.testing.TestFolders;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application contexts of {@code import} and {@code build}, started as the entry point starts them:
 * without a web server or any of the web layer (nor Boot's JSON mappers, HTTP converters and bean validation,
 * which only the service uses), and with Spring Boot properties on the command line
 * ({@code --packpress.out-dir=...}, {@code --spring.datasource.url=...}) taken as Spring's.
 */
class CommandContextTest {

    @TempDir
    Path temp;

    @Test
    void importAndBuildStartNoWebServer() throws Exception {
        Path panel = TestFolders.testPanel(temp);
        Path out = temp.resolve("papers");
        String database = "--spring.datasource.url=jdbc:h2:mem:command-context;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

        assertRunsWithoutWebLayer("import", panel.toString(), database);
        assertRunsWithoutWebLayer("build", "agenda-pack", "test-panel/2024-03-04", database,
                "--packpress.out-dir=" + out);

        assertThat(out.resolve("test-panel/2024-03-04/agenda-pack.pdf")).isNotEmptyFile();
    }

    private static void assertRunsWithoutWebLayer(String... args) {
        try (ConfigurableApplicationContext context = PackPressApplication.application(args).run(args)) {
            assertThat(SpringApplication.exit(context)).as(String.join(" ", args)).isZero();
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            List<String> webBeans = Arrays.stream(context.getBeanDefinitionNames())
                    .map(name -> context.getBeanFactory().getType(name))
                    .filter(type -> type != null && isWebLayer(type.getName()))
                    .map(Class::getName).toList();
            assertThat(webBeans).as("web-layer beans in the context of " + args[0]).isEmpty();
        }
    }

    private static boolean isWebLayer(String className) {
        return className.startsWith("org.packpress.web.") || className.startsWith("org.apache.catalina.")
                || className.startsWith("org.springframework.web.") || className.startsWith("org.springframework.security.")
                || className.startsWith("org.springframework.boot.actuate.") || className.startsWith("org.springdoc.")
                || className.startsWith("org.springframework.boot.web.embedded.")
                // what only the service uses: JSON mappers and HTTP converters, bean validation, the cache
                || className.startsWith("com.fasterxml.jackson.") || className.startsWith("com.google.gson.")
                || className.startsWith("org.springframework.boot.autoconfigure.http.")
                || className.startsWith("org.springframework.validation.beanvalidation.")
                || className.startsWith("org.springframework.cache.");
    }
}
