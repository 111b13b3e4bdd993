package io.github.bksdk.buildkite.benchmarks;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor: what a hand-written client costs with nothing but the JDK {@link HttpClient} and Jackson, against the
 * same loopback server as {@link SdkBenchmark}. The client is configured like the SDK's transport (HTTP/1.1, no
 * redirects, a request timeout, {@code Accept} and {@code Authorization} headers); {@code executor} chooses the JDK
 * client's default executor (each response is handed to a pool thread) or a direct one ({@code Runnable::run},
 * what the SDK uses). Decoding uses the SDK's own mapper ({@link Json#mapper()}) and model ({@link Build}), so the
 * floor and the SDK do exactly the same JSON work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dsun.net.httpserver.nodelay=true"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class FloorBenchmark {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final JavaType BUILD_LIST = MAPPER.getTypeFactory().constructCollectionType(List.class, Build.class);
  private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");

  @Param({"default", "direct"})
  public String executor;

  private LoopbackServer server;
  private HttpClient http;
  private URI buildUri;
  private URI listUri;
  private URI pagedUri;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    server = new LoopbackServer();
    HttpClient.Builder builder = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10));
    if ("direct".equals(executor)) {
      builder.executor(Runnable::run);
    } else if (!"default".equals(executor)) {
      throw new IllegalArgumentException("executor must be default or direct, was " + executor);
    }
    http = builder.build();
    buildUri = URI.create(server.origin() + Payloads.BUILD_PATH);
    listUri = URI.create(server.origin() + Payloads.LIST_PATH + "?per_page=" + Payloads.PER_PAGE);
    pagedUri = URI.create(server.origin() + Payloads.PAGED_PATH + "?per_page=" + Payloads.PER_PAGE);
    // Check once that every benchmark does the work it claims.
    Checks.equal("getBuildBytes length", Payloads.BUILD.length, getBuildBytes().length);
    Checks.equal("getBuildDecoded number", Payloads.BUILD_NUMBER, getBuildDecoded().number());
    Checks.equal("list100Bytes length", Payloads.LIST.length, list100Bytes().length);
    Checks.equal("list100Decoded size", Payloads.PER_PAGE, list100Decoded().size());
    Checks.equal("getBuildTree number", Payloads.BUILD_NUMBER, getBuildTree().get("number").asInt());
    Checks.equal("list100Tree size", Payloads.PER_PAGE, list100Tree().size());
    Checks.equal("page10kDecoded count", Payloads.PER_PAGE * Payloads.PAGES, page10kDecoded());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  private HttpRequest request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + Defaults.TOKEN)
        .GET()
        .build();
  }

  private byte[] get(URI uri) throws IOException, InterruptedException {
    return ok(http.send(request(uri), HttpResponse.BodyHandlers.ofByteArray())).body();
  }

  private static HttpResponse<byte[]> ok(HttpResponse<byte[]> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException("unexpected status " + response.statusCode() + " from " + response.uri());
    }
    return response;
  }

  /** GET one build (5.3 KB): the body as bytes, no decoding. */
  @Benchmark
  public byte[] getBuildBytes() throws IOException, InterruptedException {
    return get(buildUri);
  }

  /** GET one build, decoded into the SDK's {@link Build}. */
  @Benchmark
  public Build getBuildDecoded() throws IOException, InterruptedException {
    return MAPPER.readValue(get(buildUri), Build.class);
  }

  /** GET one build, decoded into a Jackson tree ({@link JsonNode}), for comparison with the typed model. */
  @Benchmark
  public JsonNode getBuildTree() throws IOException, InterruptedException {
    return MAPPER.readTree(get(buildUri));
  }

  /** GET a page of 100 builds (about 480 KB): the body as bytes, no decoding. */
  @Benchmark
  public byte[] list100Bytes() throws IOException, InterruptedException {
    return get(listUri);
  }

  /** GET a page of 100 builds, decoded into a {@code List<Build>}. */
  @Benchmark
  public List<Build> list100Decoded() throws IOException, InterruptedException {
    return MAPPER.readValue(get(listUri), BUILD_LIST);
  }

  /** GET a page of 100 builds, decoded into a Jackson tree ({@link JsonNode}). */
  @Benchmark
  public JsonNode list100Tree() throws IOException, InterruptedException {
    return MAPPER.readTree(get(listUri));
  }

  /**
   * Pages through 10,000 builds: 100 GETs, each page decoded into a {@code List<Build>}, counted and dropped, and
   * the next URL taken from the {@code Link: <...>; rel="next"} header. Holds one page at a time.
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long page10kDecoded() throws IOException, InterruptedException {
    long count = 0;
    URI next = pagedUri;
    while (next != null) {
      HttpResponse<byte[]> response = ok(http.send(request(next), HttpResponse.BodyHandlers.ofByteArray()));
      List<Build> builds = MAPPER.readValue(response.body(), BUILD_LIST);
      count += builds.size();
      next = response.headers().firstValue("Link").map(FloorBenchmark::nextLink).orElse(null);
    }
    return count;
  }

  private static URI nextLink(String header) {
    Matcher m = NEXT.matcher(header);
    return m.find() ? URI.create(m.group(1)) : null;
  }
}
