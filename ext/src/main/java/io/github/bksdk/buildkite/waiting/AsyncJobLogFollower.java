package io.github.bksdk.buildkite.waiting;

import io.github.bksdk.buildkite.errors.RateLimitException;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.retry.Scheduler;
import io.github.bksdk.buildkite.services.GetJobLogParams;
import io.github.bksdk.buildkite.services.async.JobsServiceAsync;
import io.github.bksdk.buildkite.waiting.JobLogFollower.FollowState;
import io.github.bksdk.buildkite.waiting.JobLogFollower.LogFollowResult;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The non-blocking form of {@link JobLogFollower}: the same polls ({@code getJob}, the log's size by {@code HEAD},
 * only the new tail by {@code Range: bytes=-N}, asked for again wider when the {@code Content-Range} shows the log
 * grew meanwhile), the same decisions (when the job is finished, rate-limit pacing, 429 waits, the timeout), but no
 * thread waits while the job runs: each request is an async call and each wait between polls is a task on the
 * client's {@link Scheduler}.
 *
 * <pre>{@code
 * client.async().buildWaiter().logFollower()
 *     .follow("acme", jobId, System.out, WaitOptions.defaults())
 *     .thenAccept(r -> System.out.println(r.bytes() + " log bytes"));
 * }</pre>
 *
 * <p>The returned future completes with the {@link LogFollowResult}, or exceptionally with the same exceptions the
 * blocking follower throws ({@link WaitTimeoutException}, a {@link io.github.bksdk.buildkite.errors.BuildkiteException},
 * an {@link java.io.UncheckedIOException} when writing fails). Cancelling it stops the follow: the request in flight
 * is cancelled (which aborts its exchange) or the pending wait is dropped, and no further request is made. New log
 * bytes are written, and text handed on, on the thread that completed the tail request (the client's async pool);
 * the tail's body is read there too, and it holds only the bytes that are new. Invalid arguments throw at once,
 * before any request.
 *
 * <p>A follower is stateless and thread-safe; any number of follows can run at once.
 */
public final class AsyncJobLogFollower {
  private final JobsServiceAsync jobs;
  private final Scheduler scheduler;
  private final Clock clock;

  private AsyncJobLogFollower(JobsServiceAsync jobs, Scheduler scheduler, Clock clock) {
    this.jobs = jobs;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  /**
   * Creates an async follower over the given service; {@code client.async().buildWaiter().logFollower()} does this
   * with the client's own scheduler and clock.
   *
   * @param jobs the async jobs service
   * @param scheduler where the waits between polls are scheduled
   * @param clock the time source of the timeout and of rate-limit windows
   * @return the follower
   * @throws IllegalArgumentException if an argument is null
   */
  public static AsyncJobLogFollower create(JobsServiceAsync jobs, Scheduler scheduler, Clock clock) {
    return new AsyncJobLogFollower(BuildWaiter.nonNull("jobs", jobs), BuildWaiter.nonNull("scheduler", scheduler),
        BuildWaiter.nonNull("clock", clock));
  }

  /**
   * Copies the job's log to {@code out} as it grows, until the job finishes, without blocking; the stream is
   * flushed after each chunk and not closed.
   *
   * @param orgSlug the organization slug
   * @param jobId the job ID
   * @param out where the raw log bytes go
   * @param options the timeout, poll intervals and rate-limit reserve
   * @return a future of the finished job and the number of bytes written
   * @throws IllegalArgumentException if an argument is null or blank, before any request
   */
  public CompletableFuture<LogFollowResult> follow(String orgSlug, String jobId, OutputStream out,
      WaitOptions options) {
    BuildWaiter.notBlank("orgSlug", orgSlug);
    BuildWaiter.notBlank("jobId", jobId);
    BuildWaiter.nonNull("out", out);
    BuildWaiter.nonNull("options", options);
    return new Run(orgSlug, jobId, out, options).start();
  }

  /**
   * Same as {@link #follow(String, String, OutputStream, WaitOptions)}, handing the log to {@code text} as UTF-8
   * text chunks; a character split across two fetches is held back until it is complete.
   *
   * @param orgSlug the organization slug
   * @param jobId the job ID
   * @param text receives each new piece of text (not necessarily whole lines)
   * @param options the timeout, poll intervals and rate-limit reserve
   * @return a future of the finished job and the number of bytes read
   * @throws IllegalArgumentException if an argument is null or blank, before any request
   */
  public CompletableFuture<LogFollowResult> follow(String orgSlug, String jobId, Consumer<String> text,
      WaitOptions options) {
    BuildWaiter.nonNull("text", text);
    BuildWaiter.notBlank("orgSlug", orgSlug);
    BuildWaiter.notBlank("jobId", jobId);
    BuildWaiter.nonNull("options", options);
    JobLogFollower.Utf8Sink sink = new JobLogFollower.Utf8Sink(text);
    CompletableFuture<LogFollowResult> result = new Run(orgSlug, jobId, sink, options).start();
    CompletableFuture<LogFollowResult> out = new CompletableFuture<>();
    out.whenComplete((r, e) -> {
      if (out.isCancelled()) {
        result.cancel(true);
      }
    });
    result.whenComplete((r, e) -> {
      try {
        sink.close();                      // hand on what the last chunk held back, as the blocking form does
      } catch (RuntimeException closing) {
        if (e == null) {
          out.completeExceptionally(closing);
          return;
        }
      }
      if (e != null) {
        out.completeExceptionally(AsyncRun.unwrap(e));
      } else {
        out.complete(r);
      }
    });
    return out;
  }

  /** One follow: the shared decisions of {@link FollowState}, driven by completions instead of a loop. */
  private final class Run extends AsyncRun<LogFollowResult> {
    private final String orgSlug;
    private final String jobId;
    private final OutputStream out;
    private final WaitOptions options;
    private final FollowState state;

    Run(String orgSlug, String jobId, OutputStream out, WaitOptions options) {
      this.orgSlug = orgSlug;
      this.jobId = jobId;
      this.out = out;
      this.options = options;
      this.state = new FollowState(jobId, options, new Pacer(null, clock, options));
    }

    CompletableFuture<LogFollowResult> start() {
      return begin(this::poll);
    }

    private void poll() {
      if (result.isDone()) {
        return;
      }
      try {
        CompletableFuture<Response<Job>> call = jobs.getJobWithResponse(orgSlug, jobId, options.requestOptions());
        hold(call);
        call.whenComplete(this::jobAnswered);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    }

    private void jobAnswered(Response<Job> response, Throwable error) {
      if (result.isDone()) {
        return;
      }
      if (error != null) {
        failed(error);
        return;
      }
      try {
        boolean finished = state.onJob(response.value());
        CompletableFuture<OptionalLong> size = jobs.getJobLogSize(orgSlug, jobId, options.requestOptions());
        hold(size);
        size.whenComplete((bytes, failure) -> sized(bytes, failure, response, finished));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    }

    private void sized(OptionalLong size, Throwable error, Response<Job> response, boolean finished) {
      if (result.isDone()) {
        return;
      }
      if (error != null) {
        failed(error);
        return;
      }
      try {
        if (state.needsTail(size)) {
          tail(response, finished);
        } else {
          copiedAll(response, finished);
        }
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    }

    private void tail(Response<Job> response, boolean finished) {
      GetJobLogParams params = state.tailRequest();
      CompletableFuture<RawResponse> call = jobs.getJobLogRaw(orgSlug, jobId, params, options.requestOptions());
      hold(call);
      call.whenComplete((tail, error) -> {
        if (result.isDone()) {
          if (tail != null) {
            tail.close();
          }
          return;
        }
        if (error != null) {
          if (FollowState.isEmptyLog(AsyncRun.unwrap(error))) {
            copiedAll(response, finished);   // the log is empty after all
          } else {
            failed(error);
          }
          return;
        }
        try {
          boolean widened;
          try (RawResponse answer = tail) {
            long skip = state.skipIn(answer);
            widened = skip < 0;
            if (!widened) {
              state.copied(JobLogFollower.copy(answer.body(), skip, out));
            }
          }
          if (widened) {
            tail(response, finished);
          } else {
            copiedAll(response, finished);
          }
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
        }
      });
    }

    /** This poll's new bytes are written: ends the follow if the job was finished, or waits for the next poll. */
    private void copiedAll(Response<Job> response, boolean finished) {
      try {
        if (finished) {
          result.complete(state.result());
        } else {
          waitThenPoll(state.pacer.delayAfter(response.rateLimit()));
        }
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    }

    /** A request failed: a 429 the client's retries did not absorb means wait and go on; anything else ends it. */
    private void failed(Throwable error) {
      Throwable cause = AsyncRun.unwrap(error);
      if (!(cause instanceof RateLimitException limited)) {
        result.completeExceptionally(cause);
        return;
      }
      try {
        waitThenPoll(state.pacer.delayAfterRateLimited(limited.retryAfter()));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    }

    private void waitThenPoll(Duration delay) {
      state.failIfExpired();
      hold(scheduler.schedule(state.pacer.clamp(delay), this::poll));
    }
  }

  @Override
  public String toString() {
    return "AsyncJobLogFollower";
  }
}
