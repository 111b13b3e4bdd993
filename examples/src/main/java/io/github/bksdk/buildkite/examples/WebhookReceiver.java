package io.github.bksdk.buildkite.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.testkit.BuildScript;
import io.github.bksdk.buildkite.testkit.BuildStage;
import io.github.bksdk.buildkite.testkit.FakeBuild;
import io.github.bksdk.buildkite.testkit.FakeBuildkite;
import io.github.bksdk.buildkite.testkit.Webhook;
import io.github.bksdk.buildkite.testkit.WebhookResult;
import io.github.bksdk.buildkite.webhooks.BuildEvent;
import io.github.bksdk.buildkite.webhooks.WebhookEvent;
import io.github.bksdk.buildkite.webhooks.WebhookEvents;
import io.github.bksdk.buildkite.webhooks.WebhookVerification;
import io.github.bksdk.buildkite.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A webhook endpoint on the JDK's own {@code com.sun.net.httpserver.HttpServer} that accepts only deliveries signed
 * with the webhook's secret and reacts to {@code build.finished}. It shows {@link WebhookVerifier} (the
 * {@code X-Buildkite-Signature} HMAC over the exact bytes received, compared in constant time, with a five-minute
 * replay window) and {@link WebhookEvents#parse(byte[])}, which turns the body into a typed event. A bad or missing
 * signature gets 401, a body larger than 1 MiB 413, anything but POST 405; every other event gets 200 and is ignored.
 *
 * <p>With {@code BUILDKITE_WEBHOOK_SECRET} set it listens on {@code 0.0.0.0:<port>/buildkite} (argument 1, default
 * 8080) until stopped; point a Buildkite webhook notification service at it (through a tunnel when it runs on a
 * laptop) with that secret as its signature token. Without the secret it starts the testkit's {@code FakeBuildkite}
 * with a random secret, listens on a free loopback port, has the fake deliver a failed and a passed
 * {@code build.finished}, a {@code ping} and a forged delivery to it, prints how each was answered and stops.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl examples exec:java -Dexec.mainClass=io.github.bksdk.buildkite.examples.WebhookReceiver
 * }</pre>
 */
public final class WebhookReceiver implements AutoCloseable {
  /** The environment variable holding the webhook's signature secret. */
  public static final String SECRET_ENV = "BUILDKITE_WEBHOOK_SECRET";

  private static final int MAX_BODY = 1024 * 1024;

  private final HttpServer server;
  private final WebhookVerifier verifier;
  private final PrintStream out;

  private WebhookReceiver(InetSocketAddress address, String secret, PrintStream out) throws IOException {
    this.verifier = WebhookVerifier.builder().signatureSecret(secret).build();
    this.out = out;
    this.server = HttpServer.create(address, 0);
    server.createContext("/buildkite", this::handle);
    server.start();
  }

  /**
   * Starts a receiver.
   *
   * @param address where to listen; port 0 picks a free one
   * @param secret the webhook's signature secret
   * @param out where to print what arrives
   * @return the running receiver
   * @throws IOException when the port cannot be bound
   */
  public static WebhookReceiver start(InetSocketAddress address, String secret, PrintStream out) throws IOException {
    return new WebhookReceiver(address, secret, out);
  }

  /**
   * Returns the endpoint's URL, with the port actually bound.
   *
   * @return the URL
   */
  public URI endpoint() {
    InetSocketAddress bound = server.getAddress();
    return URI.create("http://" + bound.getHostString() + ":" + bound.getPort() + "/buildkite");
  }

  /** Stops listening at once. */
  @Override
  public void close() {
    server.stop(0);
  }

  /**
   * Runs the receiver with the process environment: until stopped with a secret, else the fake delivery round.
   *
   * @param args the port (optional)
   * @throws Exception when the server cannot start or the wait is interrupted
   */
  public static void main(String[] args) throws Exception {
    String secret = System.getenv(SECRET_ENV);
    if (secret == null || secret.isBlank()) {
      runAgainstFake(System.out);
      return;
    }
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    WebhookReceiver receiver = start(new InetSocketAddress(port), secret.strip(), System.out);
    System.out.println("Listening on " + receiver.endpoint() + " (Ctrl-C to stop)");
    Thread.currentThread().join();
  }

