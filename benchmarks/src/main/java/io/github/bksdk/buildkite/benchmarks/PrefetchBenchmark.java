package io.github.bksdk.buildkite.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.services.ListBuildsForPipelineParams;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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
 * Paging with and without prefetch (issue 11, item 3): 100 pages of 10 builds from a loopback server that answers
 * each page after {@code serverDelayMs} (20 ms), consumed by a loop that spends {@code consumerMsPerPage} (20 ms) on
 * every page, spread over its items. Sequential paging costs about 100 x (20 + 20) ms; prefetching overlaps the two,
 * about 100 x 20 ms plus one page. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar PrefetchBenchmark}; the ratio {@code sequential / prefetch} is the
 * speed-up.
 *
 * <p>The server is its own small {@code com.sun.net.httpserver} with a pool of 4 handler threads (the delay is a
 * sleep, so handlers must not share the dispatcher thread); the consumer parks rather than spins, so the result does
 * not depend on how many cores are free.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// sun.net.httpserver.nodelay: the JDK's HttpServer writes a response's headers and body as two TCP segments; with
// Nagle's algorithm on, the body waits for the client's delayed ACK of the headers (about 40 ms on Linux loopback),
// so every page took the 20 ms asked for plus 40 ms, and the benchmark measured the ACK timer, not the paging.
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m", "-Dsun.net.httpserver.nodelay=true"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class PrefetchBenchmark {
  static final int PAGES = 100;
  static final int PER_PAGE = 10;
  private static final String PATH = "/v2/organizations/acme/pipelines/app/builds";

  /** Milliseconds the server waits before answering each page. */
  @Param("20")
  public int serverDelayMs;

  /** Milliseconds the consumer spends on each page. */
  @Param("20")
  public int consumerMsPerPage;

  private HttpServer server;
  private ExecutorService handlers;
  private BuildkiteClient client;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    String origin = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", exchange -> answer(exchange, origin));
    handlers = Executors.newFixedThreadPool(4);
    server.setExecutor(handlers);
    server.start();
    client = BuildkiteClient.builder().baseUrl(origin).token(Defaults.TOKEN).build();
    Checks.equal("sequential count", PAGES * PER_PAGE, sequential());
    Checks.equal("prefetch count", PAGES * PER_PAGE, prefetch());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    server.stop(0);
    handlers.shutdownNow();
  }

  private void answer(HttpExchange exchange, String origin) throws IOException {
    try (exchange) {
      String query = exchange.getRequestURI().getRawQuery();
      int page = 1;
      for (String part : query == null ? new String[0] : query.split("&")) {
        if (part.startsWith("page=")) {
          page = Integer.parseInt(part.substring(5));
        }
      }
      StringBuilder body = new StringBuilder("[");
      for (int i = 0; i < PER_PAGE; i++) {
        int number = (page - 1) * PER_PAGE + i + 1;
        body.append(i == 0 ? "" : ",").append("{\"id\":\"b").append(number).append("\",\"url\":\"").append(origin)
            .append(PATH).append('/').append(number).append("\",\"number\":").append(number)
            .append(",\"state\":\"passed\"}");
      }
      byte[] bytes = body.append(']').toString().getBytes(StandardCharsets.UTF_8);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(serverDelayMs));
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      if (page < PAGES) {
        exchange.getResponseHeaders().set("Link",
            "<" + origin + PATH + "?per_page=" + PER_PAGE + "&page=" + (page + 1) + ">; rel=\"next\"");
      }
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private Page<Build> first() {
    return client.builds().listBuildsForPipeline("acme", "app",
        ListBuildsForPipelineParams.builder().perPage(PER_PAGE).page(1).build());
  }

  private int consume(Iterator<Build> items) {
    long perItem = TimeUnit.MILLISECONDS.toNanos(consumerMsPerPage) / PER_PAGE;
    int count = 0;
    while (items.hasNext()) {
      items.next();
      LockSupport.parkNanos(perItem);
      count++;
    }
    return count;
  }

  /** Plain {@code autoPager()}: fetch a page, consume it, fetch the next. */
  @Benchmark
  public int sequential() {
    return consume(first().autoPager().iterator());
  }

  /** {@code autoPager().prefetch()}: page k+1 is fetched while page k is consumed. */
  @Benchmark
  public int prefetch() {
    try (var it = first().autoPager().prefetch().iterator()) {
      return consume(it);
    }
  }
}
