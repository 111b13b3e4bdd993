package io.github.bksdk.buildkite.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.model.Build;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The async client under load (issue 11, item 2): {@code N} (default 1,000) concurrent {@code getBuild} calls
 * against a loopback server that answers each request after 200 ms without holding a thread per request (the
 * handler hands the exchange to a 2-thread scheduler that writes the answer later). Prints the wall time of the
 * whole batch and the JVM's live threads before, at the peak during, and after the batch, split into the SDK's
 * own threads (the JDK client's selector, the SDK timer, the common pool that delivers results) and the server's.
 *
 * <pre>{@code
 * ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.github.bksdk.buildkite.benchmarks.AsyncConcurrencyHarness [calls] [rounds]
 * }</pre>
 *
 * <p>A harness, not a JMH benchmark: the claim is about concurrency and threads, and one batch of 1,000 calls is
 * the measurement. The first round warms up the JIT and opens the connections; later rounds reuse them.
 */
public final class AsyncConcurrencyHarness {
  private static final String BUILD = "{\"id\":\"b\",\"number\":7,\"state\":\"passed\",\"message\":\"hello\"}";

  private AsyncConcurrencyHarness() {}

  /**
   * Runs the harness.
   *
   * @param args optional: number of concurrent calls (1000), number of rounds (3)
   * @throws Exception if the server cannot start or a call fails
   */
  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    ScheduledExecutorService replies = Executors.newScheduledThreadPool(2, daemon("server-reply"));
    ExecutorService dispatch = Executors.newFixedThreadPool(2, daemon("server-dispatch"));
    // Without it the JDK's HttpServer sends headers and body as two segments and Nagle holds the body for the
    // client's delayed ACK (about 40 ms on loopback): the harness would measure the ACK timer.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
    server.createContext("/", exchange -> replies.schedule(() -> answer(exchange), 200, TimeUnit.MILLISECONDS));
    server.setExecutor(dispatch);
    server.start();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    System.out.printf("JVM threads before the client exists: %d %s%n", mx.getThreadCount(), byKind());
    try (BuildkiteClient client = BuildkiteClient.builder().token("bkua_harness0123456789abcdef")
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).readTimeout(Duration.ofSeconds(30)).build()) {
      for (int round = 1; round <= rounds; round++) {
        System.gc();
        int before = mx.getThreadCount();
        String beforeKinds = byKind();
        mx.resetPeakThreadCount();
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Thread sampler = new Thread(() -> {
          while (!Thread.currentThread().isInterrupted()) {
            Thread.getAllStackTraces().forEach((t, stack) -> {
              seen.add(t.getName().replaceAll("[0-9]+", "N"));
              if (System.getProperty("harness.stacks") != null && t.getName().startsWith("Thread-") && stack.length > 0) {
                System.out.println(t.getName() + " " + java.util.Arrays.toString(java.util.Arrays.copyOfRange(stack, Math.max(0, stack.length - 8), stack.length)));
              }
            });
            java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
          }
        }, "harness-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        List<CompletableFuture<Build>> futures = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
          futures.add(client.async().builds().getBuild("acme", "app", 7));
        }
        long issuedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        int duringIssued = mx.getThreadCount();
        String duringKinds = byKind();
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        int peak = mx.getPeakThreadCount();
        sampler.interrupt();
        long ok = futures.stream().filter(f -> f.join().number() == 7).count();
        System.out.printf("round %d: %d calls, %d ok, %d ms wall (server delay 200 ms; all calls issued after %d ms)%n",
            round, calls, ok, millis, issuedMillis);
        System.out.printf("  threads before %d %s%n", before, beforeKinds);
        System.out.printf("  threads right after issuing all calls %d %s%n", duringIssued, duringKinds);
        System.out.printf("  peak during the batch %d (including this harness's sampler thread), after %d %s%n", peak,
            mx.getThreadCount(), byKind());
        System.out.printf("  thread names seen during the batch (sampled every 2 ms): %s%n", new java.util.TreeSet<>(seen));
      }
    } finally {
      server.stop(0);
      replies.shutdownNow();
      dispatch.shutdownNow();
    }
  }

  private static void answer(HttpExchange exchange) {
    try (exchange) {
      byte[] body = BUILD.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException e) {
      // the client went away; nothing to answer
    }
  }

  /** Live threads grouped by what they belong to (names with digits folded). */
  private static String byKind() {
    Map<String, Integer> kinds = new TreeMap<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      String name = thread.getName();
      if (System.getProperty("harness.names") != null) {
        System.out.println("    " + name);
      }
      String kind = name.startsWith("server-") ? "server"
          : name.startsWith("HttpClient-") ? "jdk-httpclient"
          : name.startsWith("buildkite-sdk-timer") ? "sdk-timer"
          : name.startsWith("buildkite-sdk-async") ? "sdk-completions"
          : name.startsWith("Thread-") ? "jdk-default-async"
          : name.startsWith("ForkJoinPool.commonPool") ? "common-pool"
          : name.startsWith("HTTP-Dispatcher") ? "server"
          : "jvm";
      kinds.merge(kind, 1, Integer::sum);
    }
    return kinds.toString();
  }

  private static java.util.concurrent.ThreadFactory daemon(String prefix) {
    java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
