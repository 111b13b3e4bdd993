package io.github.bksdk.buildkite.examples;

import io.github.bksdk.buildkite.BuildkiteClient;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only tour of the SDK: lists organizations, pipelines, the latest builds and the jobs of the newest build,
 * and prints the start of a job log.
 *
 * <p>With {@code BUILDKITE_API_TOKEN} set it calls the real API ({@code BUILDKITE_ORG} optionally picks the
 * organization); without it, it starts a {@link LocalStub} that serves the spec's documented examples, so it runs
 * anywhere. It only reads: nothing is created, changed or deleted.
 *
 * <pre>{@code
 * ./mvnw -B -q install -DskipTests && ./mvnw -B -q -pl examples exec:java
 * BUILDKITE_API_TOKEN=bkua_... BUILDKITE_ORG=acme ./mvnw -B -q -pl examples exec:java
 * }</pre>
 */
public final class Demo {
  /** The environment variable naming the organization to explore in live mode. */
  public static final String ORG_ENV = "BUILDKITE_ORG";

  private Demo() {}

  /**
   * Runs the demo with the process environment, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.getenv(), System.out);
  }

  /**
   * Runs the demo. The first line printed says which mode it runs in.
   *
   * @param env the environment to read {@value BuildkiteClient#TOKEN_ENV} and {@value #ORG_ENV} from
   * @param out where to print
   */
  public static void run(Map<String, String> env, PrintStream out) {
    Console console = new Console(out);
    Optional<String> org = nonBlank(env.get(ORG_ENV));
    if (nonBlank(env.get(BuildkiteClient.TOKEN_ENV)).isPresent()) {
      runLive(console, org);
    } else {
      runAgainstStub(console, org.isPresent());
    }
    out.flush();
  }

  private static void runLive(Console console, Optional<String> org) {
    console.line("Mode: LIVE API - " + BuildkiteClient.TOKEN_ENV + " is set; read-only calls to "
        + BuildkiteClient.DEFAULT_BASE_URL);
    BuildkiteClient client;
    try {
      client = BuildkiteClient.builder().fromEnv().build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      console.line("! cannot create the client: " + e.getMessage());
      return;
    }
    new Walkthrough(client, console).run(org);
  }

  private static void runAgainstStub(Console console, boolean orgIgnored) {
    LocalStub stub;
    try {
      stub = LocalStub.start();
    } catch (IllegalStateException e) {
      console.line("Mode: LOCAL STUB - could not start it: " + e.getMessage());
      return;
    }
    try (stub) {
      console.line("Mode: LOCAL STUB - " + BuildkiteClient.TOKEN_ENV + " is not set; WireMock at " + stub.baseUrl()
          + " serves the spec's example payloads");
      console.line("(set " + BuildkiteClient.TOKEN_ENV + ", and optionally " + ORG_ENV
          + ", to make the same read-only calls to the real API" + (orgIgnored ? "; " + ORG_ENV + " is ignored here)" : ")"));
      BuildkiteClient client = BuildkiteClient.builder().token(LocalStub.TOKEN).baseUrl(stub.baseUrl()).build();
      new Walkthrough(client, console).run(Optional.empty());
    }
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
