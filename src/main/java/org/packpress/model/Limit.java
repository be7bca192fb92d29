package org.packpress.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The kind of text an input field holds, and so its limit ({@link TextLimit}); on a list, the kind of each of its
 * texts, or with {@link #joined} of the list as stored, its texts joined. A field without it is {@link TextLimit#TEXT}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Limit {

    TextLimit value();

    /** The limit is that of the list's texts stored together, one after the other (with a separator each). */
    boolean joined() default false;
}
