package io.github.bksdk.buildkite.waiting;

import io.github.bksdk.buildkite.errors.RateLimitException;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.BuildState;
import io.github.bksdk.buildkite.model.CreateBuildRequest;
import io.github.bksdk.buildkite.retry.Sleeper;
import io.github.bksdk.buildkite.services.BuildsService;
import io.github.bksdk.buildkite.services.GetBuildParams;
import io.github.bksdk.buildkite.services.JobsService;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Waits until a build finishes: trigger-and-wait without hand-written polling loops.
 *
 * <pre>{@code
 * BuildWaitResult result = client.buildWaiter().createAndWait("acme", "web-app",
 *     CreateBuildRequest.builder().commit("HEAD").branch("main").build(),
 *     WaitOptions.builder().timeout(Duration.ofMinutes(20)).blockedPolicy(BlockedPolicy.FAIL).build());
 * System.out.println(result.build().state().asString() + " after " + result.polls() + " polls");
 * }</pre>
 *
 * <p>Each poll is a {@code getBuild} with {@code exclude_jobs} and {@code exclude_pipeline}, so it costs one request
 * and a small body; when the wait ends, the build is fetched once more in full, with its jobs. The terminal states
 * are {@code passed}, {@code failed}, {@code canceled}, {@code skipped} and {@code not_run}; {@code failing},
 * {@code canceling} and any state this SDK does not know yet count as not finished. A blocked build
 * ({@code blocked: true}; it keeps its previous state) is handled by the {@link BlockedPolicy} of the options.
 *
 * <p>Polls start {@link WaitOptions#initialInterval()} apart and grow to {@link WaitOptions#maxInterval()}. The
 * waiter reads the rate-limit headers of every poll and spaces its polls out when a window runs low; a
 * {@link RateLimitException} (after the client's own retries) makes it wait the time the server asked for and
 * continue. When {@link WaitOptions#timeout()} passes first, it throws {@link WaitTimeoutException} carrying the last
 * build seen; the build itself keeps running. All waits go through the client's {@link Sleeper} and {@link Clock}.
 *
 * <p>A waiter is stateless and thread-safe; one call waits on the calling thread.
 */
public final class BuildWaiter {
  private static final Set<BuildState.Value> TERMINAL = Set.of(BuildState.Value.PASSED, BuildState.Value.FAILED,
      BuildState.Value.CANCELED, BuildState.Value.SKIPPED, BuildState.Value.NOT_RUN);
  private static final GetBuildParams POLL = GetBuildParams.builder().excludeJobs(true).excludePipeline(true).build();

  private final BuildsService builds;
  private final JobsService jobs;
  private final Sleeper sleeper;
  private final Clock clock;

  private BuildWaiter(BuildsService builds, JobsService jobs, Sleeper sleeper, Clock clock) {
    this.builds = builds;
    this.jobs = jobs;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /**
   * Creates a waiter over the given services; {@code client.buildWaiter()} does this with the client's own sleeper
   * and clock. Useful with fake services in tests.
   *
   * @param builds the builds service
   * @param jobs the jobs service (used by {@link #logFollower()})
   * @param sleeper how to wait between polls
   * @param clock the time source of the timeout and of rate-limit windows
   * @return the waiter
   */
  public static BuildWaiter create(BuildsService builds, JobsService jobs, Sleeper sleeper, Clock clock) {
    return new BuildWaiter(nonNull("builds", builds), nonNull("jobs", jobs), nonNull("sleeper", sleeper),
        nonNull("clock", clock));
  }

  /** {@return a log follower that waits with the same sleeper and clock as this waiter} */
  public JobLogFollower logFollower() {
    return new JobLogFollower(jobs, sleeper, clock);
  }

  /**
   * Waits for a build with the {@link WaitOptions#defaults() default options}.
   *
   * @param orgSlug the organization slug
   * @param pipelineSlug the pipeline slug
   * @param number the build number
   * @return how the wait ended, with the final build
   * @throws WaitTimeoutException if the default timeout passes first
   */
  public BuildWaitResult await(String orgSlug, String pipelineSlug, int number) {
    return await(orgSlug, pipelineSlug, number, WaitOptions.defaults());
  }

  /**
   * Polls a build until it reaches a terminal state, or is blocked under {@link BlockedPolicy#RETURN}, then fetches
   * it once more in full.
   *
   * @param orgSlug the organization slug
   * @param pipelineSlug the pipeline slug
   * @param number the build number
   * @param options the timeout, intervals, blocked policy and progress callback
   * @return how the wait ended, with the final build and its jobs
   * @throws WaitTimeoutException if the timeout passes before the build finishes
   * @throws BuildBlockedException if the build is blocked under {@link BlockedPolicy#FAIL}
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if a request fails for another reason
   * @throws IllegalArgumentException if an argument is null or blank, before any request
   */
  public BuildWaitResult await(String orgSlug, String pipelineSlug, int number, WaitOptions options) {
    notBlank("orgSlug", orgSlug);
    notBlank("pipelineSlug", pipelineSlug);
    nonNull("options", options);
    WaitState wait = new WaitState(pipelineSlug, number, options, new Pacer(sleeper, clock, options));
    while (true) {
      Duration delay;
      try {
        Response<Build> response = builds.getBuildWithResponse(orgSlug, pipelineSlug, number, POLL,
            options.requestOptions());
        WaitOutcome outcome = wait.onAnswer(response.value());
        if (outcome != null) {
          return finish(orgSlug, pipelineSlug, number, options, outcome, wait.pacer, wait.polls);
        }
        delay = wait.pacer.delayAfter(response.rateLimit());
      } catch (RateLimitException e) {
        delay = wait.pacer.delayAfterRateLimited(e.retryAfter());
      }
      wait.failIfExpired();
      wait.pacer.sleep(delay);
    }
  }

  /**
   * One wait in progress and what each poll's answer means for it: when it ends, how long to wait before the next
   * poll, when it has run out of time. The loop around it only fetches and waits.
   */
  static final class WaitState {
    private final String pipelineSlug;
    private final int number;
    private final WaitOptions options;
    final Pacer pacer;
    private Build last;
    int polls;

    WaitState(String pipelineSlug, int number, WaitOptions options, Pacer pacer) {
      this.pipelineSlug = pipelineSlug;
      this.number = number;
      this.options = options;
      this.pacer = pacer;
    }

    /**
     * Takes one poll's answer: reports progress, and returns how the wait ends with it, or {@code null} to go on.
     *
     * @throws BuildBlockedException if the build is blocked and the policy is {@link BlockedPolicy#FAIL}
     */
    WaitOutcome onAnswer(Build build) {
      last = build;
      polls++;
      boolean blocked = isBlocked(build);
      options.progress().accept(new BuildProgress(build.state(), blocked, pacer.elapsed(), polls));
      if (blocked) {
        switch (options.blockedPolicy()) {
          case RETURN:
            return WaitOutcome.BLOCKED;
          case FAIL:
            throw new BuildBlockedException("build " + number + " of " + pipelineSlug + " is blocked (state "
                + build.state().asString() + ") after " + polls + " polls", build);
          default:
            return null;
        }
      }
      return isFinished(build.state()) ? WaitOutcome.FINISHED : null;
    }

    /** @throws WaitTimeoutException if the wait's timeout has passed */
    void failIfExpired() {
      if (pacer.expired()) {
        throw new WaitTimeoutException("build " + number + " of " + pipelineSlug + " did not finish within "
            + options.timeout() + (last == null ? "" : " (last state " + last.state().asString()
            + (isBlocked(last) ? ", blocked" : "") + ")") + " after " + polls + " polls", last, pacer.elapsed(),
            polls);
      }
    }
  }

  /**
   * Creates a build and waits for it; same as {@code createBuild} followed by
   * {@link #await(String, String, int, WaitOptions)}. The create request is not retried on its own beyond the
   * client's retry policy (which never repeats a POST that may have reached the server).
   *
   * @param orgSlug the organization slug
   * @param pipelineSlug the pipeline slug
   * @param request the build to create
   * @param options how to wait
   * @return how the wait ended, with the final build and its jobs
   * @throws WaitTimeoutException if the timeout passes before the build finishes
   * @throws BuildBlockedException if the build is blocked under {@link BlockedPolicy#FAIL}
   */
  public BuildWaitResult createAndWait(String orgSlug, String pipelineSlug, CreateBuildRequest request,
      WaitOptions options) {
    notBlank("orgSlug", orgSlug);
    notBlank("pipelineSlug", pipelineSlug);
    nonNull("request", request);
    nonNull("options", options);
    Build created = builds.createBuild(orgSlug, pipelineSlug, request, options.requestOptions());
    return await(orgSlug, pipelineSlug, created.number(), options);
  }

  /**
   * Returns whether a state is terminal: passed, failed, canceled, skipped or not_run. Failing, canceling, blocked
   * and unknown states are not.
   *
   * @param state the state
   * @return true if the build will not change state any more
   */
  public static boolean isFinished(BuildState state) {
    return state != null && state.isKnown() && TERMINAL.contains(state.value());
  }

  /**
   * Returns whether a build is waiting at a block step: {@code blocked: true}, or the legacy {@code state: blocked}.
   *
   * @param build the build
   * @return true if blocked
   */
  public static boolean isBlocked(Build build) {
    return build.blocked().orElse(false) || (build.state().isKnown() && build.state().value() == BuildState.Value.BLOCKED);
  }

  private BuildWaitResult finish(String orgSlug, String pipelineSlug, int number, WaitOptions options,
      WaitOutcome outcome, Pacer pacer, int polls) {
    Build full = builds.getBuild(orgSlug, pipelineSlug, number, GetBuildParams.none(), options.requestOptions());
    return new BuildWaitResult(full, outcome, pacer.elapsed(), polls);
  }

  static <T> T nonNull(String name, T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  static void notBlank(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
  }

  @Override
  public String toString() {
    return "BuildWaiter";
  }
}
