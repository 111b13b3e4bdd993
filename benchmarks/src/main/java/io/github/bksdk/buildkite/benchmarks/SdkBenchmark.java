package io.github.bksdk.buildkite.benchmarks;

import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.services.ListBuildsForPipelineParams;
import io.github.bksdk.buildkite.model.Build;
import java.util.List;
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
 * The SDK as an application uses it: one {@link BuildkiteClient} with default settings (its own JDK transport with
 * a direct executor, retries on, client-side rate limiting off, logging off) against the same loopback server as
 * {@link FloorBenchmark}. Every call goes through the whole chain: the generated service, Feign, the retry client,
 * the rate-limit tracker, the API-origin guard, the JDK transport and the codec.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dsun.net.httpserver.nodelay=true"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class SdkBenchmark {
  private static final ListBuildsForPipelineParams PER_PAGE_100 =
      ListBuildsForPipelineParams.builder().perPage(Payloads.PER_PAGE).build();

  private LoopbackServer server;
  private BuildkiteClient client;

  @Setup(Level.Trial)
  public void setUp() {
    server = new LoopbackServer();
    client = BuildkiteClient.builder().baseUrl(server.origin()).token(Defaults.TOKEN).build();
    Checks.equal("getBuild number", Payloads.BUILD_NUMBER, getBuild().number());
    Checks.equal("list100 size", Payloads.PER_PAGE, list100().size());
    Checks.equal("page10k count", Payloads.PER_PAGE * Payloads.PAGES, page10k());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  /** {@code client.builds().getBuild(org, pipeline, number)}: one build, decoded. */
  @Benchmark
  public Build getBuild() {
    return client.builds().getBuild(Payloads.ORG, Payloads.PIPELINE, Payloads.BUILD_NUMBER);
  }

  /** {@code listBuildsForPipeline(..., perPage(100)).items()}: one page of 100 builds, decoded. */
  @Benchmark
  public List<Build> list100() {
    return client.builds().listBuildsForPipeline(Payloads.ORG, Payloads.PIPELINE, PER_PAGE_100).items();
  }

  /**
   * {@code listBuildsForPipeline(..., perPage(100)).streamAll().count()}: 10,000 builds over 100 pages, following
   * the {@code Link rel="next"} header, one page held at a time.
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long page10k() {
    return client.builds().listBuildsForPipeline(Payloads.ORG, Payloads.PAGED_PIPELINE, PER_PAGE_100)
        .streamAll().count();
  }
}
