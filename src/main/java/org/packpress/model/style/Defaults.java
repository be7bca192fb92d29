package org.packpress.model.style;

/**
 * The null-means-default rule of the style records, in a class of its own so that initialising one
 * style record never needs another (their DEFAULT constants would otherwise depend on each other).
 */
final class Defaults {

    private Defaults() {
    }

    static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
