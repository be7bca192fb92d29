package org.packpress.model.style;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Locale;
import org.packpress.common.DateStyles;
import org.packpress.model.Limit;
import org.packpress.model.TextLimit;

/**
 * The language of a body's papers: the words of their dates and the language their PDFs and workbooks declare.
 * A style writes the tag alone ({@code language: cy}) or with its short months.
 *
 * @param tag a BCP 47 language tag: {@code en-GB}, {@code cy} (Welsh)
 * @param shortMonths the twelve short month names from January that {@code MMM} prints (the tracker's meeting
 *     column, a KPI column's month), or null for the language's own (en-GB: "Sept"; cy: "Medi")
 */
public record PaperLanguage(@Limit(TextLimit.SHORT) String tag, @Limit(TextLimit.SHORT) List<String> shortMonths) {

    public static final PaperLanguage DEFAULT = new PaperLanguage(null, null);

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public PaperLanguage {
        tag = Defaults.or(tag, "en-GB");
        shortMonths = shortMonths == null ? null : List.copyOf(shortMonths);
    }

    /** {@code language: cy}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PaperLanguage of(String tag) {
        return new PaperLanguage(tag, null);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The wording of dates on the papers in this language. */
    public DateStyles dates() {
        return DateStyles.of(locale(), shortMonths);
    }
}
