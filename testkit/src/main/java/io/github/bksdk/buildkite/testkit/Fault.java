package io.github.bksdk.buildkite.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the fake injects instead of the normal answer (see {@link FakeBuildkite#fail(Route, Fault, int)}): a 429
 * with the documented rate-limit body and {@code RateLimit-*} headers, a 5xx status, or a broken connection.
 * Immutable.
 */
public final class Fault {
  enum Kind { RATE_LIMITED, STATUS, CONNECTION_RESET, EMPTY_RESPONSE, GARBAGE }

  private final Kind kind;
  private final int status;
  private final Duration reset;

  private Fault(Kind kind, int status, Duration reset) {
    this.kind = kind;
    this.status = status;
    this.reset = reset;
  }

  /**
   * A 429 as the real API sends it when the user's limit is exhausted: the documented body (scope {@code rest_user},
   * limit 50, current 55, reset 42) and the {@code RateLimit-*} and {@code RateLimit-User-*} headers, telling the
   * client to wait 42 seconds.
   *
   * @return the fault
   */
  public static Fault rateLimited() {
    return rateLimited(Duration.ofSeconds(42));
  }

  /**
   * A 429 like {@link #rateLimited()}, with another wait in {@code reset} and the {@code *-Reset} headers.
   *
   * @param reset the time until the window resets, 0 to 3600 seconds (whole seconds are sent)
   * @return the fault
   * @throws IllegalArgumentException when null or out of range
   */
  public static Fault rateLimited(Duration reset) {
    if (reset == null || reset.isNegative() || reset.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("reset must be within 0..3600 seconds");
    }
    return new Fault(Kind.RATE_LIMITED, 429, reset);
  }

  /**
   * A server error with a JSON {@code {"message": ...}} body, such as 502, 503 or 504.
   *
   * @param status the status, 500..599
   * @return the fault
   * @throws IllegalArgumentException when not a 5xx status
   */
  public static Fault serverError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("status must be within 500..599, was " + status);
    }
    return new Fault(Kind.STATUS, status, Duration.ZERO);
  }

  /**
   * The connection is reset before any response arrives.
   *
   * @return the fault
   */
  public static Fault connectionReset() {
    return new Fault(Kind.CONNECTION_RESET, 0, Duration.ZERO);
  }

  /**
   * The connection is closed without any response.
   *
   * @return the fault
   */
  public static Fault emptyResponse() {
    return new Fault(Kind.EMPTY_RESPONSE, 0, Duration.ZERO);
  }

  /**
   * Random bytes that are no HTTP response, then the connection closes.
   *
   * @return the fault
   */
  public static Fault garbage() {
    return new Fault(Kind.GARBAGE, 0, Duration.ZERO);
  }

  Kind kind() {
    return kind;
  }

  /**
   * Returns the HTTP status this fault answers with.
   *
   * @return the status, or 0 for a broken connection
   */
  public int status() {
    return status;
  }

  /**
   * Returns the reset time a rate-limit fault announces.
   *
   * @return the reset, {@link Duration#ZERO} for other faults
   */
  public Duration reset() {
    return reset;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fault f && f.kind == kind && f.status == status && f.reset.equals(reset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, status, reset);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case RATE_LIMITED -> "Fault{429, reset=" + reset.toSeconds() + "s}";
      case STATUS -> "Fault{" + status + "}";
      default -> "Fault{" + kind.name().toLowerCase(java.util.Locale.ROOT) + "}";
    };
  }
}
