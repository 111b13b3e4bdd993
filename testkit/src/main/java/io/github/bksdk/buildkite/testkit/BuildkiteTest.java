package io.github.bksdk.buildkite.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit 5 test class that runs against a {@link FakeBuildkite} with the default settings: test methods may
 * declare {@link FakeBuildkite} and {@code BuildkiteClient} parameters, and each test fails if the code under test
 * sent a request the real API would reject. Shorthand for {@code @ExtendWith(FakeBuildkiteExtension.class)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeBuildkiteExtension.class)
public @interface BuildkiteTest {}
