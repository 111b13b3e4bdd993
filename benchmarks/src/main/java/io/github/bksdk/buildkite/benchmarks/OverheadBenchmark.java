package io.github.bksdk.buildkite.benchmarks;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.services.ListBuildsForPipelineParams;
import io.github.bksdk.buildkite.internal.Json;
import io.github.bksdk.buildkite.model.Build;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same floor and SDK calls as {@link FloorBenchmark} and {@link SdkBenchmark}, but over
 * {@link InMemoryHttpClient}: no socket, no server, no selector thread. Both sides get exactly the same
 * {@code HttpResponse}, so {@code sdk* - floor*} is what the SDK's own layers cost per call (Feign, the transport
 * chain, the codec, paging), measured without the network's noise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class OverheadBenchmark {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final JavaType BUILD_LIST = MAPPER.getTypeFactory().constructCollectionType(List.class, Build.class);
  private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");
  private static final ListBuildsForPipelineParams PER_PAGE_100 =
      ListBuildsForPipelineParams.builder().perPage(Payloads.PER_PAGE).build();

  private HttpClient http;
  private BuildkiteClient client;
  private URI buildUri;
  private URI listUri;
  private URI pagedUri;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    http = new InMemoryHttpClient();
    client = BuildkiteClient.builder().baseUrl(InMemoryHttpClient.ORIGIN).token(Defaults.TOKEN).httpClient(http)
        .build();
    buildUri = URI.create(InMemoryHttpClient.ORIGIN + Payloads.BUILD_PATH);
    listUri = URI.create(InMemoryHttpClient.ORIGIN + Payloads.LIST_PATH + "?per_page=" + Payloads.PER_PAGE);
    pagedUri = URI.create(InMemoryHttpClient.ORIGIN + Payloads.PAGED_PATH + "?per_page=" + Payloads.PER_PAGE);
    Checks.equal("floorGetBuild number", Payloads.BUILD_NUMBER, floorGetBuild().number());
    Checks.equal("sdkGetBuild number", Payloads.BUILD_NUMBER, sdkGetBuild().number());
    Checks.equal("floorList100 size", Payloads.PER_PAGE, floorList100().size());
    Checks.equal("sdkList100 size", Payloads.PER_PAGE, sdkList100().size());
    Checks.equal("floorPage10k count", Payloads.PER_PAGE * Payloads.PAGES, floorPage10k());
    Checks.equal("sdkPage10k count", Payloads.PER_PAGE * Payloads.PAGES, sdkPage10k());
  }

  private HttpResponse<byte[]> send(URI uri) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + Defaults.TOKEN)
        .GET()
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("unexpected status " + response.statusCode());
    }
    return response;
  }

  /** Floor: one build, decoded into {@link Build}. */
  @Benchmark
  public Build floorGetBuild() throws IOException, InterruptedException {
    return MAPPER.readValue(send(buildUri).body(), Build.class);
  }

  /** SDK: {@code client.builds().getBuild(...)}. */
  @Benchmark
  public Build sdkGetBuild() {
    return client.builds().getBuild(Payloads.ORG, Payloads.PIPELINE, Payloads.BUILD_NUMBER);
  }

  /** Floor: a page of 100 builds, decoded. */
  @Benchmark
  public List<Build> floorList100() throws IOException, InterruptedException {
    return MAPPER.readValue(send(listUri).body(), BUILD_LIST);
  }

  /** SDK: {@code listBuildsForPipeline(..., perPage(100)).items()}. */
  @Benchmark
  public List<Build> sdkList100() {
    return client.builds().listBuildsForPipeline(Payloads.ORG, Payloads.PIPELINE, PER_PAGE_100).items();
  }

  /** Floor: 10,000 builds over 100 pages following {@code Link rel="next"}. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long floorPage10k() throws IOException, InterruptedException {
    long count = 0;
    URI next = pagedUri;
    while (next != null) {
      HttpResponse<byte[]> response = send(next);
      count += MAPPER.<List<Build>>readValue(response.body(), BUILD_LIST).size();
      next = response.headers().firstValue("Link").map(OverheadBenchmark::nextLink).orElse(null);
    }
    return count;
  }

  /** SDK: {@code listBuildsForPipeline(..., perPage(100)).streamAll().count()}. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long sdkPage10k() {
    return client.builds().listBuildsForPipeline(Payloads.ORG, Payloads.PAGED_PIPELINE, PER_PAGE_100)
        .streamAll().count();
  }

  private static URI nextLink(String header) {
    Matcher m = NEXT.matcher(header);
    return m.find() ? URI.create(m.group(1)) : null;
  }
}
