package io.github.bksdk.buildkite.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.errors.BuildkiteException;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.CreateBuildRequest;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobState;
import io.github.bksdk.buildkite.testkit.BuildScript;
import io.github.bksdk.buildkite.testkit.BuildStage;
import io.github.bksdk.buildkite.testkit.FakeBuildkite;
import io.github.bksdk.buildkite.waiting.BlockedPolicy;
import io.github.bksdk.buildkite.waiting.BuildWaiter;
import io.github.bksdk.buildkite.waiting.WaitOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Triggers a build and waits for its result, then prints the last lines of every failed job's log: what a deploy
 * script or a chat bot does. It shows {@code createBuild}, the SDK's {@link BuildWaiter} (polling {@code getBuild}
 * with a growing interval until the build reaches a final state, saying so once when it waits at a block step), and
 * {@code client.jobLogs().tail(...)}, which fetches only the end of a log with a {@code Range} request.
 *
 * <p>With {@code BUILDKITE_API_TOKEN} set it creates a real build: arguments (or {@code BUILDKITE_ORG},
 * {@code BUILDKITE_PIPELINE}) name the pipeline, then optionally the branch (default {@code main}) and the commit
 * (default {@code HEAD}). Without a token it starts the testkit's {@code FakeBuildkite}, scripts a build that goes
 * scheduled, running, blocked, running, failed, with one failed job and its log, and runs the same code against it.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl examples exec:java -Dexec.mainClass=io.github.bksdk.buildkite.examples.TriggerAndWait
 * BUILDKITE_API_TOKEN=... ./mvnw -B -q -pl examples exec:java -Dexec.mainClass=io.github.bksdk.buildkite.examples.TriggerAndWait \
 *     -Dexec.args="acme web-app main HEAD"
 * }</pre>
 */
public final class TriggerAndWait {
  private static final Set<String> FAILED_JOB_STATES = Set.of("failed", "timed_out", "broken");
  private static final Duration FIRST_INTERVAL = Duration.ofSeconds(2);
  private static final Duration MAX_INTERVAL = Duration.ofSeconds(30);
  private static final Duration GIVE_UP_AFTER = Duration.ofHours(2);

  private TriggerAndWait() {}

  /**
   * Runs the example with the process environment.
   *
   * @param args organization, pipeline, branch and commit, all optional (see the class description)
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
   * @return the build's final state
   */
  public static String run(Map<String, String> env, String[] args, PrintStream out) {
    if (TaskSetup.live(env)) {
      try (BuildkiteClient client = TaskSetup.liveClient(env)) {
        String org = TaskSetup.required(args, 0, env, TaskSetup.ORG_ENV);
        String pipeline = TaskSetup.required(args, 1, env, TaskSetup.PIPELINE_ENV);
        String branch = TaskSetup.optional(args, 2, env, null).orElse("main");
        String commit = TaskSetup.optional(args, 3, env, null).orElse("HEAD");
        return triggerAndWait(client, org, pipeline, branch, commit, client.buildWaiter(), out);
      }
    }
    try (FakeBuildkite fake = FakeBuildkite.start()) {
      TaskSetup.announceFake(out, fake, "org and pipeline as arguments or BUILDKITE_ORG/BUILDKITE_PIPELINE");
      fake.script(BuildScript.of("acme", "web-app", 42).stages(BuildStage.SCHEDULED, BuildStage.RUNNING,
          BuildStage.BLOCKED, BuildStage.RUNNING, BuildStage.FAILED));
      for (String jobId : scriptJobIds(fake)) {
        fake.storeJobLog(jobId, fakeLog());
      }
      // The fake answers at once; the waits between polls are recorded, not slept.
      List<Duration> waits = new ArrayList<>();
      try (BuildkiteClient client = fake.client()) {
        BuildWaiter recording = BuildWaiter.create(client.builds(), client.jobs(), waits::add, Clock.systemUTC());
        String state = triggerAndWait(client, "acme", "web-app", "main", "HEAD", recording, out);
        out.println("(polled " + (fake.requests("getBuild").size() - 1) + " times, then fetched the build with its"
            + " jobs; a real run would have waited "
            + TaskSetup.format(waits.stream().reduce(Duration.ZERO, Duration::plus)) + " between polls)");
        TaskSetup.verifyFake(out, fake);
        return state;
      }
    }
  }

