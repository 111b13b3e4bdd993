package io.github.bksdk.buildkite.examples;

import io.github.bksdk.buildkite.BuildkiteAsyncClient;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.CreateBuildRequest;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobState;
import io.github.bksdk.buildkite.retry.Scheduler;
import io.github.bksdk.buildkite.services.ListBuildsForPipelineParams;
import io.github.bksdk.buildkite.testkit.BuildScript;
import io.github.bksdk.buildkite.testkit.BuildStage;
import io.github.bksdk.buildkite.testkit.FakeBuildkite;
import io.github.bksdk.buildkite.testkit.FakeResponse;
import io.github.bksdk.buildkite.testkit.Route;
import io.github.bksdk.buildkite.waiting.BlockedPolicy;
import io.github.bksdk.buildkite.waiting.BuildWaitResult;
import io.github.bksdk.buildkite.waiting.JobLogFollower.LogFollowResult;
import io.github.bksdk.buildkite.waiting.WaitOptions;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches several builds at once without a thread per build: it triggers N builds of a pipeline concurrently with
 * {@code client.async()}, waits for all of them with {@code client.async().buildWaiter()} (a progress line per change
 * of state), follows the log of one failed job with the async log follower, and lists the pipeline's builds of the
 * last day with {@code forEachAsync} (async paging that fetches the next page while the current one is handled). It
 * prints how many threads the JVM had before the waits and at most during them: the waits are tasks on the client's
 * scheduler, not parked threads, so the number does not grow with N.
 *
 * <p>With {@code BUILDKITE_API_TOKEN} set it creates real builds: arguments (or {@code BUILDKITE_ORG},
 * {@code BUILDKITE_PIPELINE}) name the pipeline, then optionally N (default 3) and the branch (default
 * {@code main}). Without a token it starts the testkit's {@code FakeBuildkite}, scripts three builds (one fails) with
 * their jobs' logs and 45 older builds to list, and runs the same code against it; the waits between polls are
 * recorded, not slept.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl examples exec:java -Dexec.mainClass=io.github.bksdk.buildkite.examples.AsyncWatch
 * BUILDKITE_API_TOKEN=... ./mvnw -B -q -pl examples exec:java -Dexec.mainClass=io.github.bksdk.buildkite.examples.AsyncWatch \
 *     -Dexec.args="acme web-app 3 main"
 * }</pre>
 */
public final class AsyncWatch {
  /** How many builds are triggered when no count is given. */
  static final int DEFAULT_BUILDS = 3;
  private static final Set<String> FAILED_JOB_STATES = Set.of("failed", "timed_out", "broken");
  private static final int FAKE_OLDER_BUILDS = 45;

  private AsyncWatch() {}

  /**
   * Runs the example with the process environment.
   *
   * @param args organization, pipeline, number of builds and branch, all optional (see the class description)
   */
  public static void main(String[] args) {
    run(System.getenv(), args, System.out);
  }

