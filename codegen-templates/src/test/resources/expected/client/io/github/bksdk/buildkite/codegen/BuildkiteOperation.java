package io.github.bksdk.buildkite.codegen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the spec says about an operation beyond what Feign needs: its id, token scope, pagination style and whether
 * its body is streamed. The transport layer reads it from the invoked method (for example to decide whether a
 * request is safe to retry), and tests use it to prove that every operation is exercised.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BuildkiteOperation {
  /** The spec's {@code operationId}. */
  String id();

  /** The HTTP method. */
  String method();

  /**
   * The required token scope ({@code x-buildkite-scope}): a scope name, {@code none} or {@code no-auth}; empty when
   * the spec does not say (the generator then leaves the attribute out).
   */
  String scope() default "";

  /**
   * The pagination style ({@code x-buildkite-pagination}): {@code page}, {@code cursor} or {@code none}; empty when
   * the spec does not say (the generator then leaves the attribute out).
   */
  String pagination() default "";

  /** Whether the operation's useful body is raw bytes or text ({@code x-buildkite-streaming}). */
  boolean streaming() default false;
}
