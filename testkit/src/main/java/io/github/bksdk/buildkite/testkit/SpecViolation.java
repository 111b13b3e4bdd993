package io.github.bksdk.buildkite.testkit;

import java.util.List;
import java.util.Objects;

/**
 * One problem the fake saw: a request the real API would reject (unknown path, bad parameter, body that breaks the
 * schema, missing token, GET with a body), a scripted response the real API could never send, or a credential that
 * reached the artifact storage host. {@link FakeBuildkite#verify()} fails the test with all of them. Never contains a
 * header value or body. Immutable.
 */
public final class SpecViolation {
  /** What kind of problem it is. */
  public enum Kind {
    /** The user's code sent a request the real API would reject. */
    REQUEST,
    /** A scripted response does not agree with the spec. */
    RESPONSE,
    /** A credential was sent to the artifact storage host. */
    CREDENTIALS
  }

  private final Kind kind;
  private final String method;
  private final String path;
  private final String operationId;
  private final List<String> reasons;

  SpecViolation(Kind kind, String method, String path, String operationId, List<String> reasons) {
    this.kind = kind;
    this.method = method;
    this.path = path;
    this.operationId = operationId;
    this.reasons = List.copyOf(reasons);
  }

  /**
   * Returns the kind of problem.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the request's method.
   *
   * @return the method, such as {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the request's raw path, without the query.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the spec operation the request was matched to.
   *
   * @return the operationId, or an empty string when the request matched none
   */
  public String operationId() {
    return operationId;
  }

  /**
   * Returns why the request or response is wrong, one reason per entry.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<String> reasons() {
    return reasons;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpecViolation v && v.kind == kind && v.method.equals(method) && v.path.equals(path)
        && v.operationId.equals(operationId) && v.reasons.equals(reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, method, path, operationId, reasons);
  }

  @Override
  public String toString() {
    String label = switch (kind) {
      case REQUEST -> "request rejected by the spec";
      case RESPONSE -> "scripted response disagrees with the spec";
      case CREDENTIALS -> "credentials sent to artifact storage";
    };
    return label + ": " + method + " " + path + (operationId.isEmpty() ? "" : " (" + operationId + ")")
        + "\n    - " + String.join("\n    - ", reasons);
  }
}
