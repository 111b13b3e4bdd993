package io.github.bksdk.buildkite.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.bksdk.buildkite.BuildkiteClient;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB job log goes to a file through a JVM limited to a 48 MB heap: if any layer held the log in memory, the
 * child JVM would fail with OutOfMemoryError. The log is generated on the fly by a loopback server, so neither
 * side of the test holds it either.
 */
class LargeLogStreamingTest {
  static final long SIZE = 200L * 1024 * 1024;

  @Test
  void aTwoHundredMegabyteLogStreamsToAFileWithinASmallHeap(@TempDir Path dir) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, SIZE);
      byte[] chunk = new byte[64 * 1024];
      Arrays.fill(chunk, (byte) 'x');
      try (OutputStream out = exchange.getResponseBody()) {
        for (long sent = 0; sent < SIZE; sent += chunk.length) {
          out.write(chunk, 0, (int) Math.min(chunk.length, SIZE - sent));
        }
      }
    });
    server.start();
    try {
      Path file = dir.resolve("job.log");
      Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx48m", "-cp", System.getProperty("java.class.path"), Child.class.getName(),
          "http://127.0.0.1:" + server.getAddress().getPort(), file.toString())
          .redirectErrorStream(true).start();
      assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
      String output = new String(child.getInputStream().readAllBytes());
      assertThat(child.exitValue()).as(output).isZero();
      assertThat(output).contains("wrote " + SIZE);
      assertThat(Files.size(file)).isEqualTo(SIZE);
    } finally {
      server.stop(0);
    }
  }

  /** Runs in the small-heap JVM: streams the log through the public client. */
  public static final class Child {
    public static void main(String[] args) {
      BuildkiteClient client = BuildkiteClient.builder().token("bkua_child").baseUrl(args[0]).build();
      long bytes = client.jobLogs().writeTo("acme", "j1", Path.of(args[1]));
      System.out.println("wrote " + bytes + " with max heap " + Runtime.getRuntime().maxMemory());
    }
  }
}
