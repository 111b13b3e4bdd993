/**
 * Waiting on the API: {@link io.github.bksdk.buildkite.waiting.BuildWaiter} polls a build until it finishes (or is
 * blocked, or a timeout passes) without burning the rate-limit budget, and
 * {@link io.github.bksdk.buildkite.waiting.JobLogFollower} copies a running job's log as it grows, fetching only the
 * bytes not seen yet. Both wait through the client's {@link io.github.bksdk.buildkite.retry.Sleeper} and read time
 * from its {@link java.time.Clock}, so tests can run them without really sleeping.
 */
package io.github.bksdk.buildkite.waiting;
