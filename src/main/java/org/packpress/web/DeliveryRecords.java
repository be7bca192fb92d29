package org.packpress.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.packpress.distribute.DistributionRepository;
import org.packpress.distribute.Recipient;
import org.springframework.stereotype.Service;

/** The delivery log of a meeting's documents as the API and the officer's meeting page show it, per recipient. */
@Service
public class DeliveryRecords {

    private final DistributionRepository log;

    public DeliveryRecords(DistributionRepository log) {
        this.log = log;
    }

    /** Every logged send of the meeting's document, oldest first. */
    public List<ApiModels.SentRecord> of(String body, LocalDate meeting, String document) {
        return byDocument(body, meeting).getOrDefault(document, List.of());
    }

    /** Every logged send of the meeting's documents, by document, oldest first. */
    public Map<String, List<ApiModels.SentRecord>> byDocument(String body, LocalDate meeting) {
        Map<String, Recipient> list = new LinkedHashMap<>();
        log.list(body).forEach(r -> list.put(r.email().toLowerCase(Locale.ROOT), r));
        Map<String, List<ApiModels.SentRecord>> records = new LinkedHashMap<>();
        for (DistributionRepository.Delivery d : log.log(body, meeting.toString())) {
            Optional<Recipient> recipient = Optional.ofNullable(list.get(d.recipient()));
            records.computeIfAbsent(d.document(), k -> new ArrayList<>()).add(new ApiModels.SentRecord(
                    recipient.map(Recipient::name).orElse(null), d.recipient(),
                    recipient.map(r -> r.role().name().toLowerCase(Locale.ROOT)).orElse(null), d.file(), d.result(),
                    d.detail(), d.resent(), d.attemptedAt()));
        }
        return records;
    }
}
