package org.packpress.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Cancelling and moving a meeting, as changes to meeting files (the import then checks and stores them). A
 * cancelled meeting keeps its file with {@code status: cancelled}. A moved meeting is marked
 * {@code status: postponed} with {@code postponedTo}, and the meeting of the new date is a draft copy of it
 * whose item times move with its start.
 */
final class MeetingMoves {

    private static final String STATUS = "status";
    private static final String POSTPONED_TO = "postponedTo";

    private MeetingMoves() {
    }

    /** The meeting file, cancelled. */
    static byte[] cancelled(byte[] yaml) {
        return MeetingYaml.edit(yaml, file -> {
            file.put(STATUS, "cancelled");
            file.remove(POSTPONED_TO);
        });
    }

    /**
     * The meeting file marked postponed to the new date (and start, when one is given), then the new date's
     * meeting file: a draft copy, scheduled, with the new start and its item times moved by as much.
     *
     * @param start the new start as typed (blank: the same start); written as it is, for the import to check
     */
    static List<InputUploads.Incoming> moved(byte[] yaml, LocalDate from, LocalDate to, String start) {
        String newStart = start == null ? "" : start.strip();
        byte[] postponed = MeetingYaml.edit(yaml, file -> {
            file.put(STATUS, "postponed");
            ObjectNode when = file.putObject(POSTPONED_TO);
            when.put("date", to.toString());
            if (!newStart.isEmpty()) {
                when.put("start", newStart);
            }
        });
        byte[] copy = MeetingYaml.edit(yaml, file -> {
            Duration shift = shift(file.path("start").asText(""), newStart);
            file.put("date", to.toString());
            if (!newStart.isEmpty()) {
                file.put("start", newStart);
            }
            file.remove(STATUS);
            file.remove(POSTPONED_TO);
            file.put(MeetingYaml.DRAFT, true);
            for (JsonNode item : file.path("agenda")) {
                if (item instanceof ObjectNode entry && entry.hasNonNull("time") && !shift.isZero()) {
                    entry.put("time", moved(entry.get("time").asText(), shift));
                }
            }
        });
        return List.of(InputUploads.Incoming.of(MeetingYaml.fileName(to), copy),
                InputUploads.Incoming.of(MeetingYaml.fileName(from), postponed));
    }

    /** How far the start moves; zero when either time is not a time (the import names the one that is wrong). */
    private static Duration shift(String from, String to) {
        try {
            return to.isEmpty() ? Duration.ZERO : Duration.between(LocalTime.parse(from), LocalTime.parse(to));
        } catch (DateTimeParseException e) {
            return Duration.ZERO;
        }
    }

    private static String moved(String time, Duration shift) {
        try {
            return LocalTime.parse(time).plus(shift).toString();
        } catch (DateTimeParseException e) {
            return time;
        }
    }
}
