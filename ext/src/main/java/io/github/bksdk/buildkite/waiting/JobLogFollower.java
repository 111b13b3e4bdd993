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
    Pacer pacer = new Pacer(sleeper, clock, options.timeout());
    Duration interval = options.initialInterval();
    long offset = 0;
    int polls = 0;
    Job last = null;
    while (true) {
      Duration wait;
      try {
        Response<Job> response = jobs.getJobWithResponse(orgSlug, jobId, options.requestOptions());
        Job job = response.value();
        last = job;
        polls++;
        boolean finished = isFinished(job);
        offset = copyNewBytes(orgSlug, jobId, offset, out, options);
        if (finished) {
          return new LogFollowResult(job, offset, polls);
        }
        wait = Pacer.max(interval, pacer.rateLimitWait(response.rateLimit(), options.reserveFraction()));
      } catch (RateLimitException e) {
        wait = Pacer.max(Pacer.max(interval, e.retryAfter()), Pacer.MIN_RATE_LIMIT_WAIT);
      }
      if (pacer.expired()) {
        throw new WaitTimeoutException("job " + jobId + " did not finish within " + options.timeout() + " ("
            + offset + " log bytes read)", last, pacer.elapsed(), polls);
      }
      pacer.sleep(wait);
      interval = options.next(interval);
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

  private long copyNewBytes(String orgSlug, String jobId, long offset, OutputStream out, WaitOptions options) {
    OptionalLong size = jobs.getJobLogSize(orgSlug, jobId, options.requestOptions());
    if (size.isEmpty() || size.getAsLong() <= offset) {
      return offset;
    }
    long wanted = size.getAsLong() - offset;
    for (int attempt = 0; attempt <= MAX_WIDENINGS; attempt++) {
      GetJobLogParams params = GetJobLogParams.builder().accept("text/plain").range("bytes=-" + wanted).build();
      try (RawResponse tail = jobs.getJobLogRaw(orgSlug, jobId, params, options.requestOptions())) {
        long start;
        if (tail.statusCode() == 206) {
          Optional<String> range = tail.header("Content-Range");
          Matcher m = range.map(CONTENT_RANGE::matcher).filter(Matcher::matches).orElse(null);
          if (m == null) {
            throw new BuildkiteIoException("a 206 log tail came without a usable Content-Range (" + range.orElse("none")
                + ")", null);
          }
          start = Long.parseLong(m.group(1));
          if (start > offset) {
            wanted += start - offset;      // the log grew since the HEAD: ask for a wider tail
            continue;
          }
        } else {
          start = 0;                       // the whole log came back
        }
        return offset + copy(tail.body(), offset - start, out);
      } catch (BuildkiteException e) {
        if (e.statusCode() == 416) {
          return offset;                   // the log is empty after all
        }
        throw e;
      }
    }
    throw new BuildkiteIoException("job " + jobId + "'s log kept growing faster than its tail could be read", null);
  }

  private static long copy(InputStream in, long skip, OutputStream out) {
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
  private static final class Utf8Sink extends OutputStream {
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
