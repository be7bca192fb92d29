package org.packpress.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects every problem of an import so that the user sees all of them at once. */
public final class Problems {

    private final List<InputError> errors = new ArrayList<>();

    public void add(String file, String field, String reason) {
        errors.add(new InputError(file, field, reason));
    }

    /** Records that a required field is missing (null, or blank text); true when it is given. */
    public boolean require(Object value, String file, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(file, field, "is required");
            return false;
        }
        return true;
    }

    /** Runs a step; if it rejects its input, records the errors and returns null. */
    public <T> T collect(Supplier<T> step) {
        try {
            return step.get();
        } catch (InputRejectedException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** How many problems have been found so far. */
    public int count() {
        return errors.size();
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
    }
}
