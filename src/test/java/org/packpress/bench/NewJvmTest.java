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
        NewJvm jvm = Commands.of(BenchSize.FULL, "/home/user/.cache/packpress/layouts", NewJvm.ClassPath.OF_THIS_JVM).jvm(work);

        PackPressProperties properties = bound(jvm.environment());

        assertThat(properties.outDir()).isEqualTo(work.resolve("out").toAbsolutePath());
        assertThat(properties.layoutCache()).isEqualTo(work.resolve("layouts").toAbsolutePath().toString());
        assertThat(jvm.environment().get("SPRING_DATASOURCE_URL")).startsWith("jdbc:h2:file:" + work.toAbsolutePath());
    }

    /**
     * The tiny bench times no warm-up: its commands find the layouts the bench's process compiled, as the full
     * bench's timed runs find those of their untimed first start. Its store and output stay the workload's own.
     */
    @Test
    void theTinyBenchsCommandsUseTheLayoutsOfTheBenchsProcess() {
        Path processCache = work.resolve("bench-process-layouts");
        Commands tiny = Commands.of(BenchSize.TINY, processCache.toString(), NewJvm.ClassPath.OF_THIS_JVM);
        Commands full = Commands.of(BenchSize.FULL, processCache.toString(), NewJvm.ClassPath.OF_THIS_JVM);

        assertThat(bound(tiny.jvm(work.resolve("W5")).environment()).layoutCache())
                .isEqualTo(processCache.toAbsolutePath().toString());
        assertThat(tiny.warmUps()).isZero();
        assertThat(bound(full.jvm(work.resolve("W5")).environment()).layoutCache())
                .isEqualTo(work.resolve("W5/layouts").toAbsolutePath().toString());
        assertThat(full.warmUps()).as("the first start after preparing compiles the layouts, untimed").isOne();
        assertThat(Commands.of(BenchSize.TINY, "none", NewJvm.ClassPath.OF_THIS_JVM).layoutCache()).as("the process keeps none: the workload's own")
                .isNull();
        assertThat(bound(tiny.jvm(work.resolve("W5")).environment()).outDir()).isEqualTo(work.resolve("W5/out")
                .toAbsolutePath());
    }

    /** The soak's service runs as a user starts it; the tiny soak's compiles with C1 only, as a command does. */
    @Test
    void theTinySoaksServiceCompilesAsACommandDoes() {
        NewJvm full = Commands.of(BenchSize.FULL, "none", NewJvm.ClassPath.OF_THIS_JVM).jvm(work);
        NewJvm tiny = Commands.of(BenchSize.TINY, "none", NewJvm.ClassPath.OF_THIS_JVM).jvm(work);

        assertThat(full.serviceLauncher()).containsSubsequence(NewJvm.SERVICE_JVM_OPTIONS)
                .doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(full.serviceEnvironment()).doesNotContainKey("JAVA_OPTS");
        assertThat(tiny.serviceLauncher()).containsSubsequence(NewJvm.SERVICE_JVM_OPTIONS).contains("-XX:TieredStopAtLevel=1");
        assertThat(tiny.serviceEnvironment().get("JAVA_OPTS")).as("for ./packpress, which adds JAVA_OPTS after its own")
                .endsWith("-XX:TieredStopAtLevel=1");
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
