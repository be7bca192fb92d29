package org.packpress.model.minutes;

import org.packpress.model.Limit;
import org.packpress.model.TextLimit;
import java.time.LocalDate;

/**
 * A decision notice of the Commissioner.
 *
 * @param number "030-2023"
 * @param subject what it relates to, completing "… a decision relating to {subject}."
 * @param url where the notice is published, or null
 */
public record KeyDecision(@Limit(TextLimit.CODE) String number, LocalDate date, @Limit(TextLimit.TITLE) String title,
        Boolean confidential, String subject, @Limit(TextLimit.TITLE) String url) {
}
