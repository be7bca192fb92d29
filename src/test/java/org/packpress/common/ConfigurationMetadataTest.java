package org.packpress.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every {@code packpress.*} key of application.yml is bound by a {@code @ConfigurationProperties} class and
 * described in the configuration metadata the build generates (so IDEs complete it): no key is read with
 * {@code @Value} alone, none is misspelt.
 */
class ConfigurationMetadataTest {

    @Test
    void everyPackpressKeyOfTheDefaultConfigurationHasMetadata() throws Exception {
        JsonNode metadata = new ObjectMapper().readTree(Path.of("target/classes/META-INF/spring-configuration-metadata.json")
                .toFile());
        Set<String> known = new TreeSet<>();
        metadata.get("properties").forEach(p -> known.add(p.get("name").asText()));
        assertThat(known).contains("packpress.out-dir", "packpress.api.build-threads", "packpress.rendering.threads",
                "packpress.nightly.one-off-holidays", "packpress.mail.from", "packpress.security.users");

        for (String file : List.of("application.yml", "application-bench.yml")) {
            Map<?, ?> yaml = new ObjectMapper(new YAMLFactory()).readValue(Path.of("src/main/resources", file).toFile(),
                    Map.class);
            List<String> keys = new ArrayList<>();
            leaves("", yaml, keys);
            assertThat(keys.stream().filter(k -> k.startsWith("packpress.")).toList()).as(file).isNotEmpty()
                    .allSatisfy(key -> assertThat(known).as("metadata for " + key + " (" + file + ")").contains(key));
        }
    }

    /** The keys of a YAML tree down to values; a map-valued property (body-clear-days: {}) is a leaf. */
    private static void leaves(String prefix, Map<?, ?> map, List<String> keys) {
        map.forEach((k, v) -> {
            String key = prefix + k;
            if (v instanceof Map<?, ?> m && !m.isEmpty() && !key.equals("packpress.nightly.body-clear-days")) {
                leaves(key + ".", m, keys);
            } else {
                keys.add(key);
            }
        });
    }
}
