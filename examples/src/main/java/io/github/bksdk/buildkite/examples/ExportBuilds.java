package io.github.bksdk.buildkite.examples;

import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.auth.IssuedToken;
import io.github.bksdk.buildkite.auth.RefreshableCredentials;
import io.github.bksdk.buildkite.auth.TokenIssuer;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.ratelimit.RateLimitPolicy;
import io.github.bksdk.buildkite.retry.RetryBudgetSettings;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import io.github.bksdk.buildkite.services.ListBuildsForPipelineParams;
import io.github.bksdk.buildkite.testkit.FakeBuildkite;
import io.github.bksdk.buildkite.testkit.Fault;
import io.github.bksdk.buildkite.testkit.Route;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Exports every build of a pipeline to a CSV file: the long-running, many-page job for which a client has to be a
 * good citizen. It shows three things together:
 *
 * <ul>
 *   <li><b>pages ahead</b>: {@code page.autoPager().prefetch().stream()} fetches page k+1 while page k is written, one
 *       page ahead and no more, and closing the stream (a write error ends the loop) cancels the fetch in flight;</li>
 *   <li><b>rate limits as the server means them</b>: {@link RateLimitPolicy#adaptive()} slows down as the API's
 *       {@code RateLimit-Remaining} falls, a 429 waits for the reset of the bucket its body names, and a
 *       {@link RetryBudgetSettings retry budget} keeps an outage from multiplying the export's traffic;</li>
 *   <li><b>refreshable credentials</b>: {@link RefreshableCredentials} take the token from an issuer (here a file
 *       that a secrets agent rotates, or the environment) and ask it again after a 401, so a token rotated in the
 *       middle of a long export does not end it.</li>
 * </ul>
 *
 * <p>With {@code BUILDKITE_TOKEN_FILE} naming a file, the token is read from it at the first request and again
 * whenever the API rejects the one in use with a 401 (so a secrets agent that rotates the file needs nothing else);
 * with {@code BUILDKITE_API_TOKEN} instead, that token is used. Either runs against the real API, and the
 * arguments are organization, pipeline and the output file (default {@code builds.csv}); {@code BUILDKITE_ORG} and
 * {@code BUILDKITE_PIPELINE} can stand in for the first two.
 * With neither, it starts the testkit's {@code FakeBuildkite} serving 450 builds over 5 pages, the first answer a
 * 429, and writes them to the file given, or to a temporary one; the client's waits are not slept but move the
 * fake's simulated clock forward, and the summary says how long they were.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl examples exec:java -Dexec.mainClass=io.github.bksdk.buildkite.examples.ExportBuilds
 * }</pre>
 */
public final class ExportBuilds {
  /** The environment variable naming a file to read the token from, at first and again after a 401. */
  static final String TOKEN_FILE_ENV = "BUILDKITE_TOKEN_FILE";
  private static final int FAKE_BUILDS = 450;
  private static final Duration FAKE_RESET = Duration.ofSeconds(7);
  /** Every timestamp in one width, to the millisecond, in the API's offset (UTC): {@code toString} drops zero seconds. */
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
  private static final String HEADER = "number,state,branch,commit,created_at,started_at,finished_at,seconds";

  private ExportBuilds() {}

  /**
   * Runs the example with the process environment.
   *
   * @param args organization, pipeline and output file (see the class description)
   */
  public static void main(String[] args) {
    run(System.getenv(), args, System.out);
  }

  /**
   * Runs the example against the real API when the environment holds a token, else against a fake.
   *
   * @param env the environment
   * @param args the arguments
   * @param out where to print progress and the summary
   * @return the number of builds written
   */
  public static long run(Map<String, String> env, String[] args, PrintStream out) {
    if (TaskSetup.live(env) || TaskSetup.nonBlank(env.get(TOKEN_FILE_ENV)).isPresent()) {
      String org = TaskSetup.required(args, 0, env, TaskSetup.ORG_ENV);
      String pipeline = TaskSetup.required(args, 1, env, TaskSetup.PIPELINE_ENV);
      Path file = Path.of(TaskSetup.optional(args, 2, env, null).orElse("builds.csv"));
      CountingIssuer issuer = new CountingIssuer(liveIssuer(env));
      try (BuildkiteClient client = configure(BuildkiteClient.builder(), issuer).build()) {
        return export(client, org, pipeline, file, issuer, out);
      }
    }
    try (FakeBuildkite fake = FakeBuildkite.start()) {
      TaskSetup.announceFake(out, fake, "org, pipeline and output file as arguments");
      fake.serveList(Route.operation("listBuildsForPipeline"), fake.exampleItems("listBuildsForPipeline", FAKE_BUILDS));
      fake.fail(Route.operation("listBuildsForPipeline"), Fault.rateLimited(FAKE_RESET), 1);
      // the fake's token, valid for a quarter of an hour: the client would ask again 30 s before it expires
      CountingIssuer issuer = new CountingIssuer(
          () -> IssuedToken.of(FakeBuildkite.TOKEN, Instant.now().plus(Duration.ofMinutes(15))));
      Path file = TaskSetup.optional(args, 2, env, null).map(Path::of).orElseGet(ExportBuilds::temporaryFile);
      // The fake's clients do not sleep: each wait is recorded and moves their simulated clock ahead instead, so the
      // adaptive limiter sees the time pass that a real run would spend waiting.
      long written;
      try (BuildkiteClient client = configure(fake.clientBuilder(), issuer).build()) {
        written = export(client, "acme", "web-app", file, issuer, out);
      }
      out.println("(the fake answered the first page with a 429 naming a " + FAKE_RESET.toSeconds()
          + " s reset; the client waited " + fake.time().waits().size() + " time(s), "
          + TaskSetup.format(fake.time().totalWait())
          + " in all, on the fake's simulated clock instead of sleeping; "
          + fake.requests("listBuildsForPipeline").size() + " list requests)");
      TaskSetup.verifyFake(out, fake);
      return written;
    }
  }

