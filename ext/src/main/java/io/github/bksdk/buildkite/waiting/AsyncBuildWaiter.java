package io.github.bksdk.buildkite.waiting;

import io.github.bksdk.buildkite.errors.RateLimitException;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.CreateBuildRequest;
import io.github.bksdk.buildkite.retry.Scheduler;
import io.github.bksdk.buildkite.services.GetBuildParams;
import io.github.bksdk.buildkite.services.async.BuildsServiceAsync;
import io.github.bksdk.buildkite.services.async.JobsServiceAsync;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking form of {@link BuildWaiter}: the same slim polls, the same decisions (terminal states, the
 * {@link BlockedPolicy}, rate-limit pacing, 429 waits, the timeout) and the same final fetch with jobs, but no thread
 * is held while the build runs: each poll is an async request and each wait between polls is a task on the client's
 * {@link Scheduler}.
 *
 * <pre>{@code
 * client.async().buildWaiter()
 *     .createAndWait("acme", "web-app", CreateBuildRequest.builder().commit("HEAD").branch("main").build(),
 *         WaitOptions.builder().timeout(Duration.ofMinutes(20)).build())
 *     .thenAccept(result -> System.out.println(result.build().state().asString()));
 * }</pre>
 *
 * <p>The returned future completes with the {@link BuildWaitResult}, or exceptionally with the same exceptions the
 * blocking waiter throws ({@link WaitTimeoutException}, {@link BuildBlockedException}, a
 * {@link io.github.bksdk.buildkite.errors.BuildkiteException}). Cancelling it stops the wait: the poll in flight is
 * cancelled (which aborts its exchange) or the pending wait is dropped, and no further request is made. The progress
 * callback runs on the thread that completed the poll. Invalid arguments throw at once, before any request.
 *
 * <p>An async waiter is stateless and thread-safe; any number of waits can run at once.
 */
public final class AsyncBuildWaiter {
  private static final GetBuildParams POLL = GetBuildParams.builder().excludeJobs(true).excludePipeline(true).build();

  private final BuildsServiceAsync builds;
  private final JobsServiceAsync jobs;
  private final Scheduler scheduler;
  private final Clock clock;

