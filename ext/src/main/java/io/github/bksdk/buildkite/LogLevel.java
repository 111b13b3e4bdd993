package io.github.bksdk.buildkite;

/**
 * How much of each HTTP exchange the client logs, through SLF4J at DEBUG on the logger
 * {@code io.github.bksdk.buildkite.http}. Credentials are never logged at any level: {@code Authorization} and
 * similar headers are shown as {@code ██}, and query strings are left out.
 */
public enum LogLevel {
  /** Logs nothing (the default). */
  NONE,
  /** Logs the method, path, status and duration of each request. */
  BASIC,
  /** Also logs request and response headers, with credentials redacted. */
  HEADERS
}
