package io.github.bksdk.buildkite.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.bksdk.buildkite.webhooks.BuildEvent;
import io.github.bksdk.buildkite.webhooks.WebhookEvent;
import io.github.bksdk.buildkite.webhooks.WebhookEvents;
import io.github.bksdk.buildkite.webhooks.WebhookVerification;
import io.github.bksdk.buildkite.webhooks.WebhookVerifier;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed deliveries reach a receiver built on the SDK's WebhookVerifier, and bad ones are rejected by it. */
class WebhookDeliveryTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final String SECRET = "receiver-secret-for-tests";

  private FakeBuildkite fake;
  private HttpServer receiver;
  private URI endpoint;
  private final List<WebhookEvent> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    fake = FakeBuildkite.start(FakeBuildkite.Settings.builder().webhookSecret(SECRET)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());
    WebhookVerifier verifier = WebhookVerifier.builder().signatureSecret(SECRET)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hooks", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      WebhookVerification check = verifier.verify(exchange.getRequestHeaders(), body);
      int status = check.isValid() ? 200 : 401;
      if (check.isValid()) {
        received.add(WebhookEvents.parse(body));
      }
      byte[] answer = (check.isValid() ? "ok" : check.reason().map(Enum::name).orElse("invalid")).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    receiver.start();
    endpoint = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
    fake.close();
  }

  @Test
  void aSignedBuildFinishedDeliveryIsAcceptedAndParsed() {
    FakeBuild build = fake.script(BuildScript.of("acme", "web-app", 12).stages(BuildStage.FAILED));

    WebhookResult result = fake.deliver(endpoint, Webhook.forBuild("build.finished", build));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.sentHeaders()).containsEntry("X-Buildkite-Event", "build.finished")
        .hasEntrySatisfying("X-Buildkite-Signature", v -> assertThat(v).startsWith("timestamp=" + NOW.getEpochSecond()
            + ",signature="));
    assertThat(received).singleElement().isInstanceOfSatisfying(BuildEvent.class, e -> {
      assertThat(e.name()).isEqualTo("build.finished");
      assertThat(e.payload().build().number()).isEqualTo(12);
      assertThat(e.payload().build().state().asString()).isEqualTo("failed");
    });
  }

  @Test
  void theDefaultBodyOfABuildEventIsAWholeBuildPipelineAndSender() {
    WebhookResult result = fake.deliver(endpoint, Webhook.event("build.running"));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.sentBody()).contains("\"event\":\"build.running\"").contains("\"pipeline\":{")
        .contains("\"sender\":{").doesNotContain("api.buildkite.com");
  }

  @Test
  void forgedStaleAndUnsignedDeliveriesAreRejected() {
    assertThat(fake.deliver(endpoint, Webhook.event("ping").auth(Webhook.Auth.WRONG_SIGNATURE)).responseBody())
        .isEqualTo("BAD_SIGNATURE");
    assertThat(fake.deliver(endpoint, Webhook.event("ping").signedAt(NOW.minus(Duration.ofMinutes(10)))).status())
        .isEqualTo(401);
    assertThat(fake.deliver(endpoint, Webhook.event("ping").auth(Webhook.Auth.NONE)).status()).isEqualTo(401);
    assertThat(fake.deliver(endpoint, Webhook.event("ping").withBody("{\"event\":\"ping\"}").auth(Webhook.Auth.TOKEN))
        .status()).isEqualTo(401);
    assertThat(received).isEmpty();
  }

  @Test
  void aResultShowsNoHeaderValues() {
    WebhookResult result = fake.deliver(endpoint, Webhook.event("ping"));
    assertThat(result.toString()).doesNotContain("signature=").contains("X-Buildkite-Signature");
  }
}
