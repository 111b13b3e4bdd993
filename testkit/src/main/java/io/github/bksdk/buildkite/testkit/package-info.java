/**
 * Test support for code that uses the Buildkite SDK: {@link io.github.bksdk.buildkite.testkit.FakeBuildkite}, a fake
 * Buildkite API on loopback that validates every request against the bundled spec, serves the documented examples and
 * scripts builds, pages, rate limits, faults, artifact redirects and signed webhooks;
 * {@link io.github.bksdk.buildkite.testkit.SimulatedTime}, a clock that the client's own waits move instead of
 * sleeping; and {@link io.github.bksdk.buildkite.testkit.FakeBuildkiteExtension} (or
 * {@link io.github.bksdk.buildkite.testkit.BuildkiteTest}) for JUnit 5.
 */
package io.github.bksdk.buildkite.testkit;
