package org.packpress.common;

import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which language tags a paper's dates may be worded in: those whose names of days and months Java knows. */
public final class DateLanguages {

    /** The languages Java has names of days and months for ("en", "cy", …). */
    private static final Set<String> KNOWN = Arrays.stream(Locale.getAvailableLocales()).map(Locale::getLanguage)
            .filter(language -> !language.isEmpty()).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

    private DateLanguages() {
    }

    /** Why a tag cannot be a paper's language, or null when it can. */
    public static String problem(String tag) {
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
