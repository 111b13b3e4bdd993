/**
 * How the client proves who it is. {@link io.github.bksdk.buildkite.auth.BearerToken} sends an API access token;
 * {@link io.github.bksdk.buildkite.auth.JwtCredentials} signs a short-lived RS256 JWT for every request with the RSA
 * key of a "Public Key" token. Credentials are sent only to the configured API origin and never appear in logs,
 * exception messages or {@code toString()}.
 */
package io.github.bksdk.buildkite.auth;
