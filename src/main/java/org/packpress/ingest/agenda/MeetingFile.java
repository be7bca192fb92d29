package org.packpress.ingest.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** {@code meetings/<yyyy-mm-dd>.yaml} as written; see docs/input-format.md. */
record MeetingFile(LocalDate date, String type, LocalTime start, String venue, String venueShort,
        String status, BroadcastEntry broadcast, String contactOfficer, Boolean draft, List<ItemEntry> agenda) {

    record BroadcastEntry(String kind, String host, String url) {
    }

    record ItemEntry(String number, String type, String title, String description, String note,
            LocalTime time, String reportOf, List<Integer> exempt, String workProgramme, List<DocumentEntry> documents) {
    }

    record DocumentEntry(String title, String label, String report, String file, String generated,
            Map<String, String> options, List<DocumentEntry> appendices) {
    }
}
