package org.packpress.ingest.agenda;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.packpress.ingest.Problems;

/** Reads enum values as input files spell them: lower case with '-' for '_'. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String written, String file, String field, Problems problems) {
        for (E value : type.getEnumConstants()) {
            if (spelling(value).equals(written.trim().toLowerCase())) {
                return value;
            }
        }
        problems.add(file, field, "'" + written + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Enums::spelling).collect(Collectors.joining(", ")));
        return null;
    }

    static String spelling(Enum<?> value) {
        return value.name().toLowerCase().replace('_', '-');
    }
}
