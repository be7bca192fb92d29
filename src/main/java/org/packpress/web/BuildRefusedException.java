package org.packpress.web;

/** A build or a send that cannot succeed, refused before it starts (422 with the reason). */
public class BuildRefusedException extends RuntimeException {

    private final String title;

    public BuildRefusedException(String reason) {
        this("Build refused", reason);
    }

    /** @param title the problem's title, e.g. "Send refused" */
    public BuildRefusedException(String title, String reason) {
        super(reason);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
