package org.briefings.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that runs for many seconds or depends on timing (a crash, a load, a slow
 * connection, a browser). {@code ./mvnw verify} and CI run it; {@code ./mvnw verify
 * -DexcludedGroups=slow} leaves it out for a quick check while working.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {

    /** The JUnit tag, as named on the command line. */
    String TAG = "slow";
}
