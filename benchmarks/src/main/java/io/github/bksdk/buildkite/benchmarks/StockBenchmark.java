package io.github.bksdk.buildkite.benchmarks;

import io.github.bksdk.buildkite.benchmarks.stock.api.BuildsApi;
import io.github.bksdk.buildkite.benchmarks.stock.client.ApiClient;
import io.github.bksdk.buildkite.benchmarks.stock.model.ApiResponse;
import io.github.bksdk.buildkite.benchmarks.stock.model.Build;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The third column: the client that stock openapi-generator 7.25.0 ({@code java}, library {@code feign}, its own
 * templates and default options) generates from the same spec, used as its README shows: one {@link ApiClient} with
 * the {@code bearerAuth} scheme and its default transport (Feign's OkHttp client), against the same loopback server
 * as {@link SdkBenchmark} and {@link FloorBenchmark}. The one change it needs to read {@code builds-get.json} at all
 * is described in {@link StockClient}. Its models are plain mutable beans decoded by the generated
 * client's own mapper. It has no pager, so {@link #page10k()} follows {@code Link rel="next"} by hand, reading the
 * page number from the link as a caller of that client would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dsun.net.httpserver.nodelay=true"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class StockBenchmark {
  private static final Pattern NEXT_PAGE = Pattern.compile("<[^>]*[?&]page=(\\d+)[^>]*>\\s*;\\s*rel=\"?next\"?");

  private LoopbackServer server;
  private BuildsApi builds;

  @Setup(Level.Trial)
  public void setUp() {
    server = new LoopbackServer();
    ApiClient client = new StockClient();
    client.setBearerToken(Defaults.TOKEN);
    client.setBasePath(server.origin());
    builds = client.buildClient(BuildsApi.class);
    Checks.equal("getBuild number", Payloads.BUILD_NUMBER, getBuild().getNumber());
    Checks.equal("list100 size", Payloads.PER_PAGE, list100().size());
    Checks.equal("page10k count", Payloads.PER_PAGE * Payloads.PAGES, page10k());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  /** {@code buildsApi.getBuild(org, pipeline, number, null...)}: one build, decoded into the stock model. */
  @Benchmark
  public Build getBuild() {
    return builds.getBuild(Payloads.ORG, Payloads.PIPELINE, Payloads.BUILD_NUMBER, null, null, null, null, null);
  }

  /** {@code listBuildsForPipeline(..., perPage 100)}: one page of 100 builds, decoded. */
  @Benchmark
  public List<Build> list100() {
    return builds.listBuildsForPipeline(Payloads.ORG, Payloads.PIPELINE,
        new BuildsApi.ListBuildsForPipelineQueryParams().perPage(Payloads.PER_PAGE));
  }

  /** 10,000 builds over 100 pages: {@code ...WithHttpInfo} for the headers, the next page number from the Link. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long page10k() {
    long count = 0;
    Integer page = 1;
    while (page != null) {
      ApiResponse<List<Build>> response = builds.listBuildsForPipelineWithHttpInfo(Payloads.ORG,
          Payloads.PAGED_PIPELINE, new BuildsApi.ListBuildsForPipelineQueryParams().perPage(Payloads.PER_PAGE)
              .page(page));
      count += response.getData().size();
      page = nextPage(response.getHeaders().get("link"));
    }
    return count;
  }

  private static Integer nextPage(Collection<String> link) {
    if (link == null) {
      return null;
    }
    for (String value : link) {
      Matcher m = NEXT_PAGE.matcher(value);
      if (m.find()) {
        return Integer.valueOf(m.group(1));
      }
    }
    return null;
  }
}
