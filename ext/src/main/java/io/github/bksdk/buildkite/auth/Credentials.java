package io.github.bksdk.buildkite.auth;

/**
 * Supplies the {@code Authorization} header of each request sent to the API host. Implementations must be
 * thread-safe and must never reveal the secret through {@code toString()}.
 */
@FunctionalInterface
public interface Credentials {
  /**
   * Returns the value of the {@code Authorization} header for the next request, for example
   * {@code Bearer bkua_...}. Called once per attempt, so an implementation may re-sign or refresh.
   *
   * @return the header value
   */
  String authorizationHeader();
}
