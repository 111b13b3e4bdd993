package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bksdk.buildkite.services.*;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.errors.ServerException;
import io.github.bksdk.buildkite.errors.InvalidResponseException;
import io.github.bksdk.buildkite.errors.MissingFieldException;
import io.github.bksdk.buildkite.errors.NotFoundException;
import io.github.bksdk.buildkite.errors.RateLimitException;
import io.github.bksdk.buildkite.http.ApiRequest;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import io.github.bksdk.buildkite.services.GetBuildParams;
import io.github.bksdk.buildkite.services.ListBuildsForPipelineParams;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The 1.0 call shape: per-call options on the wire, exact query encoding, the raw escape hatch, one error family. */
class CallShapeTest extends WireMockTestBase {
  private static final String BUILDS = "/v2/organizations/acme/pipelines/app/builds";
  private static final String BUILD = "{\"id\":\"b1\",\"url\":\"u\",\"web_url\":\"w\",\"number\":7,\"state\":\"passed\"}";

  @Test
  void aBodyThatTricklesPastThePerCallReadTimeoutFailsTheCallInsteadOfHangingIt() {
    // headers at once, then 10 chunks over 3 s: the JDK client's own timeout would only cover the headers
    server.stubFor(get(urlPathEqualTo(BUILDS + "/7")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(BUILD).withChunkedDribbleDelay(10, 3000)));
    RequestOptions quick = RequestOptions.builder().readTimeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none()).build();
    long start = System.nanoTime();
    assertThatThrownBy(() -> client().builds().getBuild("acme", "app", 7, GetBuildParams.none(), quick))
        .isInstanceOf(BuildkiteIoException.class).hasMessageContaining("timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
  }

  @Test
  void theDeadlineCoversEveryAttemptAndTheWaitsBetweenThem() {
    server.stubFor(get(urlPathEqualTo(BUILDS + "/7")).willReturn(aResponse().withStatus(503).withFixedDelay(300)));
    RequestOptions deadline = RequestOptions.builder().timeout(Duration.ofMillis(500))
        .retryPolicy(RetryPolicy.builder().maxAttempts(10).build()).build();
    assertThatThrownBy(() -> client().builds().getBuild("acme", "app", 7, GetBuildParams.none(), deadline))
        // ends either inside an attempt (an I/O failure naming the deadline) or before a wait that would pass it
        // (the last answer, with a note naming the deadline)
        .isInstanceOfAny(BuildkiteIoException.class, ServerException.class).hasMessageContaining("deadline");
    assertThat(server.findAll(anyRequestedFor(anyUrl())).size()).isBetween(1, 3);
  }

