package io.github.bksdk.buildkite.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.services.ListBuildsForPipelineParams;
import io.github.bksdk.buildkite.testkit.FakeBuildkite;
import io.github.bksdk.buildkite.testkit.Route;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A report over the last N builds of a pipeline: how many passed, the median and 90th-percentile build duration,
 * and the slowest steps. It shows lazy paging: {@code listBuildsForPipeline(...).streamAll().limit(n)} fetches the
 * next page only when the stream reaches it and stops fetching once it has {@code n} builds, while a progress line
 * on standard error counts what has arrived.
 *
 * <p>The pass rate counts passed against failed builds; canceled, skipped and unfinished builds are listed but not
 * counted. Durations run from {@code started_at} to {@code finished_at}; a step is grouped by its name across builds.
 *
 * <p>With {@code BUILDKITE_API_TOKEN} set the arguments are organization, pipeline and N (default 200);
 * {@code BUILDKITE_ORG} and {@code BUILDKITE_PIPELINE} can stand in for the first two. Without a token it starts
 * the testkit's {@code FakeBuildkite} serving 250 generated builds and reports over the last 150 (two pages).
 *
 * <pre>{@code
 * ./mvnw -B -q -pl examples exec:java -Dexec.mainClass=io.github.bksdk.buildkite.examples.BuildReport
 * }</pre>
 */
public final class BuildReport {
  private static final int DEFAULT_COUNT = 200;
  private static final int FAKE_BUILDS = 250;
  private static final int FAKE_COUNT = 150;
  private static final int SLOWEST_STEPS = 5;

  private BuildReport() {}

  /**
   * Runs the example with the process environment.
   *
   * @param args organization, pipeline and N (see the class description)
   */
  public static void main(String[] args) {
    run(System.getenv(), args, System.out, System.err);
  }

  /**
   * Runs the example against the real API when the environment holds a token, else against a fake.
   *
   * @param env the environment
   * @param args the arguments
   * @param out where to print the report
   * @param progress where to print the progress line
   */
  public static void run(Map<String, String> env, String[] args, PrintStream out, PrintStream progress) {
    if (TaskSetup.live(env)) {
      try (BuildkiteClient client = TaskSetup.liveClient(env)) {
        String org = TaskSetup.required(args, 0, env, TaskSetup.ORG_ENV);
        String pipeline = TaskSetup.required(args, 1, env, TaskSetup.PIPELINE_ENV);
        int count = TaskSetup.optional(args, 2, env, null).map(Integer::parseInt).orElse(DEFAULT_COUNT);
        report(client, org, pipeline, count, out, progress);
      }
      return;
    }
    try (FakeBuildkite fake = FakeBuildkite.start(); BuildkiteClient client = fake.client()) {
      TaskSetup.announceFake(out, fake, "org, pipeline and N as arguments");
      fake.serveList(Route.operation("listBuildsForPipeline"), fakeBuilds(fake));
      report(client, "acme", "web-app", FAKE_COUNT, out, progress);
      out.println("(" + fake.requests("listBuildsForPipeline").size() + " pages fetched for " + FAKE_COUNT
          + " of the fake's " + FAKE_BUILDS + " builds)");
      TaskSetup.verifyFake(out, fake);
    }
  }

  /**
   * Fetches the last {@code count} builds of a pipeline and prints the report.
   *
   * @param client the client
   * @param org the organization slug
   * @param pipeline the pipeline slug
   * @param count how many builds, at least 1
   * @param out where to print the report
   * @param progress where to print the progress line
   */
  static void report(BuildkiteClient client, String org, String pipeline, int count, PrintStream out,
      PrintStream progress) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    ListBuildsForPipelineParams params = ListBuildsForPipelineParams.builder()
        .perPage(Math.min(count, 100)).excludePipeline(true).build();
    AtomicInteger fetched = new AtomicInteger();
    List<Build> builds = client.builds().listBuildsForPipeline(org, pipeline, params).streamAll()
        .limit(count)
        .peek(b -> {
          progress.print("\rfetched " + fetched.incrementAndGet() + "/" + count + " builds");
          progress.flush();
        })
        .toList();
    progress.println();

