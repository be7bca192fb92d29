package org.packpress.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The top-level packages in dependency order; packages in one group may not use each other. */
final class Layers {

    static final String ROOT = "org.packpress";

    /** The application class ({@code org.packpress} itself) sits above everything. */
    static final String APPLICATION = "";

    static final List<String[]> ORDER = List.of(
            new String[] {"common"},
            new String[] {"model"},
            new String[] {"store"},
            new String[] {"render"},
            new String[] {"ingest"},
            new String[] {"publish"},
            new String[] {"checks"},
            new String[] {"documents"},
            new String[] {"distribute"},
            new String[] {"batch"},
            new String[] {"bench"},
            new String[] {"web", "cli"},
            new String[] {APPLICATION});

    private Layers() {
    }

    static String packagePattern(String layer) {
        return layer.isEmpty() ? ROOT : ROOT + "." + layer + "..";
    }

    /** The top-level package of a class, {@code ""} for the root package. */
    static String layerOf(JavaClass type) {
        String name = type.getPackageName();
        if (name.equals(ROOT)) {
            return APPLICATION;
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static boolean isKnown(String layer) {
        return ORDER.stream().flatMap(Arrays::stream).anyMatch(layer::equals);
    }

    static String describe() {
        return ORDER.stream().map(group -> Arrays.stream(group).map(l -> l.isEmpty() ? "(application)" : l)
                .collect(Collectors.joining(", "))).collect(Collectors.joining(" · "));
    }
}
