package io.github.bksdk.buildkite.auth;

/**
 * Obtains a fresh API access token, for {@link RefreshableCredentials}: an OAuth token exchange, a workload identity
 * federation exchange, a read from a secret manager or a file that another process rotates. The SDK calls it on the
 * first request, shortly before the current token expires, and once after the API rejects the current token with a
 * 401; never from two threads at once for the same credentials. It may block (it runs on the thread of the request
 * that needs the token) and may throw; a failure reaches the caller as a {@link CredentialsException}.
 */
@FunctionalInterface
public interface TokenIssuer {
  /**
   * Returns a new token.
   *
   * @return the token and, when known, its expiry; never null
   * @throws Exception when no token could be obtained; its message must not contain a secret
   */
  IssuedToken issue() throws Exception;
}
