package org.packpress.ingest.word;

/** A Word document could not be turned into a PDF; the message says why, in words an officer can act on. */
public class WordConversionException extends RuntimeException {

    public WordConversionException(String message) {
        super(message);
    }

    public WordConversionException(String message, Throwable cause) {
        super(message, cause);
    }
}
