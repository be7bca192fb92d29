package org.packpress.ingest.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.packpress.model.style.HouseStyle;

/** {@code body.yaml} as written; see docs/input-format.md. */
record BodyFile(String id, String name, String shortName, String kind, String website, String email,
        String phone, Map<String, String> textBlocks, List<PersonEntry> people,
        List<MembershipEntry> memberships, List<HouseStyle> styles) {

    record PersonEntry(String id, String prefix, String givenName, String familyName, String jobTitle,
            String organisation, String abbreviation, String postNominals, String email, String phone) {
    }

    record MembershipEntry(String person, String type, String authority, String role, LocalDate from,
            LocalDate to) {
    }
}
