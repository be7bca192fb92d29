package org.packpress.common;

/**
 * Field paths in the messages about input files name a list's entries counting from 1, as an officer counts
 * them: {@code agenda[1]} is the first item (docs/input-format.md).
 */
public final class FieldPaths {

    private FieldPaths() {
    }

    /** The path of a list's entry: {@code entry("agenda", 0)} is {@code agenda[1]}. */
    public static String entry(String list, int index) {
        return list + "[" + (index + 1) + "]";
    }
}