  private AsyncBuildWaiter(BuildsServiceAsync builds, JobsServiceAsync jobs, Scheduler scheduler, Clock clock) {
    this.builds = builds;
    this.jobs = jobs;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  /**
   * Creates an async waiter over the given service; {@code client.async().buildWaiter()} does this with the
   * client's own scheduler and clock.
   *
   * @param builds the async builds service
   * @param scheduler where the waits between polls are scheduled
   * @param clock the time source of the timeout and of rate-limit windows
   * @return the waiter
   */
  public static AsyncBuildWaiter create(BuildsServiceAsync builds, Scheduler scheduler, Clock clock) {
    return new AsyncBuildWaiter(BuildWaiter.nonNull("builds", builds), null,
        BuildWaiter.nonNull("scheduler", scheduler), BuildWaiter.nonNull("clock", clock));
  }

  /**
   * Creates an async waiter that can also {@link #logFollower() follow job logs}; {@code client.async().buildWaiter()}
   * does this with the client's own services, scheduler and clock.
   *
   * @param builds the async builds service
   * @param jobs the async jobs service (used by {@link #logFollower()})
   * @param scheduler where the waits between polls are scheduled
   * @param clock the time source of the timeout and of rate-limit windows
   * @return the waiter
   * @throws IllegalArgumentException if an argument is null
   */
  public static AsyncBuildWaiter create(BuildsServiceAsync builds, JobsServiceAsync jobs, Scheduler scheduler,
      Clock clock) {
    return new AsyncBuildWaiter(BuildWaiter.nonNull("builds", builds), BuildWaiter.nonNull("jobs", jobs),
        BuildWaiter.nonNull("scheduler", scheduler), BuildWaiter.nonNull("clock", clock));
  }

  /**
   * Returns a follower that copies a running job's log as it grows without holding a thread, waiting on the same
   * scheduler and clock as this waiter; the async form of {@link BuildWaiter#logFollower()}.
   *
   * @return the async log follower
   * @throws IllegalStateException if this waiter was created without a jobs service
   */
  public AsyncJobLogFollower logFollower() {
    if (jobs == null) {
      throw new IllegalStateException("this waiter was created without a jobs service; create it with "
          + "create(builds, jobs, scheduler, clock) to follow logs");
    }
    return AsyncJobLogFollower.create(jobs, scheduler, clock);
  }

  /**
   * Waits for a build with the {@link WaitOptions#defaults() default options}.
   *
   * @param orgSlug the organization slug
   * @param pipelineSlug the pipeline slug
   * @param number the build number
   * @return a future of how the wait ended, with the final build
   * @throws IllegalArgumentException if an argument is null or blank, before any request
   */
  public CompletableFuture<BuildWaitResult> await(String orgSlug, String pipelineSlug, int number) {
    return await(orgSlug, pipelineSlug, number, WaitOptions.defaults());
  }

  /**
   * Polls a build until it reaches a terminal state, or is blocked under {@link BlockedPolicy#RETURN}, then fetches
   * it once more in full; see {@link BuildWaiter#await(String, String, int, WaitOptions)} for the decisions.
   *
   * @param orgSlug the organization slug
   * @param pipelineSlug the pipeline slug
   * @param number the build number
   * @param options the timeout, intervals, blocked policy and progress callback
   * @return a future of how the wait ended, with the final build and its jobs
   * @throws IllegalArgumentException if an argument is null or blank, before any request
   */
  public CompletableFuture<BuildWaitResult> await(String orgSlug, String pipelineSlug, int number,
      WaitOptions options) {
    BuildWaiter.notBlank("orgSlug", orgSlug);
    BuildWaiter.notBlank("pipelineSlug", pipelineSlug);
    BuildWaiter.nonNull("options", options);
    return new Run(orgSlug, pipelineSlug, number, options).start();
  }

  /**
   * Creates a build and waits for it, without blocking; same as {@code createBuild} followed by
   * {@link #await(String, String, int, WaitOptions)}.
   *
   * @param orgSlug the organization slug
   * @param pipelineSlug the pipeline slug
   * @param request the build to create
   * @param options how to wait
   * @return a future of how the wait ended, with the final build and its jobs
   * @throws IllegalArgumentException if an argument is null or blank, before any request
   */
  public CompletableFuture<BuildWaitResult> createAndWait(String orgSlug, String pipelineSlug,
      CreateBuildRequest request, WaitOptions options) {
    BuildWaiter.notBlank("orgSlug", orgSlug);
    BuildWaiter.notBlank("pipelineSlug", pipelineSlug);
    BuildWaiter.nonNull("request", request);
    BuildWaiter.nonNull("options", options);
    CompletableFuture<BuildWaitResult> result = new CompletableFuture<>();
    CompletableFuture<Build> created = builds.createBuild(orgSlug, pipelineSlug, request, options.requestOptions());
    result.whenComplete((r, e) -> {
      if (result.isCancelled()) {
        created.cancel(true);
      }
    });
    created.whenComplete((build, error) -> {
      if (error != null) {
        result.completeExceptionally(AsyncRun.unwrap(error));
      } else if (!result.isDone()) {
        CompletableFuture<BuildWaitResult> wait = new Run(orgSlug, pipelineSlug, build.number(), options).start();
        result.whenComplete((r, e) -> {
          if (result.isCancelled()) {
            wait.cancel(true);
          }
        });
        wait.whenComplete((r, e) -> {
          if (e != null) {
            result.completeExceptionally(AsyncRun.unwrap(e));
          } else {
            result.complete(r);
          }
        });
      }
    });
    return result;
  }

  /** One wait: the shared decisions of {@link BuildWaiter.WaitState}, driven by completions instead of a loop. */
  private final class Run extends AsyncRun<BuildWaitResult> {
    private final String orgSlug;
    private final String pipelineSlug;
    private final int number;
    private final WaitOptions options;
    private final BuildWaiter.WaitState state;

    Run(String orgSlug, String pipelineSlug, int number, WaitOptions options) {
      this.orgSlug = orgSlug;
      this.pipelineSlug = pipelineSlug;
      this.number = number;
      this.options = options;
      this.state = new BuildWaiter.WaitState(pipelineSlug, number, options, new Pacer(null, clock, options));
    }

    CompletableFuture<BuildWaitResult> start() {
      return begin(this::poll);
    }

    private void poll() {
      if (result.isDone()) {
        return;
      }
      CompletableFuture<Response<Build>> call = builds.getBuildWithResponse(orgSlug, pipelineSlug, number, POLL,
          options.requestOptions());
      hold(call);
      call.whenComplete(this::answered);
    }

    private void answered(Response<Build> response, Throwable error) {
      if (result.isDone()) {
        return;
      }
      try {
        Duration delay;
        if (error != null) {
          Throwable cause = AsyncRun.unwrap(error);
          if (!(cause instanceof RateLimitException limited)) {
            result.completeExceptionally(cause);
            return;
          }
          delay = state.pacer.delayAfterRateLimited(limited.retryAfter());
        } else {
          WaitOutcome outcome = state.onAnswer(response.value());
          if (outcome != null) {
            finish(outcome);
            return;
          }
          delay = state.pacer.delayAfter(response.rateLimit());
        }
        state.failIfExpired();
        hold(scheduler.schedule(state.pacer.clamp(delay), this::poll));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    }

    private void finish(WaitOutcome outcome) {
      CompletableFuture<Build> full = builds.getBuild(orgSlug, pipelineSlug, number, GetBuildParams.none(),
          options.requestOptions());
      hold(full);
      full.whenComplete((build, error) -> {
        if (error != null) {
          result.completeExceptionally(AsyncRun.unwrap(error));
        } else {
          result.complete(new BuildWaitResult(build, outcome, state.pacer.elapsed(), state.polls));
        }
      });
    }
  }

  @Override
  public String toString() {
    return "AsyncBuildWaiter";
  }
}
