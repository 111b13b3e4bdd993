package io.github.bksdk.buildkite.drift;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.bksdk.buildkite.ratelimit.RateLimitPolicy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The drift check against a local WireMock server that answers like a Buildkite API that changed: every kind of
 * drift is planted once and must appear in the report, the real shapes the spec now allows (a waiter job with no
 * state) must not, and nothing but GET may reach the server.
 */
class DriftCheckTest {
  private static final String ORG = "/v2/organizations/acme";
  private static final String JOB = "0190046e-e199-453b-a302-a21a4d649d31";
  private final WireMockServer server = new WireMockServer(options().dynamicPort());
  private final List<Duration> waits = new ArrayList<>();

  @BeforeEach
  void start() {
    server.start();
    json(ORG, 200, """
        {"id": "o1", "url": "https://api.buildkite.com/v2/organizations/acme", "slug": "acme", "name": "ACME",
         "sso_enforced": true}""");
    json(ORG + "/pipelines?per_page=3", 200, """
        [{"url": "https://api.buildkite.com/v2/organizations/acme/pipelines/web", "name": "Web", "slug": "web"}]""");
    json(ORG + "/pipelines/web", 200, """
        {"id": "p1", "url": "https://api.buildkite.com/v2/organizations/acme/pipelines/web", "name": "Web",
         "slug": "web", "emoji": ":rocket:", "color": "#34D399"}""");
    json(ORG + "/pipelines/web/builds?per_page=3", 200, """
        [{"id": "b1", "url": "https://api.buildkite.com/v2/organizations/acme/pipelines/web/builds/7", "number": 7,
          "state": "paused_for_review", "tag": null, "author": {"name": "Sam", "email": "sam@example.com"},
          "jobs": [
            {"id": "w1", "type": "waiter"},
            {"id": "%s", "type": "script", "state": "passed", "exit_status": "zero"}]}]""".formatted(JOB));
    json(ORG + "/pipelines/web/builds/7", 200, """
        {"id": "b1", "url": null, "number": 7, "state": "passed"}""");
    server.stubFor(get(urlEqualTo(ORG + "/agents?per_page=3")).willReturn(aResponse().withStatus(418)
        .withHeader("Content-Type", "application/json").withBody("{\"message\": \"I'm a teapot\"}")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void json(String url, int status, String body) {
    server.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body)));
  }

  private DriftReport run() {
    URI base = URI.create(server.baseUrl());
    SdkFetcher fetcher = new SdkFetcher(base, "bkua_test_token", RateLimitPolicy.perMinute(1000, 1000), waits::add);
    return new DriftCheck(DriftCheck.bundledSpec(), base, fetcher).run("acme");
  }

  @Test
  void theReportListsEachPlantedDrift() throws Exception {
    DriftReport report = run();

    assertThat(report.findings()).extracting(f -> f.kind() + " " + f.generalPointer()).contains(
        "UNDECLARED_FIELD /sso_enforced",
        "MISSING_REQUIRED /[]",
        "UNKNOWN_ENUM_VALUE /[]/state",
        "TYPE_MISMATCH /[]/jobs/[]/exit_status",
        "NULL_NOT_ALLOWED /url",
        "UNEXPECTED_STATUS /");
    String md = report.toMarkdown();
    Path file = Path.of("target", "drift-report-wiremock.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, md);
    assertThat(md)
        .contains("## `getOrganization`: `GET /v2/organizations/acme` (200)")
        .contains("- `/sso_enforced`: field 'sso_enforced' is not declared (sample: true)")
        .contains("- `/[]`: required field 'id' is absent")
        .contains("- `/[]/state`: value \"paused_for_review\" is not one of")
        .contains("- `/[]/jobs/[]/exit_status`: integer expected, got string \"zero\"")
        .contains("- `/url`: null where a non-nullable string is declared")
        .contains("- `/`: status 418 is not declared")
        .contains("| `getAgent` | `GET /v2/organizations/{org_slug}/agents/{id}` | skipped: no agent_id found by an earlier step |");
  }

  @Test
  void realShapesTheSpecNowDeclaresAreNotDrift() {
    DriftReport report = run();

    // a waiter job without state, a null tag, an author object, a pipeline's emoji and colour
    assertThat(report.findings()).extracting(Finding::pointer)
        .noneMatch(p -> p.startsWith("/0/jobs/0"))
        .doesNotContain("/0/tag", "/0/author", "/emoji", "/color");
    assertThat(report.entries()).filteredOn(e -> e.operationId().equals("getPipeline"))
        .singleElement().satisfies(e -> assertThat(e.findings()).isEmpty());
  }

  @Test
  void onlyGetReachesTheServerWithTheTokenAndIdsFromEarlierAnswers() {
    run();

    assertThat(server.getAllServeEvents()).isNotEmpty().allSatisfy(event -> {
      assertThat(event.getRequest().getMethod().value()).isEqualTo("GET");
      assertThat(event.getRequest().getHeader("Authorization")).isEqualTo("Bearer bkua_test_token");
    });
    assertThat(server.getAllServeEvents()).extracting(e -> e.getRequest().getUrl())
        .contains(ORG + "/pipelines/web", ORG + "/pipelines/web/builds/7", ORG + "/jobs/" + JOB);
  }

  @Test
  void requestsGoThroughTheSdkRateLimiterWhichPacesThemWhenTheApiSaysFewRemain() {
    // The organization answer says 2 of 200 requests remain for 30 s: the SDK's limiter spreads the next requests
    // over that time (through the injected sleeper, so the test does not wait).
    server.stubFor(get(urlEqualTo(ORG)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withHeader("RateLimit-Remaining", "2").withHeader("RateLimit-Limit", "200").withHeader("RateLimit-Reset", "30")
        .withBody("{\"id\": \"o1\", \"url\": \"u\", \"slug\": \"acme\"}")));

    run();

    assertThat(waits).isNotEmpty().allSatisfy(wait -> assertThat(wait).isPositive()
        .isLessThanOrEqualTo(Duration.ofSeconds(30)));
  }

  @Test
  void aStepOnAWritingOperationIsRefused() {
    DriftCheck check = new DriftCheck(DriftCheck.bundledSpec(), URI.create(server.baseUrl()), url -> {
      throw new AssertionError("no request expected");
    });

    assertThatThrownBy(() -> check.operation("createBuild")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only sends GET");
    assertThat(DriftCheck.PLAN).allSatisfy(step -> assertThat(check.operation(step.operationId()).method())
        .isEqualTo("GET"));
  }

  @Test
  void badArgumentsFailBeforeAnyRequest() {
    assertThatThrownBy(() -> new DriftCheck(DriftCheck.bundledSpec(), URI.create(server.baseUrl()), url -> null)
        .run(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organization");
    assertThatThrownBy(() -> new SdkFetcher(URI.create(server.baseUrl()), " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
