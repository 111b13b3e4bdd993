package io.github.bksdk.buildkite.tests;

import io.github.bksdk.buildkite.services.*;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.model.RegistryPackage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the per-operation scenarios of the packages family cannot show with one request each: the multipart
 * boundary of package uploads is fresh per request, bad files are refused before anything is sent, and the
 * {@code Buildkite-Version} header of the Test Engine test endpoints is only sent through the Feign binding.
 */
class PackageFamilyWireTest extends WireMockTestBase {
  private static final String PACKAGES = "/v2/packages/organizations/my-great-org/registries/my-registry/packages";

  @TempDir
  Path dir;

  private static void answer(String body) {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static List<LoggedRequest> requests() {
    return server.findAll(anyRequestedFor(anyUrl()));
  }

  @Test
  void everyUploadHasItsOwnBoundaryAndCarriesTheWholeFile() throws Exception {
    answer(SpecDocument.example("packages-publish.json"));
    byte[] content = new byte[300_000];
    new Random(42).nextBytes(content);
    File wheel = Files.write(dir.resolve("banana-1.1-py3-none-any.whl"), content).toFile();
    BuildkiteClient client = client();

    RegistryPackage first = client.packages().publishPackage("my-great-org", "my-registry", wheel);
    client.packages().publishPackage("my-great-org", "my-registry", wheel);

    assertThat(first.name()).contains("banana");
    List<LoggedRequest> sent = requests();
    assertThat(sent).hasSize(2).allSatisfy(request -> {
      assertThat(request.getUrl()).isEqualTo(PACKAGES);
      assertThat(request.getParts()).singleElement().satisfies(part -> {
        assertThat(part.getName()).isEqualTo("file");
        assertThat(part.getHeader("Content-Disposition").firstValue()).endsWith("filename=\"banana-1.1-py3-none-any.whl\"");
        assertThat(part.getBody().asBytes()).isEqualTo(content);
      });
    });
    assertThat(sent.get(0).getHeader("Content-Type")).isNotEqualTo(sent.get(1).getHeader("Content-Type"));
  }

  @Test
  void aFileNameWithQuotesAndLineBreaksIsEscapedInThePartHeader() throws Exception {
    answer(SpecDocument.example("packages-publish.json"));
    File odd = Files.write(dir.resolve("a\"b.tgz"), new byte[] {1, 2, 3}).toFile();

    client().packages().publishPackage("my-great-org", "my-registry", odd);

    String body = new String(requests().get(0).getBody(), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(body).contains("Content-Disposition: form-data; name=\"file\"; filename=\"a%22b.tgz\"\r\n");
  }

  @Test
  void aMissingOrNullFileIsRefusedBeforeAnythingIsSent() {
    answer("{}");
    BuildkiteClient client = client();
    File missing = dir.resolve("nope.deb").toFile();

    assertThatThrownBy(() -> client.packages().publishPackage("my-great-org", "my-registry", missing))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.deb");
    assertThatThrownBy(() -> client.packages().publishPackage("my-great-org", "my-registry", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file");
    assertThat(requests()).isEmpty();
  }

  @Test
  void theBuildkiteVersionHeaderIsSentOnlyWhenGiven() {
    answer("[]");
    BuildkiteClient client = client();

    client.testEngineTests().listTestEngineTests("my-great-org", "my_suite_slug");
    client.testEngineTests().listTestEngineTests("my-great-org", "my_suite_slug",
        ListTestEngineTestsParams.builder().buildkiteVersion("2026-08-01").build());

    List<LoggedRequest> sent = requests();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).containsHeader("Buildkite-Version")).as("null").isFalse();
    assertThat(sent.get(1).getHeader("Buildkite-Version")).as("given").isEqualTo("2026-08-01");
  }
}
