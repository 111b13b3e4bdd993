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

  /**
   * Called by the client after the API answered 401 Unauthorized to a request that carried
   * {@code rejectedAuthorizationHeader}: credentials that can obtain a new token do so (once per rejected token) and
   * return true, and the client then sends that request once more with {@link #authorizationHeader()}; a second 401
   * is reported to the caller. The default does nothing and returns false, so static credentials fail at the first
   * 401 as before. Implementations must be thread-safe and must not loop.
   *
   * @param rejectedAuthorizationHeader the {@code Authorization} value of the rejected request (a secret: never log it)
   * @return true when a different token is now available and the request is worth sending once more
   */
  default boolean refreshAfterUnauthorized(String rejectedAuthorizationHeader) {
    return false;
  }
}