  /**
   * Starts a receiver on loopback, has a fake Buildkite deliver four webhooks to it and prints the answers.
   *
   * @param out where to print
   * @throws IOException when the receiver cannot start
   */
  public static void runAgainstFake(PrintStream out) throws IOException {
    String secret = "whsec-" + UUID.randomUUID();       // known only to the fake and this receiver
    try (FakeBuildkite fake = FakeBuildkite.start(FakeBuildkite.Settings.builder().webhookSecret(secret).build());
        WebhookReceiver receiver = start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), secret, out)) {
      out.println("Mode: FAKE - " + SECRET_ENV + " is not set; listening on " + receiver.endpoint()
          + ", the testkit's FakeBuildkite delivers to it");
      FakeBuild failed = fake.script(BuildScript.of("acme", "web-app", 41).stages(BuildStage.FAILED));
      FakeBuild passed = fake.script(BuildScript.of("acme", "web-app", 42).stages(BuildStage.PASSED));
      report(out, "signed build.finished (#41)", fake.deliver(receiver.endpoint(),
          Webhook.forBuild("build.finished", failed)));
      report(out, "signed build.finished (#42)", fake.deliver(receiver.endpoint(),
          Webhook.forBuild("build.finished", passed)));
      report(out, "signed ping", fake.deliver(receiver.endpoint(), Webhook.event("ping")));
      report(out, "forged build.finished", fake.deliver(receiver.endpoint(),
          Webhook.forBuild("build.finished", passed).auth(Webhook.Auth.WRONG_SIGNATURE)));
      out.println("Stopped.");
    }
  }

  private static void report(PrintStream out, String what, WebhookResult result) {
    out.println("  fake -> receiver: " + what + " answered " + result.status() + " " + result.responseBody());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        answer(exchange, 405, "POST only");
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY + 1);
      }
      if (body.length > MAX_BODY) {
        answer(exchange, 413, "too large");
        return;
      }
      // Verify the exact bytes received, before parsing anything.
      WebhookVerification check = verifier.verify(exchange.getRequestHeaders(), body);
      if (!check.isValid()) {
        out.println("  receiver: rejected a delivery: " + check.reason().map(Enum::name).orElse("invalid"));
        answer(exchange, 401, "invalid signature");
        return;
      }
      WebhookEvent event = WebhookEvents.parse(body);
      if (event instanceof BuildEvent e && e.name().equals("build.finished")) {
        onBuildFinished(e);
      } else {
        out.println("  receiver: ignoring " + event.name());
      }
      answer(exchange, 200, "ok");
    } catch (RuntimeException e) {
      // A body that is not a webhook: say so without a stack trace in the server's log.
      out.println("  receiver: bad delivery: " + Console.oneLine(e.getMessage()));
      answer(exchange, 400, "bad request");
    }
  }

  private void onBuildFinished(BuildEvent event) {
    Build build = event.payload().build();
    String pipeline = event.payload().pipeline().slug();
    if (build.blocked().orElse(false)) {
      out.println("  receiver: " + pipeline + " #" + build.number() + " is waiting at a block step");
      return;
    }
    String state = build.state().asString();
    String verdict = switch (state) {
      case "passed" -> "PASS";
      case "failed" -> "FAIL";
      default -> state.toUpperCase(java.util.Locale.ROOT);
    };
    out.println("  receiver: " + verdict + " " + pipeline + " #" + build.number() + " ("
        + build.branch().orElse("?") + ", " + build.message().map(Console::oneLine).orElse("") + ") "
        + build.webUrl().orElse(build.url()));
  }

  private static void answer(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  /**
   * Returns a short description of the receiver.
   *
   * @return the endpoint, never the secret
   */
  @Override
  public String toString() {
    return "WebhookReceiver{" + endpoint() + "}";
  }
}
