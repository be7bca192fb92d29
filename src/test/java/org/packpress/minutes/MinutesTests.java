package org.packpress.minutes;

/**
 * Settings shared by the minutes tests (and the accessibility tests of every document type, which need both
 * example bodies too), so that they share one application context and database.
 */
public final class MinutesTests {

    public static final String DATABASE = "spring.datasource.url=jdbc:h2:mem:minutes-tests;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private MinutesTests() {
    }
}
