package io.github.bksdk.buildkite.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.errors.BuildkiteException;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.CreateBuildRequest;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobState;
import io.github.bksdk.buildkite.retry.Sleeper;
import io.github.bksdk.buildkite.services.GetBuildParams;
import io.github.bksdk.buildkite.testkit.BuildScript;
import io.github.bksdk.buildkite.testkit.BuildStage;
import io.github.bksdk.buildkite.testkit.FakeBuildkite;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Triggers a build and waits for its result, then prints the last lines of every failed job's log: what a deploy
 * script or a chat bot does. It shows {@code createBuild}, polling {@code getBuild} with a growing interval until the
 * build reaches a final state (saying so once when the build waits at a block step), and
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
  /** The states after which a build does not change any more. */
  static final Set<String> FINAL_STATES = Set.of("passed", "failed", "canceled", "skipped", "not_run");

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
        return triggerAndWait(client, org, pipeline, branch, commit, Sleeper.system(), out);
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
        String state = triggerAndWait(client, "acme", "web-app", "main", "HEAD", waits::add, out);
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
   * @param sleeper how to wait between polls
   * @param out where to print
   * @return the final state, such as {@code passed}
   */
  static String triggerAndWait(BuildkiteClient client, String org, String pipeline, String branch, String commit,
      Sleeper sleeper, PrintStream out) {
    Build build = client.builds().createBuild(org, pipeline, CreateBuildRequest.builder()
        .branch(branch).commit(commit).message("Triggered by the Buildkite Java SDK example").build());
    out.println("Created build #" + build.number() + " on " + branch + ": " + build.webUrl().orElse(build.url()));
    build = waitUntilFinished(client, org, pipeline, build.number(), sleeper, out);
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
   * Polls {@code getBuild} (without jobs) until the build is in one of the {@link #FINAL_STATES}, waiting 2 s, then
   * 1.5 times longer each time up to 30 s, and gives up after two hours of waiting; then fetches it once with its
   * jobs. Prints each change of state and says once when the build waits at a block step (it keeps its state and sets
   * {@code blocked}: someone has to unblock it).
   */
  private static Build waitUntilFinished(BuildkiteClient client, String org, String pipeline, int number,
      Sleeper sleeper, PrintStream out) {
    // Polls need only the state: leaving out the jobs and the pipeline keeps each answer small.
    GetBuildParams poll = GetBuildParams.builder().excludeJobs(true).excludePipeline(true).build();
    Duration interval = FIRST_INTERVAL;
    Duration waited = Duration.ZERO;
    String lastSeen = "";
    while (true) {
      Build build = client.builds().getBuild(org, pipeline, number, poll);
      boolean blocked = build.blocked().orElse(false);
      String seen = build.state().asString() + (blocked ? " (blocked: waiting for someone to unblock it)" : "");
      if (!seen.equals(lastSeen)) {
        out.printf("  %6s  %s%n", TaskSetup.format(waited), seen);
        lastSeen = seen;
      }
      if (FINAL_STATES.contains(build.state().asString())) {
        // Once more with the jobs, to find the failed ones.
        return client.builds().getBuild(org, pipeline, number, GetBuildParams.builder().excludePipeline(true).build());
      }
      if (waited.compareTo(GIVE_UP_AFTER) >= 0) {
        throw new IllegalStateException("build #" + number + " has not finished after " + TaskSetup.format(waited));
      }
      try {
        sleeper.sleep(interval);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for build #" + number, e);
      }
      waited = waited.plus(interval);
      interval = min(Duration.ofMillis(interval.toMillis() * 3 / 2), MAX_INTERVAL);
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** The ids of the script jobs in the fake's build (its documented example), whose logs the fake will serve. */
  private static List<String> scriptJobIds(FakeBuildkite fake) {
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