  /**
   * Runs the example against the real API when the environment holds a token, else against a fake.
   *
   * @param env the environment
   * @param args the arguments
   * @param out where to print
   * @return the final state of each triggered build, by build number
   */
  public static List<String> run(Map<String, String> env, String[] args, PrintStream out) {
    if (TaskSetup.live(env)) {
      try (BuildkiteClient client = TaskSetup.liveClient(env)) {
        String org = TaskSetup.required(args, 0, env, TaskSetup.ORG_ENV);
        String pipeline = TaskSetup.required(args, 1, env, TaskSetup.PIPELINE_ENV);
        int count = TaskSetup.optional(args, 2, env, null).map(Integer::parseInt).orElse(DEFAULT_BUILDS);
        String branch = TaskSetup.optional(args, 3, env, null).orElse("main");
        return watch(client.async(), org, pipeline, branch, count, out);
      }
    }
    try (FakeBuildkite fake = FakeBuildkite.start()) {
      TaskSetup.announceFake(out, fake, "org, pipeline, N and branch as arguments");
      scriptFake(fake);
      // The fake answers at once; each wait between polls is recorded and then run at once on the SDK's timer.
      List<Duration> waits = new CopyOnWriteArrayList<>();
      Scheduler recording = (delay, task) -> {
        waits.add(delay);
        return Scheduler.system().schedule(Duration.ZERO, task);
      };
      try (BuildkiteClient client = fake.clientBuilder().scheduler(recording).build()) {
        List<String> states = watch(client.async(), "acme", "web-app", "main", DEFAULT_BUILDS, out);
        out.println("(" + fake.requests("getBuild").size() + " polls and fetches for " + DEFAULT_BUILDS
            + " builds; a real run would have spent " + TaskSetup.format(waits.stream()
                .reduce(Duration.ZERO, Duration::plus)) + " in " + waits.size() + " scheduled waits, none on a thread"
            + " of its own; " + fake.requests("listBuildsForPipeline").size() + " list pages)");
        TaskSetup.verifyFake(out, fake);
        return states;
      }
    }
  }

  /**
   * Triggers {@code count} builds at once, waits for all of them, follows one failed job's log and lists the
   * pipeline's builds of the last day, all through the async client.
   *
   * @param async the async client
   * @param org the organization slug
   * @param pipeline the pipeline slug
   * @param branch the branch to build
   * @param count how many builds to trigger, at least 1
   * @param out where to print
   * @return the final state of each build, by build number
   */
  static List<String> watch(BuildkiteAsyncClient async, String org, String pipeline, String branch, int count,
      PrintStream out) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int threadsBefore = threads.getThreadCount();
    AtomicInteger threadsDuring = new AtomicInteger(threadsBefore);