  @Test
  void perCallHeadersAndQueryParametersAreSentAndTheClientsOwnAreKept() {
    server.stubFor(get(urlPathEqualTo(BUILDS + "/7")).willReturn(okJson(BUILD)));
    BuildkiteClient versioned = client().withOptions(RequestOptions.builder().header("Buildkite-Version", "2026-08-01").build());
    Build build = versioned.builds().getBuild("acme", "app", 7, GetBuildParams.builder().includeRetriedJobs(true).build(),
        RequestOptions.builder().header("X-Trace", "abc").queryParameter("preview", "a b&c").build());
    assertThat(build.number()).isEqualTo(7);
    LoggedRequest request = server.findAll(getRequestedFor(urlPathEqualTo(BUILDS + "/7"))).get(0);
    assertThat(request.getHeader("Buildkite-Version")).isEqualTo("2026-08-01");
    assertThat(request.getHeader("X-Trace")).isEqualTo("abc");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getUrl()).endsWith("?include_retried_jobs=true&preview=a%20b%26c");
  }

  @Test
  void credentialHeadersCannotBeSetPerCall() {
    assertThatThrownBy(() -> RequestOptions.builder().header("Authorization", "Bearer other"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Authorization")
        .hasMessageNotContaining("other");
    assertThatThrownBy(() -> RequestOptions.builder().readTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
  }

  @Test
  void derivingClientsCreatesNoThreadAndSharesTheTransport() {
    BuildkiteClient base = client();
    server.stubFor(get(urlPathEqualTo(BUILDS + "/7")).willReturn(okJson(BUILD)));
    base.builds().getBuild("acme", "app", 7);
    int before = Thread.activeCount();
    BuildkiteClient derived = base;
    for (int i = 0; i < 1_000; i++) {
      derived = base.withOptions(RequestOptions.builder().header("X-Call", String.valueOf(i)).build());
    }
    assertThat(Thread.activeCount()).isLessThanOrEqualTo(before + 1);
    derived.builds().getBuild("acme", "app", 7);
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo(BUILDS + "/7"))).get(1).getHeader("X-Call")).isEqualTo("999");
  }

  @Test
  void queryValuesAreSentExactlyWhateverTheyContain() {
    server.stubFor(get(urlPathEqualTo(BUILDS)).willReturn(okJson("[]")));
    Random random = new Random(20261204L);
    String alphabet = "ab%2F/+&=?#[] ~.-_%25%%zé中😀\"'<>";
    for (int i = 0; i < 200; i++) {
      StringBuilder branch = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int j = 0; j < length; j++) {
        branch.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      String value = branch.toString();
      client().builds().listBuildsForPipeline("acme", "app", ListBuildsForPipelineParams.builder().branch(value, "x").build());
      LoggedRequest sent = server.findAll(getRequestedFor(urlPathEqualTo(BUILDS))).get(i);
      List<String> decoded = new ArrayList<>();
      for (String pair : sent.getUrl().substring(sent.getUrl().indexOf('?') + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        assertThat(URLDecoder.decode(kv[0].replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo("branch[]");
        decoded.add(URLDecoder.decode(kv[1].replace("+", "%2B"), StandardCharsets.UTF_8));
      }
      assertThat(decoded).as("sent %s", sent.getUrl()).containsExactly(value, "x");
    }
  }

  @Test
  void theRawEscapeHatchEncodesSegmentsAndUsesTheWholeChain() throws Exception {
    server.stubFor(get(urlPathEqualTo("/v2/organizations/acme/new-thing/a%2Fb")).willReturn(okJson("{\"ok\":true}")));
    server.stubFor(post(urlPathEqualTo("/v2/organizations/acme/things")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":1}")));
    Response<JsonNode> thing = client().send(ApiRequest.builder("GET", "/v2/organizations/{}/new-thing/{}", "acme", "a/b")
        .queryParameter("q", "50%").build(), JsonNode.class);
    assertThat(thing.statusCode()).isEqualTo(200);
    assertThat(thing.value().path("ok").asBoolean()).isTrue();
    assertThat(server.findAll(getRequestedFor(anyUrl())).get(0).getUrl()).endsWith("?q=50%25");
    try (RawResponse created = client().send(ApiRequest.builder("POST", "/v2/organizations/{}/things", "acme")
        .jsonBody(Map.of("name", "x")).build())) {
      assertThat(created.statusCode()).isEqualTo(201);
    }
    LoggedRequest post = server.findAll(postRequestedFor(anyUrl())).get(0);
    assertThat(post.getHeader("Content-Type")).startsWith("application/json");
    assertThat(post.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(post.getBodyAsString()).isEqualTo("{\"name\":\"x\"}");
    assertThatThrownBy(() -> client().send(ApiRequest.builder("GET", "/v2/missing").build()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> ApiRequest.builder("GET", "/v2/{}/{}", "only-one"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("segments");
    assertThatThrownBy(() -> ApiRequest.builder("GET", "/v2/x").jsonBody(Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never carries a body");
  }

  @Test
  void theRawEscapeHatchDecodesAnEmptyBodyAsNullWhateverTheType() throws Exception {
    server.stubFor(get(urlPathEqualTo("/v2/empty")).willReturn(aResponse().withStatus(200)));
    server.stubFor(get(urlPathEqualTo("/v2/none")).willReturn(aResponse().withStatus(204)));
    ApiRequest empty = ApiRequest.builder("GET", "/v2/empty").build();
    ApiRequest none = ApiRequest.builder("GET", "/v2/none").build();

    assertThat(client().send(empty, String.class).value()).isNull();
    assertThat(client().send(empty, JsonNode.class).value()).isNull();
    assertThat(client().send(none, String.class).value()).isNull();
    assertThat(client().async().send(empty, String.class).get(10, java.util.concurrent.TimeUnit.SECONDS).value())
        .isNull();
  }

  @Test
  void everyResponseFormCarriesStatusHeadersAndRateLimitState() {
    server.stubFor(get(urlPathEqualTo(BUILDS)).willReturn(okJson("[" + BUILD + "]")
        .withHeader("RateLimit-Remaining", "190").withHeader("RateLimit-Limit", "200").withHeader("RateLimit-Reset", "30")));
    Response<Page<Build>> response = client().builds().listBuildsForPipelineWithResponse("acme", "app", ListBuildsForPipelineParams.none(), RequestOptions.none());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.header("ratelimit-remaining")).contains("190");
    assertThat(response.rateLimit().organization()).hasValueSatisfying(w -> assertThat(w.remaining()).isEqualTo(190));
    Page<Build> page = response.value();
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().get("RATELIMIT-LIMIT")).containsExactly("200");
    assertThat(page.rateLimit().organization()).hasValueSatisfying(w -> assertThat(w.limit()).isEqualTo(200));
  }

  @Test
  void aLinkToAnotherOriginIsNeverFollowedAndEndsTheIterationWithAnInvalidResponse() {
    server.stubFor(get(urlPathEqualTo(BUILDS)).willReturn(okJson("[" + BUILD + "]")
        .withHeader("Link", "<https://evil.example.com/v2/steal?page=2>; rel=\"next\"")));
    Page<Build> first = client().builds().listBuildsForPipeline("acme", "app");
    assertThat(first.items()).hasSize(1);
    assertThatThrownBy(first::nextPage)
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("evil.example.com")
        .hasMessageNotContaining(TOKEN);
    List<Build> seen = new ArrayList<>();
    assertThatThrownBy(() -> first.streamAll().forEach(seen::add)).isInstanceOf(InvalidResponseException.class);
    assertThat(seen).hasSize(1);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void nullListItemsAndMalformedLinksAreInvalidResponsesWithShortMessages() {
    server.stubFor(get(urlPathEqualTo(BUILDS)).willReturn(okJson("[" + BUILD + ", null]")));
    assertThatThrownBy(() -> client().builds().listBuildsForPipeline("acme", "app"))
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("item 1 of 2 is null");
    String huge = "x".repeat(1 << 20);
    server.stubFor(get(urlPathEqualTo("/v2/organizations/acme/pipelines/app/builds/7/jobs")).willReturn(okJson(
        "{\"items\":[],\"links\":{\"next\":\"http://[" + huge + "\"}}")));
    assertThatThrownBy(() -> client().jobs().listJobs("acme", "app", 7))
        .isInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600));
    server.stubFor(get(urlPathEqualTo(BUILDS + "/7")).willReturn(okJson("{\"id\": [1, 2")));
    assertThatThrownBy(() -> client().builds().getBuild("acme", "app", 7))
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("Build");
  }

  @Test
  void aRequiredFieldTheServerLeftOutIsReportedWhenReadWithModelFieldAndOperation() {
    server.stubFor(get(urlPathEqualTo(BUILDS + "/7")).willReturn(okJson("{\"id\":\"b1\",\"number\":7}")));
    Build build = client().builds().getBuild("acme", "app", 7);
    assertThat(build.id()).isEqualTo("b1");
    assertThatThrownBy(build::url).isInstanceOf(MissingFieldException.class)
        .hasMessageContaining("Build.url").hasMessageContaining("getBuild")
        .satisfies(e -> assertThat(((MissingFieldException) e).operation()).contains("getBuild"));
  }

  @Test
  void aRateLimitExceptionSaysWhichBucketAndHowLongTheSdkWouldWait() {
    server.stubFor(get(urlPathEqualTo(BUILDS + "/7")).willReturn(aResponse().withStatus(429)
        .withHeader("Content-Type", "application/json")
        .withHeader("RateLimit-Remaining", "150").withHeader("RateLimit-Reset", "50")
        .withHeader("RateLimit-User-Remaining", "0").withHeader("RateLimit-User-Reset", "12")
        .withBody("{\"message\":\"You have exceeded your rate limit\",\"scope\":\"rest_user\",\"limit\":50,\"current\":51}")));
    assertThatThrownBy(() -> client().withRetryPolicy(RetryPolicy.none()).builds().getBuild("acme", "app", 7))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(12));
          assertThat(e.rateLimit()).hasValueSatisfying(r -> {
            assertThat(r.scope()).contains("rest_user");
            assertThat(r.remaining()).isZero();
            assertThat(r.limit()).isEqualTo(50);
          });
          assertThat(e.headers().get("retry-after")).isNull();
          assertThat(e.headers().get("RATELIMIT-USER-RESET")).containsExactly("12");
        });
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }
}
