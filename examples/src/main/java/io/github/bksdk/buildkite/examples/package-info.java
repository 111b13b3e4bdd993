/**
 * Runnable examples of the SDK. {@link io.github.bksdk.buildkite.examples.Demo} is a read-only tour, with the
 * embedded stub ({@link io.github.bksdk.buildkite.examples.LocalStub}) that lets it run without a Buildkite account.
 * The task examples solve real jobs: {@link io.github.bksdk.buildkite.examples.TriggerAndWait} (create a build, wait
 * for it, show the failed jobs' logs), {@link io.github.bksdk.buildkite.examples.DownloadArtifacts} (every artifact
 * of a build), {@link io.github.bksdk.buildkite.examples.WebhookReceiver} (verify webhooks and react to
 * {@code build.finished}) and {@link io.github.bksdk.buildkite.examples.BuildReport} (pass rate and durations over the
 * last N builds); without a token each runs against the testkit's {@code FakeBuildkite}.
 */
package io.github.bksdk.buildkite.examples;