    List<CompletableFuture<BuildWaitResult>> waits = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      CreateBuildRequest request = CreateBuildRequest.builder().branch(branch).commit("HEAD")
          .message("Triggered by the Buildkite Java SDK async example (" + i + " of " + count + ")").build();
      waits.add(async.builds().createBuild(org, pipeline, request).thenCompose(build -> {
        out.println("Created build #" + build.number() + ": " + build.webUrl().orElse(build.url()));
        return async.buildWaiter().await(org, pipeline, build.number(), options(build.number(), out, threads,
            threadsDuring));
      }));
    }
    CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).join();
    out.println("Threads: " + threadsBefore + " before the waits, at most " + threadsDuring.get() + " while "
        + count + " builds were watched (no thread waits for a build)");

    List<String> states = new ArrayList<>();
    Optional<Job> failedJob = Optional.empty();
    // Reported by build number: the triggers ran concurrently, so which trigger got which number is not fixed.
    List<BuildWaitResult> results = waits.stream().map(CompletableFuture::join)
        .sorted(Comparator.comparingInt(r -> r.build().number())).toList();
    for (BuildWaitResult result : results) {
      Build build = result.build();
      states.add(build.state().asString());
      out.println("Build #" + build.number() + " finished: " + build.state().asString().toUpperCase(Locale.ROOT)
          + " after " + result.polls() + " polls");
      if (failedJob.isEmpty()) {
        failedJob = build.jobs().stream()
            .filter(job -> job.state().map(JobState::asString).filter(FAILED_JOB_STATES::contains).isPresent())
            .findFirst();
      }
    }

    failedJob.ifPresent(job -> followLog(async, org, job, out));
    listRecentBuilds(async, org, pipeline, out);
    return states;
  }

  /** The wait: 2 s between polls growing to 30 s, blocked builds keep waiting, a line per change of state. */
  private static WaitOptions options(int number, PrintStream out, ThreadMXBean threads, AtomicInteger threadsDuring) {
    String[] lastSeen = {""};
    return WaitOptions.builder()
        .timeout(Duration.ofHours(2))
        .blockedPolicy(BlockedPolicy.KEEP_WAITING)
        .progress(progress -> {
          threadsDuring.accumulateAndGet(threads.getThreadCount(), Math::max);
          String seen = progress.state().asString() + (progress.blocked() ? " (blocked)" : "");
          if (!seen.equals(lastSeen[0])) {
            out.printf("  #%d %6s  %s%n", number, TaskSetup.format(progress.elapsed()), seen);
            lastSeen[0] = seen;
          }
        })
        .build();
  }

  /** Follows a job's log with the async follower until the job has finished, quoting each line as it arrives. */
  private static void followLog(BuildkiteAsyncClient async, String org, Job job, PrintStream out) {
    out.println();
    out.println("Log of failed job " + job.name().or(job::label).orElse(job.id()) + ":");
    Console console = new Console(out);
    StringBuilder partial = new StringBuilder();
    LogFollowResult result = async.buildWaiter().logFollower().follow(org, job.id(), text -> {
      partial.append(text);
      for (int end = partial.indexOf("\n"); end >= 0; end = partial.indexOf("\n")) {
        console.quote("| ", partial.substring(0, end));
        partial.delete(0, end + 1);
      }
    }, WaitOptions.builder().timeout(Duration.ofHours(2)).build()).join();
    if (partial.length() > 0) {
      console.quote("| ", partial.toString());
    }
    out.println("(" + result.bytes() + " log bytes in " + result.polls() + " polls; job "
        + result.job().state().map(JobState::asString).orElse("?") + ")");
  }

  /** Lists the pipeline's builds of the last day with {@code forEachAsync}: one page fetched ahead. */
  private static void listRecentBuilds(BuildkiteAsyncClient async, String org, String pipeline, PrintStream out) {
    out.println();
    ListBuildsForPipelineParams params = ListBuildsForPipelineParams.builder()
        .createdFrom(OffsetDateTime.now(ZoneOffset.UTC).minusDays(1)).perPage(20).excludePipeline(true).build();
    Map<String, Integer> byState = new java.util.TreeMap<>();
    AtomicInteger listed = new AtomicInteger();
    async.builds().listBuildsForPipeline(org, pipeline, params)
        .thenCompose(page -> page.forEachAsync(build -> {
          synchronized (byState) {
            byState.merge(build.state().asString(), 1, Integer::sum);
          }
          listed.incrementAndGet();
        }))
        .join();
    out.println("Builds of " + pipeline + " in the last day: " + listed.get() + " " + byState);
  }

  private static void scriptFake(FakeBuildkite fake) {
    fake.script(BuildScript.of("acme", "web-app", 101)
        .stages(BuildStage.SCHEDULED, BuildStage.RUNNING, BuildStage.PASSED));
    fake.script(BuildScript.of("acme", "web-app", 102)
        .stages(BuildStage.SCHEDULED, BuildStage.RUNNING, BuildStage.RUNNING, BuildStage.FAILED));
    fake.script(BuildScript.of("acme", "web-app", 103)
        .stages(BuildStage.SCHEDULED, BuildStage.RUNNING, BuildStage.BLOCKED, BuildStage.RUNNING, BuildStage.PASSED));
    for (String jobId : TriggerAndWait.scriptJobIds(fake)) {
      fake.storeJobLog(jobId, FAKE_LOG);
      fake.respond(Route.request("GET", "/v2/organizations/acme/jobs/" + jobId), FakeResponse.json(200,
          fake.example("getJob", Map.of("id", jobId, "state", "failed", "exit_status", 1))));
    }
    fake.serveList(Route.operation("listBuildsForPipeline"), fake.exampleItems("listBuildsForPipeline",
        FAKE_OLDER_BUILDS));
  }

  private static final String FAKE_LOG = """
      ~~~ Running specs
      Finished spec 1 of 3
      Finished spec 2 of 3
      Failures:
        1) Checkout applies the discount code
           expected: 90
                got: 100
      3 examples, 1 failure
      """;
}
