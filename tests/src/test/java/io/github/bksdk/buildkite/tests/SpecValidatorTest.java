package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spec validation used by the wire tests is not vacuous: it rejects requests and responses that break the spec. */
class SpecValidatorTest extends WireMockTestBase {
  @BeforeEach
  void answer() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
  }

  private static LoggedRequest send(String method, String pathAndQuery, String jsonBody) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
        .header("Authorization", "Bearer " + TOKEN).header("Accept", "application/json");
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    return server.findAll(anyRequestedFor(anyUrl())).get(0);
  }

  @Test
  void aValidRequestPasses() throws Exception {
    LoggedRequest request = send("GET", "/v2/organizations/acme/pipelines/app/builds?branch%5B%5D=main&state%5B%5D=passed&per_page=5", null);
    assertThat(SpecValidator.request(request)).isEmpty();
  }

  @Test
  void anUnknownStateFilterIsRejected() throws Exception {
    LoggedRequest request = send("GET", "/v2/organizations/acme/pipelines/app/builds?state%5B%5D=bogus", null);
    assertThat(SpecValidator.request(request)).anySatisfy(error -> assertThat(error).contains("bogus"));
  }

  @Test
  void aPerPageAboveTheMaximumIsRejected() throws Exception {
    LoggedRequest request = send("GET", "/v2/organizations/acme/pipelines/app/builds?per_page=500", null);
    assertThat(SpecValidator.request(request)).isNotEmpty();
  }

  @Test
  void anUndeclaredQueryParameterIsRejected() throws Exception {
    LoggedRequest request = send("GET", "/v2/organizations/acme/pipelines/app/builds?brnach=main", null);
    assertThat(SpecValidator.request(request)).anySatisfy(error -> assertThat(error).contains("brnach"));
  }

  @Test
  void aBodyMissingARequiredFieldIsRejected() throws Exception {
    LoggedRequest request = send("POST", "/v2/organizations/acme/pipelines/app/builds", "{\"commit\":\"HEAD\"}");
    assertThat(SpecValidator.request(request)).anySatisfy(error -> assertThat(error).contains("branch"));
  }

  @Test
  void aResponseOfTheWrongShapeIsRejected() throws Exception {
    LoggedRequest request = send("GET", "/v2/organizations/acme/pipelines/app/builds/1", null);
    assertThat(SpecValidator.response(request, 200, "application/json",
        "{\"id\":\"b\",\"url\":\"u\",\"number\":\"one\",\"state\":\"passed\"}", Map.of()))
        .anySatisfy(error -> assertThat(error).contains("number"));
    assertThat(SpecValidator.response(request, 200, "application/json", SpecDocument.example("builds-get.json"), Map.of()))
        .isEmpty();
  }

  @Test
  void anUndocumentedStatusIsRejected() throws Exception {
    LoggedRequest request = send("GET", "/v2/organizations/acme/pipelines/app/builds/1", null);
    assertThat(SpecValidator.response(request, 418, "application/json", "{\"message\":\"teapot\"}", Map.of())).isNotEmpty();
  }
}
