package io.github.bksdk.buildkite.benchmarks;

import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.internal.Json;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.services.GetBuildParams;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Bytes allocated per call by the SDK's one-build call and by pieces of it, on the calling thread, without the
 * network (the {@link InMemoryHttpClient} of {@code OverheadBenchmark}): the quick way to see what a change to the
 * SDK's per-call work buys before a JMH run. Each line is the lowest of five rounds of 5,000 calls after 30,000
 * calls of warm-up, measured with {@code ThreadMXBean.getThreadAllocatedBytes}.
 *
 * <pre>{@code
 * ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.github.bksdk.buildkite.benchmarks.AllocationProbe
 * }</pre>
 *
 * <p>A harness, not a benchmark: it counts only the calling thread's bytes (JMH's {@code gc.alloc.rate.norm}
 * counts every thread of the fork), and it says nothing about time.
 */
public final class AllocationProbe {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static volatile Object sink;

  private AllocationProbe() {}

  /**
   * Prints the bytes per call of the floor, the SDK and the pieces.
   *
   * @param args none
   * @throws Exception if a call fails
   */
  public static void main(String[] args) throws Exception {
    HttpClient http = new InMemoryHttpClient();
    URI uri = URI.create(InMemoryHttpClient.ORIGIN + Payloads.BUILD_PATH);
    try (BuildkiteClient client = BuildkiteClient.builder().baseUrl(InMemoryHttpClient.ORIGIN).token(Defaults.TOKEN)
        .httpClient(http).build()) {
      long floor = measure("floor: send + decode", () -> Json.mapper().readValue(send(http, uri).body(), Build.class));
      long sdk = measure("sdk: getBuild", () -> client.builds().getBuild("my-great-org", "my-pipeline",
          Payloads.BUILD_NUMBER));
      measure("sdk: getBuildWithResponse", () -> client.builds().getBuildWithResponse("my-great-org", "my-pipeline",
          Payloads.BUILD_NUMBER, GetBuildParams.none(), RequestOptions.none()));
      System.out.printf("%-44s %8d B%n", "sdk - floor", sdk - floor);
      @SuppressWarnings({"unchecked", "rawtypes"})
      Map<String, Collection<String>> headers = (Map) send(http, uri).headers().map();
      feign.Request request = feign.Request.create(feign.Request.HttpMethod.GET, uri.toString(), Map.of(), null, null,
          null);
      // the chain passed one of these per call until it passed its own Reply; only the raw forms still build one
      measure("piece: feign.Response (raw forms only)", () -> feign.Response.builder().status(200).reason("")
          .headers(headers).request(request).body(new byte[0]).build());
      measure("piece: URI.create of the URL", () -> URI.create(InMemoryHttpClient.ORIGIN + Payloads.BUILD_PATH));
    }
  }

  private static HttpResponse<byte[]> send(HttpClient http, URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json").header("Authorization", "Bearer " + Defaults.TOKEN).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static long measure(String name, Callable<?> call) throws Exception {
    for (int i = 0; i < 30_000; i++) {
      sink = call.call();
    }
    long thread = Thread.currentThread().getId();
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      long before = THREADS.getThreadAllocatedBytes(thread);
      for (int i = 0; i < 5_000; i++) {
        sink = call.call();
      }
      best = Math.min(best, (THREADS.getThreadAllocatedBytes(thread) - before) / 5_000);
    }
    System.out.printf("%-44s %8d B%n", name, best);
    return best;
  }
}
