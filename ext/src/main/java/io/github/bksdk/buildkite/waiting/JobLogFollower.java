package io.github.bksdk.buildkite.waiting;

import io.github.bksdk.buildkite.errors.BuildkiteException;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.errors.RateLimitException;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobState;
import io.github.bksdk.buildkite.retry.Sleeper;
import io.github.bksdk.buildkite.services.GetJobLogParams;
import io.github.bksdk.buildkite.services.JobsService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows a running job's log until the job finishes, copying each byte once: every poll reads the job's state
 * ({@code getJob}) and the log's size ({@code getJobLogSize}, a {@code HEAD}), and when the log grew, fetches only
 * the new tail with {@code Accept: text/plain} and {@code Range: bytes=-N}. If the log grew again between the two
 * requests, the {@code Content-Range} of the answer shows it and the tail is asked for again, wider, so nothing is
 * skipped or repeated.
 *
 * <pre>{@code
 * LogFollowResult r = client.buildWaiter().logFollower().follow("acme", jobId, System.out, WaitOptions.defaults());
 * System.out.println(r.bytes() + " bytes, job " + r.job().state().map(JobState::asString).orElse("?"));
 * }</pre>
 *
 * <p>Polling uses the interval, timeout and rate-limit reserve of {@link WaitOptions} the same way as
 * {@link BuildWaiter} (its blocked policy and progress callback do not apply). A job is finished when its state is
 * passed, failed, canceled, timed_out, skipped, broken or expired, or when it has a {@code finished_at}. Thread-safe;
 * one call follows on the calling thread.
 */
public final class JobLogFollower {
  private static final Set<JobState.Value> TERMINAL = Set.of(JobState.Value.PASSED, JobState.Value.FAILED,
      JobState.Value.CANCELED, JobState.Value.TIMED_OUT, JobState.Value.SKIPPED, JobState.Value.BROKEN,
      JobState.Value.EXPIRED);
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");
  private static final int MAX_WIDENINGS = 5;

  private final JobsService jobs;
  private final Sleeper sleeper;
  private final Clock clock;

