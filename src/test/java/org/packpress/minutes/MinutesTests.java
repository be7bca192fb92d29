package org.packpress.minutes;

/** Settings shared by the minutes tests, so that they share one application context and database. */
final class MinutesTests {

    static final String DATABASE = "spring.datasource.url=jdbc:h2:mem:minutes-tests;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private MinutesTests() {
    }
}
