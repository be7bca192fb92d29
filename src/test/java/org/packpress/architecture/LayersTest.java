package org.packpress.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages' one-way order (README, "How it is built"): each package uses only those before it in
 * {@link Layers#ORDER}. The module diagram in {@code docs/architecture.md} is drawn from the same classes.
 */
class LayersTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // the compiled main classes only: scanning the class path's jars for the package took most of the time
        classes = new ClassFileImporter().importPath(Path.of("target/classes"));
    }

    @Test
    void everyPackageIsInTheOrder() {
        List<String> unknown = classes.stream().map(Layers::layerOf).distinct().filter(l -> !Layers.isKnown(l))
                .toList();
        assertThat(classes).isNotEmpty();
        assertThat(unknown).as("top-level packages missing from Layers.ORDER").isEmpty();
    }

    @Test
    void noPackageUsesOneAfterIt() {
        for (int i = 0; i < Layers.ORDER.size(); i++) {
            String[] later = Layers.ORDER.subList(i + 1, Layers.ORDER.size()).stream()
                    .flatMap(Arrays::stream).map(Layers::packagePattern).toArray(String[]::new);
            for (String layer : Layers.ORDER.get(i)) {
                String[] peers = Arrays.stream(Layers.ORDER.get(i)).filter(p -> !p.equals(layer))
                        .map(Layers::packagePattern).toArray(String[]::new);
                String[] forbidden = concat(later, peers);
                if (forbidden.length > 0) {
                    noClasses().that().resideInAPackage(Layers.packagePattern(layer))
                            .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                            .because("packages use only those before them: " + Layers.describe())
                            .check(classes);
                }
            }
        }
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching(Layers.ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theDiagramInDocsIsDrawnFromTheCode() throws IOException {
        Path file = Path.of("docs/architecture.md");
        String drawn = ModuleDiagram.markdown(classes);
        String committed = Files.exists(file) ? Files.readString(file) : "";
        if (!drawn.equals(committed)) {
            Files.writeString(file, drawn);
        }
        assertThat(committed).as("docs/architecture.md was out of date and has been redrawn; commit it")
                .isEqualTo(drawn);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
