package org.packpress.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.common.PackPressProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The bench's commands are isolated from the user's folders: the environment a command gets, bound as Spring
 * Boot binds a process's environment, points the store, the layout cache and the output folder into the
 * bench's folder.
 */
class NewJvmTest {

    @TempDir
    Path work;

    @Test
    void aCommandsFoldersAreTheBenchsNotTheUsers() {
        NewJvm jvm = new NewJvm(work);

        PackPressProperties properties = bound(jvm.environment());

        assertThat(properties.outDir()).isEqualTo(work.resolve("out").toAbsolutePath());
        assertThat(properties.layoutCache()).isEqualTo(work.resolve("layouts").toAbsolutePath().toString());
        assertThat(jvm.environment().get("SPRING_DATASOURCE_URL")).startsWith("jdbc:h2:file:" + work.toAbsolutePath());
    }

    private static PackPressProperties bound(Map<String, String> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new HashMap<>(variables)));
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        return new Binder(ConfigurationPropertySources.get(environment)).bindOrCreate("packpress",
                PackPressProperties.class);
    }
}
