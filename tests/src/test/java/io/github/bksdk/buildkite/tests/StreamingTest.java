package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job logs as text and artifact downloads: streamed, and never carrying a credential to the storage host. */
class StreamingTest extends WireMockTestBase {
  private static final String LOG = "/v2/organizations/acme/jobs/j1/log";
  private static final String DOWNLOAD = "/v2/organizations/acme/jobs/j1/artifacts/a1/download";

  private WireMockServer storage;

  @BeforeEach
  void startStorage() {
    storage = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    storage.start();
  }

  @AfterEach
  void stopStorage() {
    storage.stop();
  }

  private void redirectTo(String location) {
    server.stubFor(get(urlPathEqualTo(DOWNLOAD)).willReturn(aResponse().withStatus(302)
        .withHeader("Location", location).withHeader("Content-Type", "application/json")
        .withBody("{\"url\":\"" + location + "\"}")));
  }

  @Test
  void anArtifactDownloadFollowsTheRedirectWithoutAnyApiHeader(@TempDir Path dir) throws Exception {
    byte[] bytes = new byte[300_000];
    new java.util.Random(7).nextBytes(bytes);
    storage.stubFor(get(urlPathEqualTo("/bucket/a1.bin")).willReturn(aResponse().withStatus(200).withBody(bytes)));
    redirectTo(storage.baseUrl() + "/bucket/a1.bin?X-Amz-Signature=abc");

    Path file = dir.resolve("a1.bin");
    long written = client().artifactDownloads().download("acme", "j1", "a1", file);

    assertThat(written).isEqualTo(bytes.length);
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    assertThat(dir.toFile().list()).containsExactly("a1.bin");
    List<LoggedRequest> api = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(api).singleElement().satisfies(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
    List<LoggedRequest> fetched = storage.findAll(anyRequestedFor(anyUrl()));
    assertThat(fetched).singleElement().satisfies(r -> {
      assertThat(r.containsHeader("Authorization")).isFalse();
      assertThat(r.getHeader("User-Agent")).doesNotContain("buildkite-java-sdk");
      assertThat(r.getAllHeaderKeys()).noneMatch(k -> k.toLowerCase().startsWith("x-buildkite"));
      assertThat(r.getUrl()).isEqualTo("/bucket/a1.bin?X-Amz-Signature=abc");
    });
  }

  @Test
  void anArtifactDownloadStreamsToAnOutputStream() {
    storage.stubFor(get(urlPathEqualTo("/o")).willReturn(aResponse().withStatus(200).withBody("hello artifact")));
    redirectTo(storage.baseUrl() + "/o");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    client().artifactDownloads().download("acme", "j1", "a1", out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello artifact");
  }

  @Test
  void aFailedStorageFetchLeavesNoFileBehind(@TempDir Path dir) {
    storage.stubFor(get(urlPathEqualTo("/gone")).willReturn(aResponse().withStatus(403)));
    redirectTo(storage.baseUrl() + "/gone");

    BuildkiteIoException e = catchThrowableOfType(BuildkiteIoException.class,
        () -> client().artifactDownloads().download("acme", "j1", "a1", dir.resolve("x.bin")));

    assertThat(e.getMessage()).contains("answered 403").doesNotContain(TOKEN);
    assertThat(dir.toFile().list()).isEmpty();
  }

  @Test
  void aJobLogStreamsAsTextAndReportsItsSizeAndTail() {
    server.stubFor(head(urlPathEqualTo(LOG)).willReturn(aResponse().withStatus(200).withHeader("Content-Length", "26")));
    server.stubFor(get(urlPathEqualTo(LOG)).withHeader("Range", equalTo("bytes=-5")).willReturn(aResponse()
        .withStatus(206).withHeader("Content-Type", "text/plain").withHeader("Content-Range", "bytes 21-25/26")
        .withBody("vwxyz")));
    server.stubFor(get(urlPathEqualTo(LOG)).withHeader("Accept", equalTo("text/plain")).atPriority(10)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
            .withBody("abcdefghijklmnopqrstuvwxyz")));

    assertThat(client().jobLogs().size("acme", "j1")).hasValue(26);
    assertThat(client().jobLogs().tail("acme", "j1", 5)).isEqualTo("vwxyz");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(client().jobLogs().writeTo("acme", "j1", out)).isEqualTo(26);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("abcdefghijklmnopqrstuvwxyz");
    server.findAll(anyRequestedFor(anyUrl())).stream().filter(r -> r.getMethod().value().equals("GET"))
        .forEach(r -> assertThat(r.getHeader("Accept")).isEqualTo("text/plain"));
  }
}