  JobLogFollower(JobsService jobs, Sleeper sleeper, Clock clock) {
    this.jobs = jobs;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /**
   * What following a log ended with.
   *
   * @param job the job as last polled, finished
   * @param bytes how many log bytes were written
   * @param polls how many state polls were made
   */
  public record LogFollowResult(Job job, long bytes, int polls) {}

  /**
   * Copies the job's log to {@code out} as it grows, until the job finishes; the stream is flushed after each chunk
   * and not closed.
   *
   * @param orgSlug the organization slug
   * @param jobId the job ID
   * @param out where the raw log bytes go
   * @param options the timeout, poll intervals and rate-limit reserve
   * @return the finished job and the number of bytes written
   * @throws WaitTimeoutException if the timeout passes before the job finishes
   * @throws UncheckedIOException if writing to {@code out} fails
   */
  public LogFollowResult follow(String orgSlug, String jobId, OutputStream out, WaitOptions options) {
    BuildWaiter.notBlank("orgSlug", orgSlug);
    BuildWaiter.notBlank("jobId", jobId);
    BuildWaiter.nonNull("out", out);
    BuildWaiter.nonNull("options", options);
    FollowState state = new FollowState(jobId, options, new Pacer(sleeper, clock, options));
    while (true) {
      Duration wait;
      try {
        Response<Job> response = jobs.getJobWithResponse(orgSlug, jobId, options.requestOptions());
        boolean finished = state.onJob(response.value());
        copyNewBytes(orgSlug, jobId, state, out, options);
        if (finished) {
          return state.result();
        }
        wait = state.pacer.delayAfter(response.rateLimit());
      } catch (RateLimitException e) {
        wait = state.pacer.delayAfterRateLimited(e.retryAfter());
      }
      state.failIfExpired();
      state.pacer.sleep(wait);
    }
  }

  /**
   * One follow in progress and what each answer means for it: whether the job is finished, which tail to ask for,
   * whether a tail must be asked for again wider, how many bytes of a tail were already written, how long to wait
   * before the next poll, when time is up. Both {@link JobLogFollower} (a loop) and {@link AsyncJobLogFollower}
   * (completions) only fetch, copy and wait around it.
   */
  static final class FollowState {
    private final String jobId;
    private final WaitOptions options;
    final Pacer pacer;
    private long offset;
    private int polls;
    private Job last;
    /** How many bytes from the end the next tail request asks for, and how many tail requests this poll made. */
    private long wanted;
    private int tailRequests;

    FollowState(String jobId, WaitOptions options, Pacer pacer) {
      this.jobId = jobId;
      this.options = options;
      this.pacer = pacer;
    }

    /** Takes one {@code getJob} answer; returns whether the job is finished (its log will not grow any more). */
    boolean onJob(Job job) {
      last = job;
      polls++;
      return isFinished(job);
    }

    /** Takes the log's size from the {@code HEAD}; returns whether it grew, that is whether a tail is to be fetched. */
    boolean needsTail(OptionalLong size) {
      if (size.isEmpty() || size.getAsLong() <= offset) {
        return false;
      }
      wanted = size.getAsLong() - offset;
      tailRequests = 0;
      return true;
    }

    /**
     * The parameters of the next tail request: plain text, the last {@code wanted} bytes.
     *
     * @throws BuildkiteIoException if the tail was widened too often (the log grows faster than it can be read)
     */
    GetJobLogParams tailRequest() {
      if (tailRequests > MAX_WIDENINGS) {
        throw new BuildkiteIoException("job " + jobId + "'s log kept growing faster than its tail could be read",
            null);
      }
      tailRequests++;
      return GetJobLogParams.builder().accept("text/plain").range("bytes=-" + wanted).build();
    }

    /**
     * Reads a tail answer's status and {@code Content-Range}: returns how many leading bytes of its body were
     * already written, or {@code -1} when the log grew since the {@code HEAD} and the tail must be asked for again
     * (already widened). A 200 is the whole log.
     *
     * @throws BuildkiteIoException if a 206 has no usable {@code Content-Range}
     */
    long skipIn(RawResponse tail) {
      if (tail.statusCode() != 206) {
        return offset;                     // the whole log came back
      }
      Optional<String> range = tail.header("Content-Range");
      Matcher m = range.map(CONTENT_RANGE::matcher).filter(Matcher::matches).orElse(null);
      if (m == null) {
        throw new BuildkiteIoException("a 206 log tail came without a usable Content-Range (" + range.orElse("none")
            + ")", null);
      }
      long start = Long.parseLong(m.group(1));
      if (start > offset) {
        wanted += start - offset;          // the log grew since the HEAD: ask for a wider tail
        return -1;
      }
      return offset - start;
    }

    /** Whether a failed tail request means the log is empty after all (416: no byte to range over). */
    static boolean isEmptyLog(Throwable error) {
      return error instanceof BuildkiteException e && e.statusCode() == 416;
    }

    /** Records that {@code bytes} new log bytes were written. */
    void copied(long bytes) {
      offset += bytes;
    }

    /** @throws WaitTimeoutException if the follow's timeout has passed */
    void failIfExpired() {
      if (pacer.expired()) {
        throw new WaitTimeoutException("job " + jobId + " did not finish within " + options.timeout() + " ("
            + offset + " log bytes read)", last, pacer.elapsed(), polls);
      }
    }

    /** {@return the result once the job is finished} */
    LogFollowResult result() {
      return new LogFollowResult(last, offset, polls);
    }
  }

  /**
   * Same as {@link #follow(String, String, OutputStream, WaitOptions)}, handing the log to {@code lines} as UTF-8
   * text chunks; a character split across two fetches is held back until it is complete.
   *
   * @param orgSlug the organization slug
   * @param jobId the job ID
   * @param text receives each new piece of text (not necessarily whole lines)
   * @param options the timeout, poll intervals and rate-limit reserve
   * @return the finished job and the number of bytes read
   */
  public LogFollowResult follow(String orgSlug, String jobId, Consumer<String> text, WaitOptions options) {
    BuildWaiter.nonNull("text", text);
    try (Utf8Sink sink = new Utf8Sink(text)) {
      return follow(orgSlug, jobId, sink, options);
    }
  }

  /**
   * Returns whether a job is finished: a terminal state, or a {@code finished_at}.
   *
   * @param job the job
   * @return true if its log will not grow any more
   */
  public static boolean isFinished(Job job) {
    if (job.finishedAt().isPresent()) {
      return true;
    }
    Optional<JobState> state = job.state();
    return state.isPresent() && state.get().isKnown() && TERMINAL.contains(state.get().value());
  }

  private void copyNewBytes(String orgSlug, String jobId, FollowState state, OutputStream out,
      WaitOptions options) {
    if (!state.needsTail(jobs.getJobLogSize(orgSlug, jobId, options.requestOptions()))) {
      return;
    }
    while (true) {
      GetJobLogParams params = state.tailRequest();
      try (RawResponse tail = jobs.getJobLogRaw(orgSlug, jobId, params, options.requestOptions())) {
        long skip = state.skipIn(tail);
        if (skip >= 0) {
          state.copied(copy(tail.body(), skip, out));
          return;
        }
      } catch (BuildkiteException e) {
        if (FollowState.isEmptyLog(e)) {
          return;                          // the log is empty after all
        }
        throw e;
      }
    }
  }

  static long copy(InputStream in, long skip, OutputStream out) {
    try {
      long skipped = 0;
      while (skipped < skip) {
        long n = in.skip(skip - skipped);
        if (n <= 0) {
          if (in.read() < 0) {
            return 0;
          }
          n = 1;
        }
        skipped += n;
      }
      long copied = in.transferTo(out);
      out.flush();
      return copied;
    } catch (IOException e) {
      throw new UncheckedIOException("copying the job log failed", e);
    }
  }

  /** Decodes bytes as UTF-8 for a text consumer, holding back a character split between two writes. */
  static final class Utf8Sink extends OutputStream {
    private final Consumer<String> text;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer pending = ByteBuffer.allocate(0);

    Utf8Sink(Consumer<String> text) {
      this.text = text;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int off, int len) {
      ByteBuffer in = ByteBuffer.allocate(pending.remaining() + len);
      in.put(pending).put(bytes, off, len).flip();
      CharBuffer chars = CharBuffer.allocate(in.remaining() + 1);
      decoder.decode(in, chars, false);
      pending = in.slice();
      chars.flip();
      if (chars.hasRemaining()) {
        text.accept(chars.toString());
      }
    }

    @Override
    public void close() {
      CharBuffer chars = CharBuffer.allocate(pending.remaining() + 2);
      decoder.decode(pending, chars, true);
      decoder.flush(chars);
      chars.flip();
      if (chars.hasRemaining()) {
        text.accept(chars.toString());
      }
    }
  }

  @Override
  public String toString() {
    return "JobLogFollower";
  }
}
