package io.github.bksdk.buildkite.internal;

/** Argument checks that run before any request is sent; every message names the argument. Internal. */
public final class Require {
  private Require() {}

  /**
   * Checks a path parameter: it must not be null, and a string must not be blank.
   *
   * @param name the parameter's name in the spec
   * @param value the value
   * @param <T> the value type
   * @return the value
   * @throws IllegalArgumentException if it is null or blank
   */
  public static <T> T pathParam(String name, T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (value instanceof CharSequence text && text.toString().isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Checks that an argument is not null.
   *
   * @param name the argument's name
   * @param value the value
   * @param <T> the value type
   * @return the value
   * @throws IllegalArgumentException if it is null
   */
  public static <T> T notNull(String name, T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /**
   * Checks that a duration is positive.
   *
   * @param name the argument's name
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException if it is null, zero or negative
   */
  public static java.time.Duration positive(String name, java.time.Duration value) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
    }
    return value;
  }

  /**
   * Checks one query parameter given by wire name: the name must not be blank and the value must not be null.
   *
   * @param name the wire name
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException naming {@code queryParameter} and the parameter
   */
  public static String queryParameter(String name, String value) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("queryParameter: the name must not be blank");
    }
    if (value == null) {
      throw new IllegalArgumentException("queryParameter: the value of " + name + " must not be null");
    }
    return value;
  }
}