    Map<String, Integer> states = new TreeMap<>();
    List<Duration> durations = new ArrayList<>();
    Map<String, List<Duration>> steps = new TreeMap<>();
    Build slowest = null;
    for (Build build : builds) {
      states.merge(build.state().asString(), 1, Integer::sum);
      Optional<Duration> took = between(build.startedAt(), build.finishedAt());
      if (took.isPresent()) {
        durations.add(took.get());
        if (slowest == null || took.get().compareTo(between(slowest.startedAt(), slowest.finishedAt()).get()) > 0) {
          slowest = build;
        }
      }
      for (Job job : build.jobs()) {
        between(job.startedAt(), job.finishedAt()).ifPresent(d -> steps
            .computeIfAbsent(job.name().or(job::label).orElse(job.type().asString()), k -> new ArrayList<>()).add(d));
      }
    }

    out.println("Last " + builds.size() + " builds of " + org + "/" + pipeline
        + (builds.isEmpty() ? "" : ": #" + builds.get(builds.size() - 1).number() + " to #" + builds.get(0).number()));
    int passed = states.getOrDefault("passed", 0);
    int failed = states.getOrDefault("failed", 0);
    out.println("  pass rate   " + (passed + failed == 0 ? "n/a"
        : String.format("%.1f%% (%d passed, %d failed)", 100.0 * passed / (passed + failed), passed, failed)));
    out.println("  states      " + states);
    if (!durations.isEmpty()) {
      out.println("  duration    median " + TaskSetup.format(percentile(durations, 50)) + ", p90 "
          + TaskSetup.format(percentile(durations, 90)) + ", slowest #" + slowest.number() + " "
          + TaskSetup.format(between(slowest.startedAt(), slowest.finishedAt()).get()));
    }
    out.println("  slowest steps (by median):");
    steps.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, List<Duration>> e) -> percentile(e.getValue(), 50)).reversed())
        .limit(SLOWEST_STEPS)
        .forEach(e -> out.printf("    %-28s median %-7s p90 %-7s (%d runs)%n", Console.oneLine(e.getKey()),
            TaskSetup.format(percentile(e.getValue(), 50)), TaskSetup.format(percentile(e.getValue(), 90)),
            e.getValue().size()));
  }

  /** The nearest-rank percentile: the smallest value with at least {@code p}% of the values at or below it. */
  static Duration percentile(List<Duration> values, int p) {
    List<Duration> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static Optional<Duration> between(Optional<OffsetDateTime> start, Optional<OffsetDateTime> end) {
    return start.isPresent() && end.isPresent()
        ? Optional.of(Duration.between(start.get(), end.get())) : Optional.empty();
  }

  /** Builds made from the documented example: mostly passing, some failing or canceled, three steps each. */
  private static List<String> fakeBuilds(FakeBuildkite fake) {
    ObjectMapper json = new ObjectMapper();
    Random random = new Random(42);                 // the same report on every run
    Instant newest = Instant.parse("2026-12-01T12:00:00Z");
    String[] stepNames = {"Lint", "Unit tests", "Integration tests"};
    int[] stepMinutes = {1, 4, 9};
    List<String> builds = new ArrayList<>();
    List<String> items = fake.exampleItems("listBuildsForPipeline", FAKE_BUILDS);
    for (int i = 0; i < items.size(); i++) {
      try {
        ObjectNode build = (ObjectNode) json.readTree(items.get(i));
        int roll = random.nextInt(100);
        String state = roll < 80 ? "passed" : roll < 95 ? "failed" : "canceled";
        Instant started = newest.minus(Duration.ofMinutes(37L * i));
        JsonNode template = build.path("jobs").path(0);
        ArrayNode jobs = json.createArrayNode();
        Instant at = started;
        for (int s = 0; s < stepNames.length; s++) {
          Instant end = at.plusSeconds(stepMinutes[s] * 60L + random.nextInt(stepMinutes[s] * 60 + 30));
          boolean last = s == stepNames.length - 1;
          jobs.add(((ObjectNode) template.deepCopy())
              .put("id", UUID.nameUUIDFromBytes(("job " + i + " " + s).getBytes()).toString())
              .put("name", stepNames[s]).put("started_at", at.toString()).put("finished_at", end.toString())
              .put("state", last && !state.equals("passed") ? state : "passed")
              .put("exit_status", last && state.equals("failed") ? 1 : 0));
          at = end;
        }
        build.put("state", state).put("started_at", started.toString()).put("finished_at", at.toString())
            .put("created_at", started.minusSeconds(20).toString()).set("jobs", jobs);
        builds.add(build.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return builds;
  }
}
