package org.packpress.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Collects every problem of an import so that the user sees all of them at once. A value that could not be read
 * ({@link #unreadable}) counts as missing for the checks that follow, which say nothing more about its field: the
 * reason it could not be read is the one problem to fix there.
 */
public final class Problems {

    private final List<InputError> errors = new ArrayList<>();
    private final Set<String> unreadable = new HashSet<>();
    private final Map<String, FieldLines> fieldLines = new HashMap<>();

    public void add(String file, String field, String reason) {
        if (!isUnreadable(file, field)) {
            FieldLines lines = fieldLines.get(file);
            errors.add(new InputError(file, field, reason, lines == null ? null : lines.lineOf(field, reason)));
        }
    }

    /** Where the fields of a file that was read start: its problems found later name their lines. */
    void locate(String file, FieldLines lines) {
        fieldLines.put(file, lines);
    }

    public void add(InputError error) {
        if (error.line() == null) {
            add(error.file(), error.location(), error.reason());
        } else if (!isUnreadable(error.file(), error.location())) {
            errors.add(error);
        }
    }

    /** Records a value that could not be read at all; later problems of that field (or inside it) are not added. */
    public void unreadable(String file, String field, String reason) {
        add(file, field, reason);
        unreadable.add(key(file, field));
    }

    private boolean isUnreadable(String file, String field) {
        if (field == null || unreadable.isEmpty()) {
            return false;
        }
        for (int end = field.length(); end > 0; end = Math.max(field.lastIndexOf('.', end - 1),
                field.lastIndexOf('[', end - 1))) {
            if (unreadable.contains(key(file, field.substring(0, end)))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String file, String field) {
        return file + '\u0000' + field;
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