  /**
   * Creates a build, waits until it has finished and prints the log tails of its failed jobs.
   *
   * @param client the client
   * @param org the organization slug
   * @param pipeline the pipeline slug
   * @param branch the branch to build
   * @param commit the commit to build ({@code HEAD} for the branch's latest)
   * @param waiter the waiter that polls the build ({@code client.buildWaiter()} in a real run)
   * @param out where to print
   * @return the final state, such as {@code passed}
   */
  static String triggerAndWait(BuildkiteClient client, String org, String pipeline, String branch, String commit,
      BuildWaiter waiter, PrintStream out) {
    Build build = client.builds().createBuild(org, pipeline, CreateBuildRequest.builder()
        .branch(branch).commit(commit).message("Triggered by the Buildkite Java SDK example").build());
    out.println("Created build #" + build.number() + " on " + branch + ": " + build.webUrl().orElse(build.url()));
    build = waitUntilFinished(waiter, org, pipeline, build.number(), out);
    String state = build.state().asString();
    out.println("Build #" + build.number() + " finished: " + state.toUpperCase(java.util.Locale.ROOT));
    for (Job job : build.jobs()) {
      if (job.state().map(JobState::asString).filter(FAILED_JOB_STATES::contains).isEmpty()) {
        continue;
      }
      out.println();
      out.println("Failed job: " + job.name().or(job::label).orElse(job.id()) + " (exit status "
          + job.exitStatus().map(String::valueOf).orElse("none") + ")");
      try {
        for (String line : TaskSetup.lastLines(client.jobLogs().tail(org, job.id(), 4096), 10)) {
          new Console(out).quote("| ", line);
        }
      } catch (BuildkiteException e) {
        out.println("  ! could not read its log: " + Console.oneLine(e.getMessage()));
      }
    }
    return state;
  }

  /**
   * Waits with the SDK's {@link BuildWaiter}: it polls {@code getBuild} without jobs and pipeline (small answers),
   * 2 s apart and then 1.5 times longer each time up to 30 s, keeps waiting while the build is blocked at a block
   * step (it keeps its state and sets {@code blocked}: someone has to unblock it), gives up after two hours, and then
   * fetches the build once with its jobs. Each change of state is printed from the waiter's progress callback.
   */
  private static Build waitUntilFinished(BuildWaiter waiter, String org, String pipeline, int number,
      PrintStream out) {
    String[] lastSeen = {""};
    WaitOptions options = WaitOptions.builder()
        .timeout(GIVE_UP_AFTER)
        .initialInterval(FIRST_INTERVAL)
        .maxInterval(MAX_INTERVAL)
        .multiplier(1.5)
        .blockedPolicy(BlockedPolicy.KEEP_WAITING)
        .progress(progress -> {
          String seen = progress.state().asString()
              + (progress.blocked() ? " (blocked: waiting for someone to unblock it)" : "");
          if (!seen.equals(lastSeen[0])) {
            out.printf("  %6s  %s%n", TaskSetup.format(progress.elapsed()), seen);
            lastSeen[0] = seen;
          }
        })
        .build();
    return waiter.await(org, pipeline, number, options).build();
  }

  /** The ids of the script jobs in the fake's build (its documented example), whose logs the fake will serve. */
  static List<String> scriptJobIds(FakeBuildkite fake) {
    try {
      List<String> ids = new ArrayList<>();
      for (JsonNode job : new ObjectMapper().readTree(fake.example("getBuild")).path("jobs")) {
        if ("script".equals(job.path("type").asText())) {
          ids.add(job.path("id").asText());
        }
      }
      return ids;
    } catch (IOException e) {
      throw new IllegalStateException("the fake's getBuild example is not JSON", e);
    }
  }

  private static String fakeLog() {
    StringBuilder log = new StringBuilder("~~~ Preparing working directory\n");
    for (int i = 1; i <= 40; i++) {
      log.append("Finished spec ").append(i).append(" of 42\n");
    }
    return log.append("""
        Failures:

          1) Checkout applies the discount code
             Failure/Error: expect(total).to eq(90)
               expected: 90
                    got: 100
             # ./spec/checkout_spec.rb:27

        42 examples, 1 failure
        🚨 Error: The command exited with status 1
        """).toString();
  }
}
