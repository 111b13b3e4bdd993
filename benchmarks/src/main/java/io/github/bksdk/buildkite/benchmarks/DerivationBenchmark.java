package io.github.bksdk.buildkite.benchmarks;

import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.services.GetBuildParams;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What per-call settings cost: deriving a client with {@code withOptions} (it must create no thread, connection pool
 * or executor, so deriving per call site is fine), and a call that carries {@link RequestOptions} against the same
 * call without them. The thread count before and after 1,000 derivations is printed at tear-down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dsun.net.httpserver.nodelay=true"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class DerivationBenchmark {
  private static final RequestOptions OPTIONS = RequestOptions.builder().readTimeout(Duration.ofSeconds(30))
      .header("Buildkite-Version", "2026-08-01").build();

  private LoopbackServer server;
  private BuildkiteClient client;

  @Setup(Level.Trial)
  public void setUp() {
    server = new LoopbackServer();
    client = BuildkiteClient.builder().baseUrl(server.origin()).token(Defaults.TOKEN).build();
    int before = Thread.activeCount();
    BuildkiteClient derived = client;
    for (int i = 0; i < 1_000; i++) {
      derived = client.withOptions(OPTIONS);
    }
    Checks.equal("derived getBuild", Payloads.BUILD_NUMBER, derived.builds().getBuild(Payloads.ORG, Payloads.PIPELINE,
        Payloads.BUILD_NUMBER).number());
    System.out.println("[derivation] threads before 1,000 withOptions: " + before + ", after: " + Thread.activeCount());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  /** {@code client.withOptions(options)}: a derived client sharing the transport. */
  @Benchmark
  public BuildkiteClient withOptions() {
    return client.withOptions(OPTIONS);
  }

  /** {@code getBuild} with per-call options (a read timeout and a header). */
  @Benchmark
  public Build getBuildWithOptions() {
    return client.builds().getBuild(Payloads.ORG, Payloads.PIPELINE, Payloads.BUILD_NUMBER, GetBuildParams.none(), OPTIONS);
  }

  /** {@code getBuild} without options, for comparison within the same run. */
  @Benchmark
  public Build getBuildPlain() {
    return client.builds().getBuild(Payloads.ORG, Payloads.PIPELINE, Payloads.BUILD_NUMBER);
  }
}
