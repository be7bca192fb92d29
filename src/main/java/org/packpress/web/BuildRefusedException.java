package org.packpress.web;

/** A build that cannot succeed, refused before it starts (422 with the reason). */
public class BuildRefusedException extends RuntimeException {

    public BuildRefusedException(String reason) {
        super(reason);
    }
}
