package io.github.bksdk.buildkite.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests the real API would reject, wrong scripted responses and leaked credentials fail verify() with the reason. */
class ViolationsTest {
  private static FakeBuildkite fake;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    fake = FakeBuildkite.start();
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  @BeforeEach
  void reset() {
    fake.reset();
  }

  private static HttpResponse<String> send(String method, String pathAndQuery, String token, String body)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + pathAndQuery))
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aValidRequestLeavesNothingToReport() throws Exception {
    HttpResponse<String> response = send("GET",
        "/v2/organizations/acme/pipelines/app/builds?branch%5B%5D=main&state%5B%5D=passed&per_page=5",
        FakeBuildkite.TOKEN, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(fake.violations()).isEmpty();
    fake.verify();
  }

  @Test
  void anOutOfRangeParameterIsRejectedWithTheReason() throws Exception {
    HttpResponse<String> response = send("GET", "/v2/organizations/acme/pipelines/app/builds?per_page=500",
        FakeBuildkite.TOKEN, null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("per_page");
    assertThat(fake.violations()).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(SpecViolation.Kind.REQUEST);
      assertThat(v.operationId()).isEqualTo("listBuildsForPipeline");
      assertThat(v.reasons()).anySatisfy(reason -> assertThat(reason).contains("per_page"));
    });
    assertThatThrownBy(fake::verify).isInstanceOf(AssertionError.class)
        .hasMessageContaining("GET /v2/organizations/acme/pipelines/app/builds (listBuildsForPipeline)")
        .hasMessageContaining("per_page");
  }

  @Test
  void anUnknownFilterValueAndAnUndeclaredParameterAreRejected() throws Exception {
    send("GET", "/v2/organizations/acme/pipelines/app/builds?state%5B%5D=bogus&brnach=main", FakeBuildkite.TOKEN, null);

    assertThat(fake.violations()).singleElement().satisfies(v -> assertThat(String.join(" ", v.reasons()))
        .contains("bogus").contains("brnach"));
  }

  @Test
  void aBodyMissingARequiredFieldIsRejected() throws Exception {
    HttpResponse<String> response = send("POST", "/v2/organizations/acme/pipelines/app/builds", FakeBuildkite.TOKEN,
        "{\"commit\":\"HEAD\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fake.violations()).singleElement()
        .satisfies(v -> assertThat(String.join(" ", v.reasons())).contains("branch"));
  }

  @Test
  void anUnknownPathIs404() throws Exception {
    HttpResponse<String> response = send("GET", "/v2/organizations/acme/nonsense", FakeBuildkite.TOKEN, null);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(fake.violations()).singleElement().satisfies(v -> assertThat(v.operationId()).isEmpty());
  }

  @Test
  void aMissingOrWrongTokenIs401AndNeverPrinted() throws Exception {
    assertThat(send("GET", "/v2/organizations/acme/pipelines/app/builds/1", null, null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/v2/organizations/acme/pipelines/app/builds/1", "bkua_someone_elses_token", null)
        .statusCode()).isEqualTo(401);

    assertThat(fake.violations()).hasSize(2);
    assertThatThrownBy(fake::verify).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Authorization")
        .message().doesNotContain(FakeBuildkite.TOKEN).doesNotContain("bkua_someone_elses_token");
  }

  @Test
  void anUnauthenticatedOperationNeedsNoToken() throws Exception {
    assertThat(send("GET", "/v2/meta", null, null).statusCode()).isEqualTo(200);
    assertThat(fake.violations()).isEmpty();
  }

  @Test
  void aGetWithABodyIsRejected() throws Exception {
    send("GET", "/v2/organizations/acme/pipelines/app/builds/1", FakeBuildkite.TOKEN, "{}");

    assertThat(fake.violations()).singleElement()
        .satisfies(v -> assertThat(v.reasons()).anySatisfy(r -> assertThat(r).contains("carries a body")));
  }

  @Test
  void aScriptedResponseThatBreaksTheSpecIsReported() throws Exception {
    fake.respond(Route.operation("getBuild"), FakeResponse.json(200, "{\"id\":\"b\",\"url\":\"u\",\"number\":\"one\"}"));

    send("GET", "/v2/organizations/acme/pipelines/app/builds/1", FakeBuildkite.TOKEN, null);

    assertThat(fake.violations()).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(SpecViolation.Kind.RESPONSE);
      assertThat(String.join(" ", v.reasons())).contains("number");
    });
  }

  @Test
  void aCredentialSentToStorageIsReportedByNameOnly() throws Exception {
    fake.storeArtifact("x9", new byte[] {1, 2, 3});
    HttpResponse<String> redirect = send("GET", "/v2/organizations/acme/jobs/j1/artifacts/x9/download",
        FakeBuildkite.TOKEN, null);
    assertThat(redirect.statusCode()).isEqualTo(302);
    String location = redirect.headers().firstValue("Location").orElseThrow();

    // What a careless client does: follow the redirect with the API token still attached.
    HttpResponse<byte[]> leaked = HTTP.send(HttpRequest.newBuilder(URI.create(location))
        .header("Authorization", "Bearer " + FakeBuildkite.TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(leaked.body()).containsExactly(1, 2, 3);
    assertThat(fake.violations()).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(SpecViolation.Kind.CREDENTIALS);
      assertThat(v.reasons()).anySatisfy(r -> assertThat(r).contains("Authorization"));
    });
    assertThatThrownBy(fake::verify).message().contains("credentials sent to artifact storage")
        .doesNotContain(FakeBuildkite.TOKEN);
  }

  @Test
  void withoutRejectionAnInvalidRequestIsServedButStillReported() throws Exception {
    try (FakeBuildkite lenient = FakeBuildkite.start(FakeBuildkite.Settings.builder()
        .rejectInvalidRequests(false).build())) {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
              URI.create(lenient.baseUrl() + "/v2/organizations/acme/pipelines/app/builds?per_page=0"))
          .header("Authorization", "Bearer " + FakeBuildkite.TOKEN).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(lenient.violations()).hasSize(1);
    }
  }

  @Test
  void badArgumentsAreRefusedBeforeAnythingHappens() {
    assertThatThrownBy(() -> fake.fail(Route.any(), Fault.serverError(503), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("times");
    assertThatThrownBy(() -> Route.operation("noSuchOperation"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noSuchOperation");
    assertThatThrownBy(() -> Fault.serverError(404)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BuildScript.of("acme", "app", 1).stages(BuildStage.BLOCKED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BLOCKED");
    assertThatThrownBy(() -> fake.serveList(Route.any(), java.util.List.of("[1]")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itemsJson[0]");
  }

  @Test
  void settingsNeverShowTheWebhookSecret() {
    FakeBuildkite.Settings settings = FakeBuildkite.Settings.builder().webhookSecret("hush-hush-123").build();
    assertThat(settings.toString()).doesNotContain("hush-hush-123");
  }
}
