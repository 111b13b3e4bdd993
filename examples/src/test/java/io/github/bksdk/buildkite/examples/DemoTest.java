package io.github.bksdk.buildkite.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bksdk.buildkite.BuildkiteClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs the demo against its local stub and checks that what the example payloads hold reaches the output. */
class DemoTest {

  @Test
  void withoutATokenTheDemoWalksTheDocumentedExamples() {
    // An empty environment, whatever the machine's: the demo must pick the stub.
    String output = capture(out -> Demo.run(Map.of(), out));

    assertAll(
        () -> assertTrue(output.startsWith("Mode: LOCAL STUB"), "first line names the mode:\n" + output),
        () -> assertTrue(output.contains("My Great Org"), "organization name (organizations-list.json)"),
        () -> assertTrue(output.contains("My Pipeline"), "pipeline name (pipelines-list.json)"),
        () -> assertTrue(output.contains("#1  "), "build number (builds-list-for-pipeline.json)"),
        () -> assertTrue(output.contains("Bumping to version 0.2-beta.6"), "build message"),
        () -> assertTrue(output.contains(":package: Build"), "job name (jobs-list.json)"),
        () -> assertTrue(output.contains("older builds are on later pages"), "Link header was read"),
        () -> assertTrue(output.contains("| ~~~ Preparing working directory"), "plain-text log"),
        () -> assertFalse(output.contains("  ! "), "every call, including the second page of jobs, was served"),
        () -> assertNoStackTrace(output));
  }

  @Test
  void withoutThePlainTextLogTheJsonLogIsShown() {
    String output = capture(out -> {
      try (LocalStub stub = LocalStub.start(false)) {
        new Walkthrough(client(stub), new Console(out)).run(Optional.empty());
      }
    });

    assertAll(
        () -> assertTrue(output.contains("! reading the plain-text log failed: 406"), "one-line error:\n" + output),
        () -> assertTrue(output.contains("| This is the job's log output"), "content of jobs-log.json"),
        () -> assertNoStackTrace(output));
  }

  @Test
  void anApiErrorIsOneLineAndEndsTheTourQuietly() {
    String output = capture(out -> {
      try (LocalStub stub = LocalStub.start()) {
        new Walkthrough(client(stub), new Console(out)).run(Optional.of("no-such-org"));
      }
    });

    assertAll(
        () -> assertTrue(output.contains("using no-such-org (from BUILDKITE_ORG; not among those listed)"), output),
        () -> assertTrue(output.lines().anyMatch(line -> line.startsWith("  ! listing pipelines failed: 404")),
            "one-line 404:\n" + output),
        () -> assertFalse(output.contains("Latest builds"), "the tour stops after the failed step"),
        () -> assertNoStackTrace(output));
  }

  private static BuildkiteClient client(LocalStub stub) {
    return BuildkiteClient.builder().token(LocalStub.TOKEN).baseUrl(stub.baseUrl()).build();
  }

  private static String capture(Consumer<PrintStream> demo) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      demo.accept(out);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  private static void assertNoStackTrace(String output) {
    assertFalse(output.contains("\tat ") || output.contains("Exception"), "no stack trace:\n" + output);
  }
}
