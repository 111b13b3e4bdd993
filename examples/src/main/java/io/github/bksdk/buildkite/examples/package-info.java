/**
 * A runnable, read-only demo of the SDK ({@link io.github.bksdk.buildkite.examples.Demo}), with the embedded stub
 * ({@link io.github.bksdk.buildkite.examples.LocalStub}) that lets it run without a Buildkite account.
 */
package io.github.bksdk.buildkite.examples;
