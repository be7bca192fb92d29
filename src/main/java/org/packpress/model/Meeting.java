package org.packpress.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting of a body and its agenda.
 *
 * @param venueShort the venue as minutes headings name it ("Walsall Council Offices"), or null
 * @param broadcast the livestream or webcast notice, or null
 * @param contactOfficerId a person of the body
 * @param sourceHash hash of the meeting file and every file it refers to; equal hashes mean nothing changed
 * @param draft marked {@code draft: true}: not ready, so the nightly run does not publish it (an officer may)
 * @param postponedTo for a postponed meeting, when it will take place instead; otherwise null
 */
public record Meeting(String bodyId, LocalDate date, MeetingType type, LocalTime start, String venue,
        String venueShort, MeetingStatus status, Broadcast broadcast, String contactOfficerId,
        List<AgendaItem> agenda, String sourceHash, boolean draft, Postponement postponedTo) {

    public Meeting {
        agenda = List.copyOf(agenda);
    }

    public enum MeetingType {
        ORDINARY, EXTRAORDINARY
    }

    public enum MeetingStatus {
        SCHEDULED, HELD, PROVISIONAL, CANCELLED, POSTPONED
    }

    /** The date and start time a postponed meeting moved to. */
    public record Postponement(LocalDate date, LocalTime start) {
    }

    /** Cancelled or postponed: the meeting will not take place as its agenda says. */
    /** Whether anything on its agenda is not for the public (an exempt item or paper): a confidential pack is made. */
    public boolean hasExemptBusiness() {
        return agenda.stream().anyMatch(AgendaItem::hasExemptBusiness);
    }

    public boolean isCalledOff() {
        return status == MeetingStatus.CANCELLED || status == MeetingStatus.POSTPONED;
    }

    /** "This meeting will be livestreamed by {host} and can be viewed from …". */
    public record Broadcast(BroadcastKind kind, String host, String url) {
    }

    public enum BroadcastKind {
        LIVESTREAM, WEBCAST
    }
}