  /**
   * The settings a long export wants: the adaptive limiter, a retry budget, and credentials from the issuer.
   *
   * @param builder a client builder pointed at the API
   * @param issuer where tokens come from
   * @return the builder
   */
  static BuildkiteClient.Builder configure(BuildkiteClient.Builder builder, TokenIssuer issuer) {
    return builder
        .credentials(RefreshableCredentials.of(issuer))
        .rateLimit(RateLimitPolicy.adaptive())
        .retryPolicy(RetryPolicy.builder()
            .maxAttempts(5)
            .retryBudget(RetryBudgetSettings.builder().capacity(100).build())
            .build());
  }

  /**
   * Writes every build of the pipeline to the file, newest first, fetching one page ahead.
   *
   * @param client the client
   * @param org the organization slug
   * @param pipeline the pipeline slug
   * @param file the CSV file to write (replaced)
   * @param issuer the client's token issuer, for the summary
   * @param out where to print progress and the summary
   * @return the number of builds written
   */
  static long export(BuildkiteClient client, String org, String pipeline, Path file, CountingIssuer issuer,
      PrintStream out) {
    ListBuildsForPipelineParams params = ListBuildsForPipelineParams.builder()
        .perPage(100).excludeJobs(true).excludePipeline(true).build();
    Page<Build> first = client.builds().listBuildsForPipeline(org, pipeline, params);
    long written = 0;
    try (BufferedWriter csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        Stream<Build> builds = first.autoPager().prefetch().stream()) {
      csv.write(HEADER);
      csv.newLine();
      for (Build build : (Iterable<Build>) builds::iterator) {
        csv.write(row(build));
        csv.newLine();
        if (++written % 100 == 0) {
          out.println("  " + written + " builds written");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
    out.println("Exported " + written + " builds of " + org + "/" + pipeline + " to " + file);
    out.println("  token obtained " + issuer.calls() + " time(s) from the issuer");
    client.rateLimitStatus().organization().ifPresent(w -> out.println("  organization rate limit: " + w.remaining()
        + " of " + w.limit() + " left, resets in " + TaskSetup.format(w.reset())));
    return written;
  }

  /** One CSV row, in the order of the header; absent values are empty. */
  static String row(Build build) {
    Optional<Duration> took = build.startedAt()
        .flatMap(start -> build.finishedAt().map(end -> Duration.between(start, end)));
    return String.join(",", String.valueOf(build.number()), build.state().asString(), csv(build.branch()),
        csv(build.commit()), time(build.createdAt()), time(build.startedAt()), time(build.finishedAt()),
        took.map(d -> String.valueOf(d.toSeconds())).orElse(""));
  }

  private static String time(Optional<OffsetDateTime> value) {
    return value.map(TIMESTAMP::format).orElse("");
  }

  /**
   * A text field as CSV: as it is, or quoted (quotes doubled) when it holds a comma, a quote or a line break. Text
   * that a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return: a branch
   * name is whatever someone pushed) gets a leading apostrophe, and is quoted.
   */
  static String csv(Optional<String> value) {
    String text = value.orElse("");
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    } else if (text.matches("[^,\"\r\n]*")) {
      return text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  /** Live tokens: from {@value #TOKEN_FILE_ENV} when set (read again after a 401), else from the environment. */
  private static TokenIssuer liveIssuer(Map<String, String> env) {
    Optional<String> tokenFile = TaskSetup.nonBlank(env.get(TOKEN_FILE_ENV));
    if (tokenFile.isEmpty()) {
      String token = env.get(BuildkiteClient.TOKEN_ENV).strip();
      return () -> IssuedToken.of(token);
    }
    Path path = Path.of(tokenFile.get());
    // a failure to read reaches the caller as a CredentialsException; its message names the file, never a token
    return () -> IssuedToken.of(Files.readString(path, StandardCharsets.UTF_8).strip());
  }

  private static Path temporaryFile() {
    try {
      Path file = Files.createTempFile("buildkite-builds-", ".csv");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An issuer that counts how often the client asked it, for the summary; it never prints the token. */
  static final class CountingIssuer implements TokenIssuer {
    private final TokenIssuer delegate;
    private final AtomicInteger calls = new AtomicInteger();

    CountingIssuer(TokenIssuer delegate) {
      this.delegate = delegate;
    }

    @Override
    public IssuedToken issue() throws Exception {
      calls.incrementAndGet();
      return delegate.issue();
    }

    int calls() {
      return calls.get();
    }
  }
}
