package org.packpress.ingest;

import org.packpress.common.FieldPaths;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.packpress.model.Limit;
import org.packpress.model.TextLimit;

/**
 * Checks every text of a parsed input file against the limit of its field ({@link TextLimit}, given by the file
 * type's {@link Limit} annotations): walks the records, classes, lists and maps it was read into and names each
 * text that is too long, or holds characters its kind of field may not, by its field path ({@code agenda[3].title},
 * counting from 1 as officers do).
 */
public final class TextChecks {

    /** A map's keys are identifiers of this kind (text-block names, options). */
    private static final TextLimit MAP_KEYS = TextLimit.KEY;
    /** A message shows this much of a bad key, no more. */
    private static final int SHOWN = 40;

    private final String file;
    private final List<InputError> errors = new ArrayList<>();

    private TextChecks(String file) {
        this.file = file;
    }

    /** Every problem with the texts of {@code parsed}, read from {@code file}; empty when there is none. */
    public static List<InputError> of(String file, Object parsed) {
        TextChecks checks = new TextChecks(file);
        checks.walk(parsed, "", null);
        return checks.errors;
    }

    private void walk(Object value, String path, Limit limit) {
        if (value instanceof String text) {
            check(path, text, limit == null ? TextLimit.TEXT : limit.value());
        } else if (value instanceof Collection<?> items) {
            list(items, path, limit);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                String name = String.valueOf(key);
                String keyProblem = MAP_KEYS.problem(name);
                if (keyProblem != null) {
                    errors.add(new InputError(file, path, "key '" + shorten(name) + "' " + keyProblem));
                } else {
                    walk(item, join(path, name), limit);
                }
            });
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                // a component's @JsonProperty (RecordedVote's "for") is on its accessor, as the annotation cannot
                // target a record component
                walk(read(component, value), join(path, name(component.getAccessor(), component.getName())),
                        component.getAnnotation(Limit.class));
            }
        } else if (value != null && value.getClass().getName().startsWith("org.packpress.")
                && !(value instanceof Enum<?>)) {
            for (Field field : value.getClass().getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers())) {
                    walk(read(field, value), join(path, name(field, field.getName())), field.getAnnotation(Limit.class));
                }
            }
        }
    }

    private void list(Collection<?> items, String path, Limit limit) {
        if (limit != null && limit.joined()) {
            int stored = items.stream().mapToInt(item -> String.valueOf(item).length() + 3).sum() + 2;
            if (stored > limit.value().max()) {
                errors.add(new InputError(file, path, String.format(Locale.UK,
                        "holds %,d characters in all; at most %,d are allowed", stored, limit.value().max())));
                return;
            }
        }
        int index = 0;
        for (Object item : items) {
            walk(item, FieldPaths.entry(path, index++), limit);
        }
    }

    private void check(String path, String text, TextLimit limit) {
        String problem = limit.problem(text);
        if (problem != null) {
            errors.add(new InputError(file, path, problem));
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true); // the file types are package-private records of their importers
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    private static Object read(Field field, Object object) {
        try {
            field.setAccessible(true);
            return field.get(object);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    /** The name the input file uses for a field. */
    private static String name(AnnotatedElement element, String javaName) {
        JsonProperty property = element.getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : javaName;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
