package io.github.bksdk.buildkite.streaming;

import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.GetJobLogParams;
import io.github.bksdk.buildkite.services.JobsService;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A job's log as plain text, without holding it in memory: its size (a {@code HEAD} request), the whole log
 * streamed to a stream or a file, and its tail ({@code Range: bytes=-N}). For the log as JSON, use
 * {@link JobsService#getJobLog}. Obtain it from {@code BuildkiteClient#jobLogs()}; thread-safe.
 */
public final class JobLogs {
  private static final GetJobLogParams TEXT = GetJobLogParams.builder().accept("text/plain").build();

  private final JobsService jobs;

  /**
   * Creates the helper. Applications get it from {@code BuildkiteClient#jobLogs()}.
   *
   * @param jobs the jobs service of the same client
   */
  public JobLogs(JobsService jobs) {
    this.jobs = Require.notNull("jobs", jobs);
  }

  /**
   * Returns the size of a job's raw log in bytes, from the {@code Content-Length} of a {@code HEAD} request.
   *
   * @param orgSlug the organization slug
   * @param jobId the job's UUID
   * @return the size, or empty when the API did not say
   */
  public OptionalLong size(String orgSlug, String jobId) {
    return jobs.getJobLogSize(orgSlug, jobId);
  }

  /**
   * Streams a job's whole log as text to {@code out}, in small chunks.
   *
   * @param orgSlug the organization slug
   * @param jobId the job's UUID
   * @param out where to write; not closed
   * @return the number of bytes written
   */
  public long writeTo(String orgSlug, String jobId, OutputStream out) {
    Require.notNull("out", out);
    try (RawResponse log = jobs.getJobLogRaw(orgSlug, jobId, TEXT, RequestOptions.none())) {
      return copy(log, () -> log.transferTo(out));
    }
  }

  /**
   * Streams a job's whole log as text to a file, replacing it if it exists.
   *
   * @param orgSlug the organization slug
   * @param jobId the job's UUID
   * @param file the destination
   * @return the number of bytes written
   */
  public long writeTo(String orgSlug, String jobId, Path file) {
    Require.notNull("file", file);
    try (RawResponse log = jobs.getJobLogRaw(orgSlug, jobId, TEXT, RequestOptions.none())) {
      return copy(log, () -> log.transferTo(file));
    }
  }

  /**
   * Returns the last {@code bytes} bytes of a job's log as text (the API answers 206 with that range, or 200 with the
   * whole log when it is shorter). A UTF-8 character cut by the range start is replaced.
   *
   * @param orgSlug the organization slug
   * @param jobId the job's UUID
   * @param bytes how many bytes from the end, 1 to 10 MiB
   * @return the tail
   * @throws IllegalArgumentException if {@code bytes} is out of range
   */
  public String tail(String orgSlug, String jobId, int bytes) {
    if (bytes < 1 || bytes > 10 * 1024 * 1024) {
      throw new IllegalArgumentException("bytes must be between 1 and 10485760, was " + bytes);
    }
    try (RawResponse log = jobs.getJobLogRaw(orgSlug, jobId,
        TEXT.toBuilder().range("bytes=-" + bytes).build(), RequestOptions.none())) {
      return log.bodyAsString();
    }
  }

  private static long copy(RawResponse response, java.util.function.LongSupplier transfer) {
    try {
      return transfer.getAsLong();
    } catch (BuildkiteIoException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new BuildkiteIoException("the log stream broke after status " + response.statusCode() + ": "
          + cause.getMessage(), cause);
    }
  }
}
