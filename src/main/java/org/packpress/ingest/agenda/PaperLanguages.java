package org.packpress.ingest.agenda;

import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which language tags a house style may name: those whose dates Java can word. */
final class PaperLanguages {

    /** The languages Java has names of days and months for ("en", "cy", …). */
    private static final Set<String> KNOWN = Arrays.stream(Locale.getAvailableLocales()).map(Locale::getLanguage)
            .filter(language -> !language.isEmpty()).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

    private PaperLanguages() {
    }

    /** Why a tag cannot be a paper's language, or null when it can. */
    static String tagProblem(String tag) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return "is not a BCP 47 language tag (such as en-GB or cy): " + e.getMessage();
        }
        if (!KNOWN.contains(locale.getLanguage())) {
            return "names a language whose dates PackPress cannot word (such as en-GB or cy)";
        }
        if (!locale.getCountry().isEmpty() && !REGIONS.contains(locale.getCountry())) {
            return "names the region '" + locale.getCountry() + "', which is not a country code (such as GB)";
        }
        return null;
    }
}
