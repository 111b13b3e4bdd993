package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.LogLevel;
import io.github.bksdk.buildkite.auth.BearerToken;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token never appears in log lines (at the most verbose level), exception messages or toString(). */
class SecretRedactionTest extends WireMockTestBase {

  private static String captureStderr(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void headerLoggingRedactsCredentialsAndLeavesOutQueryStrings() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withHeader("Set-Cookie", "session=s3cr3t-cookie").withBody("[]")));
    BuildkiteClient client = clientBuilder().logLevel(LogLevel.HEADERS).build();

    String log = captureStderr(() -> client.builds().listBuildsForPipeline("acme", "app",
        ListBuildsForPipelineParams.builder().branch("secret-branch-name").build()));

    assertThat(log).contains("--> GET /v2/organizations/acme/pipelines/app/builds").contains("<-- 200")
        .contains("Authorization=██").containsIgnoringCase("Set-Cookie=██")
        .doesNotContain(TOKEN).doesNotContain("s3cr3t-cookie").doesNotContain("secret-branch-name");
  }

  @Test
  void failuresNeverCarryTheToken() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"Authentication required. Please supply a valid API Access Token\"}")));
    BuildkiteClient client = clientBuilder().logLevel(LogLevel.BASIC).build();

    String[] message = new String[1];
    String log = captureStderr(() -> message[0] = String.valueOf(catchThrowable(() -> client.user().getCurrentUser())));

    assertThat(message[0]).contains("401").doesNotContain(TOKEN);
    assertThat(log).contains("<-- 401").doesNotContain(TOKEN);
  }

  @Test
  void credentialsAndClientsHideTheToken() {
    assertThat(BearerToken.of(TOKEN).toString()).doesNotContain(TOKEN);
    assertThat(client().toString()).doesNotContain(TOKEN);
    assertThatThrownBy(() -> BearerToken.of("bkua_with space")).hasMessageNotContaining("bkua_with");
  }

  @Test
  void noCallCanOverrideCredentialHeaders() {
    String other = "Bearer bkua_someone_elses_token";
    assertThatThrownBy(() -> RequestOptions.builder().header("Authorization", other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Authorization is set by the client")
        .hasMessageNotContaining("someone_elses");
    assertThatThrownBy(() -> RequestOptions.builder().header("authorization", other))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> io.github.bksdk.buildkite.http.ApiRequest.builder("GET", "/v2/x").header("Authorization", other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("someone_elses");
  }

  @Test
  void plainHttpToARemoteHostIsRefused() {
    assertThatThrownBy(() -> BuildkiteClient.builder().token(TOKEN).baseUrl("http://api.example.com").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("refusing plain http").hasMessageNotContaining(TOKEN);
    assertThat(BuildkiteClient.builder().token(TOKEN).baseUrl("http://api.example.com").allowInsecureHttp(true).build()
        .baseUrl().toString()).isEqualTo("http://api.example.com");
    assertThat(BuildkiteClient.builder().token(TOKEN).baseUrl("http://[::1]:8080").build().baseUrl().getPort()).isEqualTo(8080);
  }
}
