package org.packpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Given names in full or as initials, with the prefix and post-nominals kept (house style {@code names}). */
class NameFormTest {

    private static Person person(String prefix, String given, String family, String postNominals) {
        return new Person("p", prefix, given, family, null, null, null, postNominals, null, null);
    }

    @Test
    void initialsAreEachGivenNamesFirstLetterWithoutFullStops() {
        assertThat(person("Mrs", "Ruth", "Marsden", "FCA").displayName(NameForm.INITIALS))
                .isEqualTo("Mrs R Marsden FCA");
        assertThat(person("Cllr", "Jasbir Singh", "Jaspal", null).displayName(NameForm.INITIALS))
                .isEqualTo("Cllr J S Jaspal");
        assertThat(person(null, "Kristina", "Murphy", "MBE").nameWithPostNominals(NameForm.INITIALS))
                .isEqualTo("K Murphy MBE");
    }

    @Test
    void aHyphenatedGivenNameKeepsItsHyphenBetweenItsInitials() {
        assertThat(NameForm.INITIALS.given("Mary-Ann")).isEqualTo("M-A");
        assertThat(NameForm.INITIALS_WITH_FULL_STOPS.given("Mary-Ann  Jo")).isEqualTo("M.-A. J.");
    }

    @Test
    void initialsWithFullStopsAndTheFullFormAsStored() {
        Person ruth = person("Mrs", "Ruth", "Marsden", "FCA");
        assertThat(ruth.displayName(NameForm.INITIALS_WITH_FULL_STOPS)).isEqualTo("Mrs R. Marsden FCA");
        assertThat(ruth.displayName(NameForm.FULL)).isEqualTo(ruth.displayName()).isEqualTo("Mrs Ruth Marsden FCA");
    }

    /** A letter outside the Basic Multilingual Plane is one initial, not half of one. */
    @Test
    void anInitialIsAWholeCharacter() {
        assertThat(NameForm.INITIALS.given("\uD835\uDC00da Éamonn")).isEqualTo("\uD835\uDC00 É");
    }
}
