package org.packpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.packpress.testing.PackPressTest;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;

/**
 * The command tree is read from the annotations before Spring starts ({@link QuickAnswers}), so every
 * command bean must be listed there: a command missing from the list would be an "unknown command".
 */
@PackPressTest
class CommandTreeTest {

    @Autowired
    List<TopLevelCommand> topLevel;
    @Autowired
    List<BuildSubcommand> buildSubcommands;

    @Test
    void everyCommandBeanIsListedInTheAnnotations() {
        assertThat(classes(topLevel)).as("list each TopLevelCommand in PackPressCommand's @Command(subcommands)")
                .containsExactlyInAnyOrderElementsOf(listed(PackPressCommand.class));
        assertThat(classes(buildSubcommands)).as("list each BuildSubcommand in BuildCommand's @Command(subcommands)")
                .containsExactlyInAnyOrderElementsOf(listed(BuildCommand.class));
    }

    private static List<Class<?>> classes(List<?> beans) {
        return beans.stream().<Class<?>>map(bean -> org.springframework.aop.support.AopUtils.getTargetClass(bean))
                .toList();
    }

    private static List<Class<?>> listed(Class<?> command) {
        return Arrays.asList(command.getAnnotation(Command.class).subcommands());
    }
}
