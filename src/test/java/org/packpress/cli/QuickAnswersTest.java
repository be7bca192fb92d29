package org.packpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code --help}, {@code --version} and usage errors are answered from the command tree's annotations,
 * without Spring; commands that must run are left to the application.
 */
class QuickAnswersTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private OptionalInt answer(String... args) {
        return QuickAnswers.answer(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void helpAndVersionAreAnswered() {
        assertThat(answer("--help")).hasValue(0);
        assertThat(out.toString()).contains("Usage: packpress", "import", "build", "serve", "nightly", "bench",
                "--server.port=9090");
        out.getBuffer().setLength(0);
        assertThat(answer("build", "agenda-pack", "--help")).hasValue(0);
        assertThat(out.toString()).contains("Usage: packpress build agenda-pack", "<body>/<yyyy-mm-dd>", "--out");
        out.getBuffer().setLength(0);
        assertThat(answer("--version")).hasValue(0);
        assertThat(out.toString()).contains("PackPress 0.1");
        out.getBuffer().setLength(0);
        assertThat(answer()).hasValue(0);
        assertThat(out.toString()).contains("Usage: packpress");
    }

    @Test
    void usageErrorsAreAnsweredWithTheCommandsUsage() {
        assertThat(answer("biuld", "agenda-pack")).hasValue(QuickAnswers.USAGE_ERROR);
        assertThat(err.toString()).contains("Unmatched argument", "biuld", "Usage: packpress");
        err.getBuffer().setLength(0);
        assertThat(answer("build", "agenda-pack")).hasValue(QuickAnswers.USAGE_ERROR);
        assertThat(err.toString()).contains("Missing required parameter", "Usage: packpress build agenda-pack");
        err.getBuffer().setLength(0);
        assertThat(answer("build")).hasValue(QuickAnswers.USAGE_ERROR);
        assertThat(err.toString()).contains("Missing command", "agenda-pack", "kpi-workbook");
        err.getBuffer().setLength(0);
        assertThat(answer("import", "--colour=red", "x")).hasValue(QuickAnswers.USAGE_ERROR);
        assertThat(err.toString()).contains("Unknown option: '--colour=red'");
    }

    @Test
    void commandsThatMustRunAreLeftToTheApplication() {
        assertThat(answer("build", "agenda-pack", "wm-pcp/2024-01-15", "--out", "target/x")).isEmpty();
        assertThat(answer("serve", "--server.port=9090")).isEmpty();
        assertThat(answer("build", "kpi-workbook", "pcp-2016", "--packpress.out-dir=/srv/papers", "--year",
                "2020/21")).isEmpty();
        assertThat(out.toString() + err).isEmpty();
    }

    @Test
    void springBootPropertiesAreNotTheCommandsArguments() {
        assertThat(CommandArguments.forCommands(new String[] {"--server.port=9090", "serve", "--out=./x",
                "--packpress.out-dir=a.b", "--spring.profiles.active=bench", "-x.y=z"}))
                .containsExactly("serve", "--out=./x", "-x.y=z");
        assertThat(CommandArguments.command(new String[] {"--server.port=0", "serve"})).isEqualTo("serve");
    }

    /**
     * The real entry point, in a new JVM that logs every class it loads: {@code --help} is printed and
     * exits 0 without loading the classes that starting an application context loads (its bean factory,
     * the run listeners): no context started.
     */
    @Test
    void helpInANewProcessLoadsNoSpringApplication() throws IOException, InterruptedException {
        Path log = Path.of("target", "help-class-load.log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                "org.packpress.PackPressApplication", "--help"))
                .redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("Usage: packpress");
        String loaded = java.nio.file.Files.readString(log);
        assertThat(loaded).contains("org.packpress.cli.QuickAnswers", "picocli.CommandLine ")
                .doesNotContain("org.springframework.boot.SpringApplicationRunListeners ",
                        "org.springframework.beans.factory.support.DefaultListableBeanFactory ",
                        "org.springframework.context.support.");
    }
}
