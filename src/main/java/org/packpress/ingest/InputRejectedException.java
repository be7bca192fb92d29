package org.packpress.ingest;

import java.util.List;

/** Thrown when an import finds problems; nothing of the rejected input has been stored. */
public class InputRejectedException extends RuntimeException {

    private final List<InputError> errors;

    public InputRejectedException(List<InputError> errors) {
        super(errors.size() == 1 ? errors.get(0).toString()
                : errors.size() + " problems, first: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public InputRejectedException(InputError error) {
        this(List.of(error));
    }

    public List<InputError> errors() {
        return errors;
    }
}
