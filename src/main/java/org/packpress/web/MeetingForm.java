package org.packpress.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the meeting form posts: the meeting's details and its agenda items, as text exactly as typed
 * (the import validates them). Each item carries {@code source}, the JSON of the item as it stands in
 * the meeting file, so that what the form does not show (its papers, fields added later) is kept.
 */
public class MeetingForm {

    private String date;
    private String type;
    private String status;
    private String start;
    private String venue;
    private String venueShort;
    private String contactOfficer;
    private String broadcastKind;
    private String broadcastHost;
    private String broadcastUrl;
    /** The meeting file's JSON without its agenda (kept fields the form does not show). */
    private String source;
    /** Whether the meeting file exists already (editing) or is to be created. */
    private boolean existing;
    private List<Item> items = new ArrayList<>();

    /** An agenda item. */
    public static class Item {
        private String number;
        private String type;
        private String title;
        private String description;
        private String note;
        private String time;
        private String reportOf;
        private String exempt;
        private String papersToFollow;
        private String source;
        private String paperTitle;
        private MultipartFile paper;

        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public String getTime() { return time; }
        public void setTime(String time) { this.time = time; }
        public String getReportOf() { return reportOf; }
        public void setReportOf(String reportOf) { this.reportOf = reportOf; }
        public String getExempt() { return exempt; }
        public void setExempt(String exempt) { this.exempt = exempt; }
        public String getPapersToFollow() { return papersToFollow; }
        public void setPapersToFollow(String papersToFollow) { this.papersToFollow = papersToFollow; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public String getPaperTitle() { return paperTitle; }
        public void setPaperTitle(String paperTitle) { this.paperTitle = paperTitle; }
        public MultipartFile getPaper() { return paper; }
        public void setPaper(MultipartFile paper) { this.paper = paper; }
    }

    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getVenueShort() { return venueShort; }
    public void setVenueShort(String venueShort) { this.venueShort = venueShort; }
    public String getContactOfficer() { return contactOfficer; }
    public void setContactOfficer(String contactOfficer) { this.contactOfficer = contactOfficer; }
    public String getBroadcastKind() { return broadcastKind; }
    public void setBroadcastKind(String broadcastKind) { this.broadcastKind = broadcastKind; }
    public String getBroadcastHost() { return broadcastHost; }
    public void setBroadcastHost(String broadcastHost) { this.broadcastHost = broadcastHost; }
    public String getBroadcastUrl() { return broadcastUrl; }
    public void setBroadcastUrl(String broadcastUrl) { this.broadcastUrl = broadcastUrl; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public boolean isExisting() { return existing; }
    public void setExisting(boolean existing) { this.existing = existing; }
    public List<Item> getItems() { return items; }
    public void setItems(List<Item> items) { this.items = items; }
}
