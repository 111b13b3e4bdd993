/**
 * Waiting on the API: {@link io.github.bksdk.buildkite.waiting.BuildWaiter} polls a build until it finishes (or is
 * blocked, or a timeout passes) without burning the rate-limit budget, and
 * {@link io.github.bksdk.buildkite.waiting.JobLogFollower} copies a running job's log as it grows, fetching only the
 * bytes not seen yet. Both wait through the client's {@link io.github.bksdk.buildkite.retry.Sleeper} and read time
 * from its {@link java.time.Clock}, so tests can run them without really sleeping. Their non-blocking forms,
 * {@link io.github.bksdk.buildkite.waiting.AsyncBuildWaiter} and
 * {@link io.github.bksdk.buildkite.waiting.AsyncJobLogFollower}, make the same decisions with async calls and schedule
 * each wait on the client's {@link io.github.bksdk.buildkite.retry.Scheduler}, holding no thread between polls.
 */
package io.github.bksdk.buildkite.waiting;
