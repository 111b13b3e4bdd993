package io.github.bksdk.buildkite.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A light HTTP/1.1 server on 127.0.0.1 that serves {@link Payloads} from memory: the JDK's own
 * {@code com.sun.net.httpserver}, with handlers run directly on its one dispatcher thread (no pool, no hand-off).
 * Per request it only parses the request line and headers and writes one precomputed body. Both the floor and the
 * SDK talk to the same server, so its cost is the same on both sides of every comparison.
 */
final class LoopbackServer implements AutoCloseable {
  static {
    // com.sun.net.httpserver leaves Nagle's algorithm on by default; it writes the head and the body separately,
    // so a small response could wait for a delayed ACK. Must be set before the server classes load.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final String origin;
  private final Payloads.Links links;

  LoopbackServer() {
    try {
      this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.origin = "http://127.0.0.1:" + server.getAddress().getPort();
    this.links = new Payloads.Links(origin);
    server.createContext("/", this::handle);
    server.setExecutor(null); // handlers run on the dispatcher thread
    server.start();
  }

  /** The origin to give the clients, {@code http://127.0.0.1:port}. */
  String origin() {
    return origin;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Payloads.Reply reply = Payloads.route(links, exchange.getRequestURI().getRawPath(),
          exchange.getRequestURI().getRawQuery());
      if (reply.body() == null) {
        exchange.sendResponseHeaders(reply.status(), -1);
        return;
      }
      var headers = exchange.getResponseHeaders();
      for (String[] header : Payloads.COMMON_HEADERS) {
        headers.set(header[0], header[1]);
      }
      if (reply.link() != null) {
        headers.set("Link", reply.link());
      }
      exchange.sendResponseHeaders(reply.status(), reply.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
