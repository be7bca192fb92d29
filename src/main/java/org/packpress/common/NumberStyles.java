package org.packpress.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The wording of numbers outside tables: what a chart's alternative text reads out ("1,234.5", "86.9"). */
public final class NumberStyles {

    private NumberStyles() {
    }

    /** Thousands separated, at most two decimals, no trailing zeros: 1234.50 → "1,234.5". */
    public static String plain(Number value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }
}
