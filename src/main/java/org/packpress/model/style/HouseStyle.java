package org.packpress.model.style;

import java.time.LocalDate;
import java.util.Map;
import org.packpress.common.DateStyles;
import org.packpress.model.Limit;
import org.packpress.model.TextLimit;

/**
 * A body's house style from a date on: every convention of its papers that differs between bodies or
 * years, as data. A field left out takes its default, which is the output PackPress gave before house
 * styles existed (the Panel's papers of 2023/24), so an empty style changes nothing.
 *
 * @param effectiveFrom the first meeting (or tracker) date this style applies to; null for a style in
 *     force from the beginning
 * @param reportProfiles how authored reports look, by the originator their agenda item names
 *     ({@code reportOf}: "Police and Crime Commissioner", "Lead Panel Officer")
 * @param textBlocks standard wording that this style overrides from its date on, by text-block key
 * @param standalone what documents published on their own carry (page numbers)
 * @param pack what an agenda pack's pages carry (page numbers)
 * @param requireAccessible whether a pack whose attachment is not accessible (tagged, PDF/UA-1 and
 *     PDF/A-2a) fails to build, naming the attachment; by default it is built and reported not accessible
 * @param typography the font family and sizes of every paper
 * @param language the language of the papers: their dates' words, and what their PDFs and workbooks declare
 * @param defaultReportProfile how the reports of an originator without a profile of its own look (every report of a
 *     body that heads all its reports alike)
 * @param securityMarking the Government Security Classification marking ("OFFICIAL") printed at the top and foot of
 *     every page of the papers PackPress writes (not of attached PDFs, which carry their own), or null for none
 * @param confidentialSecurityMarking the marking of confidential papers instead ("OFFICIAL – SENSITIVE": the
 *     confidential pack's front sheet, every paper of an exempt item, the confidential minutes), or null for the same marking
 */
public record HouseStyle(LocalDate effectiveFrom, FrontSheetStyle frontSheet, MinutesStyle minutes,
        TrackerStyle tracker, Map<String, ReportProfile> reportProfiles, Map<String, String> textBlocks,
        StandaloneStyle standalone, PackStyle pack, Boolean requireAccessible, Typography typography,
        PaperLanguage language, ReportProfile defaultReportProfile, @Limit(TextLimit.NAME) String securityMarking,
        @Limit(TextLimit.NAME) String confidentialSecurityMarking) {

    public HouseStyle {
        frontSheet = frontSheet == null ? FrontSheetStyle.DEFAULT : frontSheet;
        minutes = minutes == null ? MinutesStyle.DEFAULT : minutes;
        tracker = tracker == null ? TrackerStyle.DEFAULT : tracker;
        reportProfiles = reportProfiles == null ? Map.of() : Map.copyOf(reportProfiles);
        textBlocks = textBlocks == null ? Map.of() : Map.copyOf(textBlocks);
        standalone = standalone == null ? StandaloneStyle.DEFAULT : standalone;
        pack = pack == null ? PackStyle.DEFAULT : pack;
        requireAccessible = Boolean.TRUE.equals(requireAccessible);
        typography = typography == null ? Typography.DEFAULT : typography;
        language = language == null ? PaperLanguage.DEFAULT : language;
        defaultReportProfile = defaultReportProfile == null ? ReportProfile.DEFAULT : defaultReportProfile;
    }

    /** The style of a body that states none. */
    public static final HouseStyle DEFAULT = new HouseStyle(null, null, null, null, null, null, null, null, false, null, null,
            null, null, null);

    /** Whether this style is in force on a date (ignoring later styles). */
    public boolean startsOnOrBefore(LocalDate date) {
        return effectiveFrom == null || !effectiveFrom.isAfter(date);
    }

    /** The wording of dates on this style's papers, in its language. */
    public DateStyles dates() {
        return language.dates();
    }

    /** The security marking of a paper, confidential or not ({@code confidentialSecurityMarking}), or null for none. */
    public String securityMarking(boolean confidential) {
        return confidential && confidentialSecurityMarking != null ? confidentialSecurityMarking : securityMarking;
    }

    /** The profile of an originator's reports, or the style's default profile. */
    public ReportProfile reportProfile(String originator) {
        return originator == null ? defaultReportProfile : reportProfiles.getOrDefault(originator, defaultReportProfile);
    }
}
