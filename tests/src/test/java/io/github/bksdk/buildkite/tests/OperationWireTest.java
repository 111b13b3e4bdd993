package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives every scenario of {@link Scenarios} through the public client and checks the request on the wire against
 * the spec (method and path template of the named operation), the exact path, query, headers and body, then checks
 * the decoded result.
 */
class OperationWireTest extends WireMockTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Scenario> scenarios() {
    return Scenarios.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void operationOnTheWire(Scenario scenario) throws Exception {
    scenario.validate();
    ResponseDefinitionBuilder response = aResponse().withStatus(scenario.status);
    if (scenario.responseBody != null) {
      response.withBody(scenario.responseBody).withHeader("Content-Type", scenario.responseContentType);
    }
    scenario.responseHeaders.forEach(response::withHeader);
    server.stubFor(any(anyUrl()).willReturn(response));

    Object result = scenario.call.apply(client());

    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests).as("requests sent").hasSize(1);
    LoggedRequest request = requests.get(0);
    SpecDocument.Operation operation = SpecDocument.load().operation(scenario.operationId);
    URI uri = URI.create(request.getUrl());

    assertThat(request.getMethod().value()).as("method").isEqualTo(operation.method());
    assertThat(uri.getRawPath()).as("path").isEqualTo(scenario.path);
    assertThat(operation.matches(request.getMethod().value(), uri.getRawPath()))
        .as("path fits the spec's template %s", operation.path()).isTrue();
    assertThat(decodedQuery(uri.getRawQuery())).as("query").containsExactlyElementsOf(scenario.query);

    boolean noAuth = "no-auth".equals(operation.node().path("x-buildkite-scope").asText());
    if (noAuth) {
      assertThat(request.containsHeader("Authorization")).as("no Authorization on an unauthenticated call").isFalse();
    } else {
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    }
    assertThat(request.getHeader("User-Agent")).startsWith("buildkite-java-sdk/");
    scenario.requestHeaders.forEach((name, value) -> assertThat(request.getHeader(name)).as(name).isEqualTo(value));
    if (!scenario.requestHeaders.containsKey("Accept")) {
      assertThat(request.getHeader("Accept")).as("Accept").contains("application/json");
    }
    if (scenario.rawBody != null) {
      scenario.rawBody.accept(request);
    } else if (scenario.jsonBody == null) {
      assertThat(request.getBody()).as("no request body").isEmpty();
      assertThat(request.containsHeader("Content-Type")).as("no Content-Type without a body").isFalse();
    } else {
      assertThat(request.getHeader("Content-Type")).startsWith("application/json");
      assertThat(JSON.readTree(request.getBodyAsString())).as("body").isEqualTo(JSON.readTree(scenario.jsonBody));
    }
    assertThat(SpecValidator.request(request)).as("%s: the request agrees with the spec", scenario.name()).isEmpty();
    boolean knownDocsError = scenario.exampleFile != null
        && DocumentedExamplesTest.erratum(scenario.operationId, scenario.exampleFile) != null;
    if (scenario.offSpecReason == null && !knownDocsError) {
      assertThat(SpecValidator.response(request, scenario.status, scenario.responseContentType, scenario.responseBody,
          scenario.responseHeaders)).as("%s: the stubbed response agrees with the spec", scenario.name()).isEmpty();
    }
    scenario.check.accept(result);
  }

  static List<Map.Entry<String, String>> decodedQuery(String rawQuery) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return pairs;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      pairs.add(Map.entry(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8)));
    }
    return pairs;
  }
}
