package org.packpress.common;

/**
 * A build that cannot produce its document, with a message naming what is wrong and where
 * ({@code item 8: attachments/peel.pdf: the file is encrypted}). No output has been written.
 */
public class BuildFailedException extends RuntimeException {

    public BuildFailedException(String message) {
        super(message);
    }

    public BuildFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
