/**
 * How the client proves who it is. {@link io.github.bksdk.buildkite.auth.BearerToken} sends an API access token;
 * {@link io.github.bksdk.buildkite.auth.JwtCredentials} signs a short-lived RS256 JWT for every request with the RSA
 * key of a "Public Key" token; {@link io.github.bksdk.buildkite.auth.RefreshableCredentials} sends tokens obtained
 * from your {@link io.github.bksdk.buildkite.auth.TokenIssuer} (an OAuth token exchange, workload identity
 * federation, a secret store) and replaces them before they expire and once after a 401. Credentials are sent only
 * to the configured API origin and never appear in logs, exception messages or {@code toString()}.
 */
package io.github.bksdk.buildkite.auth;
