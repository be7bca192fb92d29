package org.packpress.ingest.agenda;

import org.packpress.model.Limit;
import org.packpress.model.TextLimit;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** {@code meetings/<yyyy-mm-dd>.yaml} as written; see docs/input-format.md. */
record MeetingFile(LocalDate date, @Limit(TextLimit.CHOICE) String type, LocalTime start,
        @Limit(TextLimit.LONG_LINE) String venue, @Limit(TextLimit.LINE) String venueShort,
        @Limit(TextLimit.CHOICE) String status, PostponedEntry postponedTo, BroadcastEntry broadcast,
        @Limit(TextLimit.ID) String contactOfficer, Boolean draft, List<ItemEntry> agenda) {

    record PostponedEntry(LocalDate date, LocalTime start) {
    }

    record BroadcastEntry(@Limit(TextLimit.CHOICE) String kind, @Limit(TextLimit.LINE) String host,
            @Limit(TextLimit.TITLE) String url) {
    }

    record ItemEntry(@Limit(TextLimit.ITEM_NUMBER) String number, @Limit(TextLimit.CHOICE) String type,
            @Limit(TextLimit.TITLE) String title, String description, String note, LocalTime time,
            @Limit(TextLimit.LONG_LINE) String reportOf, List<Integer> exempt, @Limit(TextLimit.TITLE) String workProgramme,
            List<DocumentEntry> documents, Boolean papersToFollow) {
    }

    record DocumentEntry(@Limit(TextLimit.TITLE) String title, @Limit(TextLimit.ITEM_NUMBER) String label,
            @Limit(TextLimit.TITLE) String report, @Limit(TextLimit.TITLE) String file,
            @Limit(TextLimit.CHOICE) String generated, Map<String, String> options, List<Integer> exempt,
            List<DocumentEntry> appendices) {
    }
}
