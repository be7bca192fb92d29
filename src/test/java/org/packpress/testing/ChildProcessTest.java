package org.packpress.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A test whose work runs in PackPress processes of its own ({@link ForkedPackPress} or the like: its own
 * temporary folder, database file and ports, no Spring context in the test JVM). It runs beside the other
 * test classes (see {@code junit-platform.properties}): while it waits for its children, the test JVM's
 * other thread goes on with the rest of the suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
public @interface ChildProcessTest {
}
