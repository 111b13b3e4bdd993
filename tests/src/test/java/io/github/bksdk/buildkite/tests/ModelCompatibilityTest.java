package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bksdk.buildkite.internal.Json;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.BuildState;
import io.github.bksdk.buildkite.model.JobSshSession;
import io.github.bksdk.buildkite.model.Pipeline;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Forward compatibility and the odd corners of real responses. */
class ModelCompatibilityTest extends WireMockTestBase {
  private static final ObjectMapper JSON = Json.mapper();

  private void respond(String body) {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void anUnknownEnumValueIsKeptRawInsteadOfFailing() {
    respond("{\"id\":\"b1\",\"number\":3,\"state\":\"teleporting\"}");

    Build build = client().builds().getBuild("acme", "app", 3);

    assertThat(build.state().isKnown()).isFalse();
    assertThat(build.state().value()).isEqualTo(BuildState.Value._UNKNOWN);
    assertThat(build.state().asString()).isEqualTo("teleporting");
    assertThat(build.state()).isEqualTo(BuildState.of("teleporting")).isNotEqualTo(BuildState.PASSED);
    assertThat(BuildState.of("passed")).isSameAs(BuildState.PASSED);
    assertThat(BuildState.PASSED.value()).isEqualTo(BuildState.Value.PASSED);
  }

  @Test
  void anUnknownFieldIsKeptAndWrittenBack() throws Exception {
    respond("{\"id\":\"b1\",\"url\":\"u\",\"web_url\":\"w\",\"number\":3,\"state\":\"passed\",\"shiny_new_field\":{\"a\":[1,2]}}");

    Build build = client().builds().getBuild("acme", "app", 3);

    assertThat(build.additionalProperties()).containsKey("shiny_new_field");
    assertThat(build.additionalProperties().get("shiny_new_field").path("a").get(1).asInt()).isEqualTo(2);
    assertThat(JSON.readTree(JSON.writeValueAsString(build)).path("shiny_new_field").path("a").size()).isEqualTo(2);
    assertThat(JSON.readValue(JSON.writeValueAsString(build), Build.class)).isEqualTo(build);
    assertThat(build.toBuilder().number(4).build().additionalProperties()).containsKey("shiny_new_field");
  }

  @Test
  void bothTimestampFormatsParse() {
    respond("{\"id\":\"p1\",\"name\":\"App\",\"slug\":\"app\",\"created_at\":\"2013-09-03 13:24:38 UTC\","
        + "\"archived_at\":\"2015-05-09T21:05:59.874Z\"}");

    Pipeline pipeline = client().pipelines().getPipeline("acme", "app");

    assertThat(pipeline.createdAt()).contains(OffsetDateTime.of(2013, 9, 3, 13, 24, 38, 0, ZoneOffset.UTC));
    assertThat(pipeline.archivedAt()).contains(OffsetDateTime.of(2015, 5, 9, 21, 5, 59, 874_000_000, ZoneOffset.UTC));
  }

  @Test
  void theDocumentedBuildExampleDecodesCompletely() throws Exception {
    Build build = JSON.readValue(SpecDocument.example("builds-get.json"), Build.class);

    assertThat(build.number()).isPositive();
    assertThat(build.state().isKnown()).isTrue();
    assertThat(build.jobs()).isNotEmpty();
    assertThat(build.pipeline()).hasValueSatisfying(p -> assertThat(p.createdAt()).isPresent());
    assertThat(build.additionalProperties()).as("every documented field is modelled").isEmpty();
  }

  @Test
  void nullAndAbsentFieldsReadAsEmptyAndCollectionsAreNeverNull() throws Exception {
    Build build = JSON.readValue("{\"id\":\"b\",\"number\":1,\"state\":\"passed\",\"message\":null}", Build.class);

    assertThat(build.message()).isEmpty();
    assertThat(build.jobs()).isEmpty();
    assertThat(build.env()).isEmpty();
    assertThatThrownBy(() -> build.jobs().add(null)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void secretsNeverAppearInToString() throws Exception {
    JobSshSession session = JSON.readValue("{\"endpoint\":\"wss://x\",\"access_token\":\"tok-123-secret\","
        + "\"ssh\":{\"username\":\"u\",\"private_key\":\"-----BEGIN OPENSSH PRIVATE KEY-----abc\"}}", JobSshSession.class);

    assertThat(session.toString()).doesNotContain("tok-123-secret").doesNotContain("PRIVATE KEY").contains("***");
    assertThat(session.accessToken()).isEqualTo("tok-123-secret");
    assertThat(client().toString()).doesNotContain(TOKEN);
  }
}
