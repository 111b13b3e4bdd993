package io.github.bksdk.buildkite.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each task example in its fake mode, exactly as its README command does without a token, and checks what it
 * prints: so the examples keep working as the SDK and the testkit change. None of them sleeps: the fake's clients
 * record retry waits, and TriggerAndWait records its polling waits.
 */
class TaskExamplesTest {
  /** No token: every example must pick its fake, whatever the machine's environment holds. */
  private static final Map<String, String> NO_TOKEN = Map.of();

  @Test
  void triggerAndWaitFollowsTheBuildToItsFailureAndPrintsTheFailedJobsLogTail() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String state = TriggerAndWait.run(NO_TOKEN, new String[0], print(out));

    String text = text(out);
    assertThat(state).isEqualTo("failed");
    assertThat(text).startsWith("Mode: FAKE")
        .contains("Created build #42 on main")
        .containsSubsequence("scheduled", "running", "running (blocked: waiting for someone to unblock it)",
            "failed", "Build #42 finished: FAILED")
        .contains("Failed job: RSpec (exit status 1)")
        .contains("| 42 examples, 1 failure")
        .doesNotContain("Finished spec 30 of 42")          // only the tail of the log
        .contains("(polled 5 times, then fetched the build with its jobs;")
        .contains("no violations");
  }

  @Test
  void asyncWatchWaitsForThreeBuildsAtOnceFollowsTheFailedLogAndPagesAhead() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> states = AsyncWatch.run(NO_TOKEN, new String[0], print(out));

    String text = text(out);
    assertThat(states).containsExactly("passed", "failed", "passed");
    assertThat(text).startsWith("Mode: FAKE")
        .contains("Created build #101", "Created build #102", "Created build #103")
        .containsSubsequence("#103", "running (blocked)")
        .contains("Build #101 finished: PASSED after 3 polls", "Build #102 finished: FAILED after 4 polls",
            "Build #103 finished: PASSED after 5 polls")
        .contains("Log of failed job RSpec:")
        .containsSubsequence("| ~~~ Running specs", "|   1) Checkout applies the discount code",
            "| 3 examples, 1 failure")
        .contains("log bytes in 1 polls; job failed)")
        .contains("Builds of web-app in the last day: 45 ")
        .contains("(15 polls and fetches for 3 builds; a real run would have spent 30s in 9 scheduled waits, none on a"
            + " thread of its own; 3 list pages)")
        .contains("no violations");
    Matcher threads = Pattern.compile("Threads: (\\d+) before the waits, at most (\\d+) while 3 builds").matcher(text);
    assertThat(threads.find()).as(text).isTrue();
    assertThat(Integer.parseInt(threads.group(2))).isGreaterThanOrEqualTo(Integer.parseInt(threads.group(1)));
  }

  @Test
  void downloadArtifactsWritesEveryFinishedArtifactUnderItsPath(@TempDir Path folder) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    DownloadArtifacts.run(NO_TOKEN, new String[] {"", "", "", folder.toString()}, print(out), print(progress));

    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).hasSize(104);
    assertThat(folder.resolve("coverage/file-7.html")).content().startsWith("artifact 7 at coverage/file-7.html\n");
    assertThat(folder.resolve("dist/app.tar.gz")).content().startsWith("artifact 0 at dist/app.tar.gz");
    assertThat(folder.resolve("0d0e4cbe-5b7a-4d7e-9a5a-1f0c4b6b1a01/dist/app.tar.gz")).content()
        .startsWith("artifact 1 at dist/app.tar.gz");                 // a parallel job's copy of the same path
    assertThat(folder.resolve("logs/deploy.log")).doesNotExist();    // still uploading: skipped
    assertThat(text(out)).contains("Downloaded 104 artifacts").contains("skipped 1: logs/deploy.log (new)")
        .contains("(2 list pages, 104 downloads redirected").contains("no violations");
    assertThat(text(progress)).contains("[104] ").contains("dist/app.sha256");
  }

  @Test
  void webhookReceiverReactsToSignedBuildFinishedAndRejectsForgeries() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WebhookReceiver.runAgainstFake(print(out));

    assertThat(text(out)).startsWith("Mode: FAKE")
        .contains("receiver: FAIL my-pipeline #41 (main,")
        .contains("signed build.finished (#41) answered 200 ok")
        .contains("receiver: PASS my-pipeline #42 (main,")
        .contains("receiver: ignoring ping")
        .contains("receiver: rejected a delivery: BAD_SIGNATURE")
        .contains("forged build.finished answered 401")
        .endsWith("Stopped." + System.lineSeparator());
  }

  @Test
  void buildReportPagesLazilyAndItsNumbersAddUp() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    BuildReport.run(NO_TOKEN, new String[0], print(out), print(progress));

    String text = text(out);
    assertThat(text).contains("Last 150 builds of acme/web-app: #101 to #250")
        .contains("(2 pages fetched for 150 of the fake's 250 builds)")
        .containsSubsequence("slowest steps", "Integration tests", "Unit tests", "Lint")
        .contains("no violations");
    assertThat(text(progress)).contains("fetched 1/150 builds").contains("fetched 150/150 builds")
        .doesNotContain("fetched 151/");
    Matcher rate = Pattern.compile("pass rate   ([0-9.]+)% \\((\\d+) passed, (\\d+) failed\\)").matcher(text);
    assertThat(rate.find()).as(text).isTrue();
    int passed = Integer.parseInt(rate.group(2));
    int failed = Integer.parseInt(rate.group(3));
    Matcher canceled = Pattern.compile("canceled=(\\d+)").matcher(text);
    int others = canceled.find() ? Integer.parseInt(canceled.group(1)) : 0;
    assertThat(passed + failed + others).isEqualTo(150);
    assertThat(rate.group(1)).isEqualTo(String.format("%.1f", 100.0 * passed / (passed + failed)));
  }

  @Test
  void exportBuildsWritesEveryBuildOnceAfterWaitingOutTheRateLimit(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("builds.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long written = ExportBuilds.run(NO_TOKEN, new String[] {"", "", file.toString()}, print(out));

    String text = text(out);
    assertThat(written).isEqualTo(450);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(451);
    assertThat(lines.get(0)).isEqualTo("number,state,branch,commit,created_at,started_at,finished_at,seconds");
    List<Integer> numbers = lines.subList(1, lines.size()).stream()
        .map(line -> Integer.parseInt(line.substring(0, line.indexOf(',')))).toList();
    assertThat(numbers).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(lines.get(1).split(",", -1)).hasSize(8);
    assertThat(lines.get(1)).contains(",2015-05-09T21:05:59.874Z,");
    assertThat(text).startsWith("Mode: FAKE")
        .containsSubsequence("  100 builds written", "  400 builds written", "Exported 450 builds of acme/web-app to "
            + file)
        .contains("token obtained 1 time(s) from the issuer")
        .contains("the fake answered the first page with a 429 naming a 7 s reset")
        .contains("; 6 list requests)")
        .contains("no violations")
        .doesNotContain(io.github.bksdk.buildkite.testkit.FakeBuildkite.TOKEN);
    Matcher waited = Pattern.compile("the client waited (\\d+) time\\(s\\), (\\d+)s in all").matcher(text);
    assertThat(waited.find()).as(text).isTrue();
    assertThat(Integer.parseInt(waited.group(2))).as("the 429's reset, not a guess").isGreaterThanOrEqualTo(7);
  }

  @Test
  void exportBuildsQuotesTextThatWouldBreakTheCsv() {
    assertThat(ExportBuilds.csv(Optional.of("main"))).isEqualTo("main");
    assertThat(ExportBuilds.csv(Optional.of("feature/a,b"))).isEqualTo("\"feature/a,b\"");
    assertThat(ExportBuilds.csv(Optional.of("say \"hi\""))).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ExportBuilds.csv(Optional.of("two\nlines"))).isEqualTo("\"two\nlines\"");
    assertThat(ExportBuilds.csv(Optional.empty())).isEmpty();
    assertThat(ExportBuilds.csv(Optional.of("=HYPERLINK(\"x\")"))).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(ExportBuilds.csv(Optional.of("-rc1"))).isEqualTo("\"'-rc1\"");
  }

  @Test
  void percentilesUseTheNearestRank() {
    List<Duration> minutes = IntStream.rangeClosed(1, 10).mapToObj(Duration::ofMinutes).toList();

    assertThat(BuildReport.percentile(minutes, 50)).isEqualTo(Duration.ofMinutes(5));
    assertThat(BuildReport.percentile(minutes, 90)).isEqualTo(Duration.ofMinutes(9));
    assertThat(BuildReport.percentile(List.of(Duration.ofSeconds(7)), 90)).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void withATokenButNoPipelineTheExamplesSayWhatIsMissingBeforeAnyRequest() {
    Map<String, String> env = Map.of("BUILDKITE_API_TOKEN", "bkua_not-a-real-token");

    assertThatThrownBy(() -> TriggerAndWait.run(env, new String[0], print(new ByteArrayOutputStream())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BUILDKITE_ORG")
        .hasMessageNotContaining("bkua_");
    assertThatThrownBy(() -> BuildReport.run(env, new String[] {"acme"}, print(new ByteArrayOutputStream()),
        print(new ByteArrayOutputStream())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BUILDKITE_PIPELINE");
    assertThatThrownBy(() -> ExportBuilds.run(Map.of("BUILDKITE_TOKEN_FILE", "/nonexistent/token"),
        new String[] {"acme"}, print(new ByteArrayOutputStream())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BUILDKITE_PIPELINE");
  }

  private static PrintStream print(ByteArrayOutputStream buffer) {
    return new PrintStream(buffer, true, StandardCharsets.UTF_8);
  }

  private static String text(ByteArrayOutputStream buffer) {
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
