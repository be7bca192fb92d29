package org.packpress.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Draws the packages and the dependencies the code really has, as a Mermaid graph in Markdown. */
final class ModuleDiagram {

    private ModuleDiagram() {
    }

    static String markdown(JavaClasses classes) {
        Map<String, Set<String>> uses = new TreeMap<>();
        classes.forEach(type -> {
            String from = Layers.layerOf(type);
            for (Dependency d : type.getDirectDependenciesFromSelf()) {
                if (d.getTargetClass().getPackageName().startsWith(Layers.ROOT)) {
                    String to = Layers.layerOf(d.getTargetClass());
                    if (!to.equals(from)) {
                        uses.computeIfAbsent(name(from), k -> new TreeSet<>()).add(name(to));
                    }
                }
            }
        });
        StringBuilder out = new StringBuilder();
        out.append("# Packages and their dependencies\n\n")
                .append("Drawn from the compiled classes by `LayersTest` (which also checks the order and redraws this\n")
                .append("file when it is out of date). Each package uses only those before it:\n\n")
                .append("`").append(Layers.describe()).append("`\n\n")
                .append("```mermaid\nflowchart TD\n");
        Layers.ORDER.stream().flatMap(Arrays::stream).map(ModuleDiagram::name)
                .forEach(n -> out.append("    ").append(n).append('\n'));
        uses.forEach((from, targets) -> out.append("    ").append(from).append(" --> ")
                .append(targets.stream().collect(Collectors.joining(" & "))).append('\n'));
        return out.append("```\n").toString();
    }

    private static String name(String layer) {
        return layer.isEmpty() ? "application" : layer;
    }
}
