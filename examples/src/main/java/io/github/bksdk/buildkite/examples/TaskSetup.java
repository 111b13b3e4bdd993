package io.github.bksdk.buildkite.examples;

import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.testkit.FakeBuildkite;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the task examples share: reading the organization and pipeline from the arguments or the environment, and
 * the decision between the real API (a token is set) and the testkit's {@link FakeBuildkite} (no token).
 */
final class TaskSetup {
  /** The environment variable naming the organization. */
  static final String ORG_ENV = "BUILDKITE_ORG";

  /** The environment variable naming the pipeline. */
  static final String PIPELINE_ENV = "BUILDKITE_PIPELINE";

  private TaskSetup() {}

  /**
   * Returns whether the environment holds an API token, that is whether the example runs against the real API.
   *
   * @param env the environment
   * @return true when {@value BuildkiteClient#TOKEN_ENV} is set and not blank
   */
  static boolean live(Map<String, String> env) {
    return nonBlank(env.get(BuildkiteClient.TOKEN_ENV)).isPresent();
  }

  /**
   * Returns a client for the real API with the token from the environment map (not from the process environment,
   * so that tests decide).
   *
   * @param env the environment
   * @return the client
   */
  static BuildkiteClient liveClient(Map<String, String> env) {
    return BuildkiteClient.builder().token(env.get(BuildkiteClient.TOKEN_ENV).strip()).build();
  }

  /**
   * Returns a positional argument, else an environment variable, else fails with a message naming both.
   *
   * @param args the command-line arguments
   * @param index which argument
   * @param env the environment
   * @param name the environment variable
   * @return the value
   * @throws IllegalArgumentException when neither is given
   */
  static String required(String[] args, int index, Map<String, String> env, String name) {
    return optional(args, index, env, name).orElseThrow(() -> new IllegalArgumentException(
        "argument " + (index + 1) + " or " + name + " must name the " + name.substring("BUILDKITE_".length())
            .toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
  }

  /**
   * Returns a positional argument, else an environment variable (when {@code name} is not null), if either is set.
   *
   * @param args the command-line arguments
   * @param index which argument
   * @param env the environment
   * @param name the environment variable, or null for none
   * @return the value
   */
  static Optional<String> optional(String[] args, int index, Map<String, String> env, String name) {
    Optional<String> arg = index < args.length ? nonBlank(args[index]) : Optional.empty();
    return arg.or(() -> name == null ? Optional.empty() : nonBlank(env.get(name)));
  }

  /**
   * Prints the line that says the example runs against the fake, and how to run it for real.
   *
   * @param out where to print
   * @param fake the running fake
   * @param realUsage the arguments a real run takes
   */
  static void announceFake(PrintStream out, FakeBuildkite fake, String realUsage) {
    out.println("Mode: FAKE - " + BuildkiteClient.TOKEN_ENV + " is not set; the testkit's FakeBuildkite at "
        + fake.baseUrl() + " plays the API (set it, with " + realUsage + ", to run against the real API)");
  }

  /**
   * Prints what the fake saw: how many requests, and that none of them broke the spec (or fails).
   *
   * @param out where to print
   * @param fake the fake
   */
  static void verifyFake(PrintStream out, FakeBuildkite fake) {
    fake.verify();
    out.println("(the fake checked " + fake.requests().size() + " requests against the spec: no violations)");
  }

  /**
   * Formats a duration as {@code 1h02m}, {@code 4m05s} or {@code 12s}.
   *
   * @param d the duration
   * @return the text
   */
  static String format(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s >= 3600) {
      return String.format("%dh%02dm", s / 3600, s % 3600 / 60);
    }
    return s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
  }

  /**
   * Returns the last {@code n} lines of a text.
   *
   * @param text the text
   * @param n how many lines
   * @return the lines
   */
  static List<String> lastLines(String text, int n) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    return lines.subList(Math.max(0, lines.size() - n), lines.size());
  }

  static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
