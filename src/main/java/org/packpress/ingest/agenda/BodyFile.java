package org.packpress.ingest.agenda;

import org.packpress.model.Limit;
import org.packpress.model.TextLimit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.packpress.model.style.HouseStyle;

/** {@code body.yaml} as written; see docs/input-format.md. */
record BodyFile(@Limit(TextLimit.BODY_ID) String id, @Limit(TextLimit.HEADER_NAME) String name,
        @Limit(TextLimit.SHORT_HEADER_NAME) String shortName, @Limit(TextLimit.CHOICE) String kind,
        @Limit(TextLimit.LINE) String website, @Limit(TextLimit.EMAIL) String email, @Limit(TextLimit.SHORT) String phone,
        Map<String, String> textBlocks, List<PersonEntry> people,
        List<MembershipEntry> memberships, List<HouseStyle> styles) {

    record PersonEntry(@Limit(TextLimit.ID) String id, @Limit(TextLimit.SHORT) String prefix,
            @Limit(TextLimit.NAME) String givenName, @Limit(TextLimit.NAME) String familyName,
            @Limit(TextLimit.LINE) String jobTitle, @Limit(TextLimit.LINE) String organisation,
            @Limit(TextLimit.WORD) String abbreviation, @Limit(TextLimit.SHORT) String postNominals,
            @Limit(TextLimit.EMAIL) String email, @Limit(TextLimit.SHORT) String phone) {
    }

    record MembershipEntry(@Limit(TextLimit.ID) String person, @Limit(TextLimit.CHOICE) String type,
            @Limit(TextLimit.LINE) String authority, @Limit(TextLimit.SHORT) String role, LocalDate from,
            LocalDate to) {
    }
}
