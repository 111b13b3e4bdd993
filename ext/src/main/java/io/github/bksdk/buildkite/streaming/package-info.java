/**
 * Large bodies without holding them in memory. {@link io.github.bksdk.buildkite.streaming.JobLogs} reads a job's
 * log size, tail or whole text into a file; {@link io.github.bksdk.buildkite.streaming.ArtifactDownloads} follows an
 * artifact's redirect to its storage host without sending any credentials there and streams the bytes to a file.
 */
package io.github.bksdk.buildkite.streaming;
