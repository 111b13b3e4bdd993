package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bksdk.buildkite.services.*;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.bksdk.buildkite.model.BuildStateFilter;
import io.github.bksdk.buildkite.model.CreateBuildRequest;
import io.github.bksdk.buildkite.model.UpdatePipelineRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exactness on the wire: path segments, repeated and deep-object query parameters, bodies and their absence. */
class WireFormatTest extends WireMockTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeEach
  void answerEverything() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"p\",\"number\":1,\"state\":\"passed\",\"name\":\"x\",\"slug\":\"x\"}")));
  }

  private static LoggedRequest onlyRequest() {
    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  @ParameterizedTest(name = "slug {0}")
  @CsvSource(delimiter = '|', value = {
      "team/app|team%2Fapp",
      "a?b#c|a%3Fb%23c",
      "..|%2E%2E",
      ".|%2E",
      "my app+1%|my%20app%2B1%25",
      "émoji✓|%C3%A9moji%E2%9C%93",
      "v1.2-rc_3~x|v1.2-rc_3~x"})
  void pathParametersAreEncodedAsExactlyOneSegment(String slug, String encoded) {
    client().builds().getBuild("acme", slug, 7);

    assertThat(URI.create(onlyRequest().getUrl()).getRawPath())
        .isEqualTo("/v2/organizations/acme/pipelines/" + encoded + "/builds/7");
  }

  @Test
  void buildFiltersUseRepeatedBracketsAndDeepObjects() {
    client().builds().listBuildsForPipeline("acme", "app", ListBuildsForPipelineParams.builder()
        .branch("main", "feature/x y&z=1+2")
        .commit("abc123")
        .state(BuildStateFilter.PASSED, BuildStateFilter.FAILED)
        .putMetaData("env", "prod")
        .putMetaData("team name", "a&b")
        .createdFrom(OffsetDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneOffset.UTC))
        .creator(UUID.fromString("7da07e25-0383-4aff-a7cf-14d1a9aa098f"))
        .includeRetriedJobs(true)
        .perPage(100)
        .build());

    String rawQuery = URI.create(onlyRequest().getUrl()).getRawQuery();
    assertThat(OperationWireTest.decodedQuery(rawQuery)).containsExactly(
        Map.entry("branch[]", "main"),
        Map.entry("branch[]", "feature/x y&z=1+2"),
        Map.entry("commit[]", "abc123"),
        Map.entry("created_from", "2024-01-02T03:04:00Z"),
        Map.entry("creator", "7da07e25-0383-4aff-a7cf-14d1a9aa098f"),
        Map.entry("include_retried_jobs", "true"),
        Map.entry("meta_data[env]", "prod"),
        Map.entry("meta_data[team name]", "a&b"),
        Map.entry("state[]", "passed"),
        Map.entry("state[]", "failed"),
        Map.entry("per_page", "100"));
    assertThat(rawQuery).contains("branch%5B%5D=feature%2Fx%20y%26z%3D1%2B2").doesNotContain("+");
  }

  @Test
  void getSendsNoBodyAndNoContentType() {
    client().pipelines().getPipeline("acme", "app");

    LoggedRequest request = onlyRequest();
    assertThat(request.getBody()).isEmpty();
    assertThat(request.containsHeader("Content-Type")).isFalse();
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("User-Agent")).matches("buildkite-java-sdk/\\S+ \\(Java \\d+\\)");
  }

  @Test
  void patchBodiesTellAbsentFromNullFromFalse() throws Exception {
    UpdatePipelineRequest update = UpdatePipelineRequest.builder()
        .clusterId(null)
        .allowRebuilds(false)
        .description("new")
        .build();

    client().pipelines().updatePipeline("acme", "app", update);

    LoggedRequest request = onlyRequest();
    assertThat(request.getMethod().value()).isEqualTo("PATCH");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(JSON.readTree(request.getBodyAsString()))
        .isEqualTo(JSON.readTree("{\"cluster_id\":null,\"allow_rebuilds\":false,\"description\":\"new\"}"));
  }

  @Test
  void clearingANullableFieldLeavesItOut() throws Exception {
    UpdatePipelineRequest update = UpdatePipelineRequest.builder().clusterId(null).clearClusterId().name("n").build();

    client().pipelines().updatePipeline("acme", "app", update);

    assertThat(JSON.readTree(onlyRequest().getBodyAsString())).isEqualTo(JSON.readTree("{\"name\":\"n\"}"));
  }

  @Test
  void requiredBodyFieldsAreCheckedBeforeSending() {
    assertThatThrownBy(() -> CreateBuildRequest.builder().commit("HEAD").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("CreateBuildRequest.branch is required");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void blankOrNullPathParametersAreRejectedBeforeSendingAndNamed() {
    assertThatThrownBy(() -> client().builds().getBuild(" ", "app", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("org_slug must not be blank");
    assertThatThrownBy(() -> client().builds().getBuild("acme", null, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("pipeline_slug must not be null");
    assertThatThrownBy(() -> client().builds().createBuild("acme", "app", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be null");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
