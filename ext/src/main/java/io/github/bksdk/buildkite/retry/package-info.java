/**
 * When and how failed calls are tried again. {@link io.github.bksdk.buildkite.retry.RetryPolicy} sets the number
 * of attempts and the backoff, honours the server's rate-limit reset, and never repeats a POST or PATCH that may have
 * reached the server; {@link io.github.bksdk.buildkite.retry.Sleeper} is the clock that waits, replaceable in tests.
 */
package io.github.bksdk.buildkite.retry;
