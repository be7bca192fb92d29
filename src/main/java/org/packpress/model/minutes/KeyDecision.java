package org.packpress.model.minutes;

import java.time.LocalDate;

/**
 * A decision notice of the Commissioner.
 *
 * @param number "030-2023"
 * @param subject what it relates to, completing "… a decision relating to {subject}."
 * @param url where the notice is published, or null
 */
public record KeyDecision(String number, LocalDate date, String title, Boolean confidential, String subject,
        String url) {
}
