package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.errors.BadRequestException;
import io.github.bksdk.buildkite.errors.BuildkiteException;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.errors.ConflictException;
import io.github.bksdk.buildkite.errors.FieldError;
import io.github.bksdk.buildkite.errors.ForbiddenException;
import io.github.bksdk.buildkite.errors.NotFoundException;
import io.github.bksdk.buildkite.errors.RateLimitException;
import io.github.bksdk.buildkite.errors.ServerException;
import io.github.bksdk.buildkite.errors.UnauthorizedException;
import io.github.bksdk.buildkite.errors.UnexpectedStatusException;
import io.github.bksdk.buildkite.errors.UnprocessableEntityException;
import io.github.bksdk.buildkite.model.CreateBuildRequest;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error status maps to its typed, unchecked exception carrying what the API said. */
class ErrorMappingTest extends WireMockTestBase {

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(403, ForbiddenException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, ServerException.class),
        Arguments.of(502, ServerException.class),
        Arguments.of(503, ServerException.class),
        Arguments.of(504, ServerException.class),
        Arguments.of(418, UnexpectedStatusException.class));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("statuses")
  void statusMapsToItsException(int status, Class<? extends BuildkiteException> type) {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Nope " + status + "\"}")));

    BuildkiteException e = catchThrowableOfType(type, () -> client().organizations().getOrganization("acme"));

    assertThat(e).isInstanceOf(RuntimeException.class);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.apiMessage()).contains("Nope " + status);
    assertThat(e.body()).contains("{\"message\":\"Nope " + status + "\"}");
    assertThat(e.getMessage()).startsWith(status + " ").contains("Nope " + status)
        .contains("GET /v2/organizations/acme").doesNotContain(TOKEN);
  }

  @Test
  void validationFailureCarriesTheFieldErrors() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"Validation Failed\",\"errors\":[{\"field\":\"commit\",\"code\":\"is blank\"},"
            + "{\"field\":\"branch\",\"code\":\"is invalid\"}]}")));

    UnprocessableEntityException e = catchThrowableOfType(UnprocessableEntityException.class,
        () -> client().builds().createBuild("acme", "app", CreateBuildRequest.builder().commit("HEAD").branch("main").build()));

    assertThat(e.apiMessage()).contains("Validation Failed");
    assertThat(e.errors()).containsExactly(new FieldError("commit", "is blank"), new FieldError("branch", "is invalid"));
  }

  @Test
  void rateLimitCarriesScopeLimitCurrentAndReset() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
        .withHeader("RateLimit-Reset", "42").withHeader("RateLimit-Remaining", "0")
        .withBody(SpecDocument.example("error-429-rate-limited.json"))));

    RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> client().user().getCurrentUser());

    assertThat(e.rateLimit()).hasValueSatisfying(r -> {
      assertThat(r.scope()).contains("rest_user");
      assertThat(r.limit()).isEqualTo(50);
      assertThat(r.current()).isEqualTo(55);
      assertThat(r.reset()).isEqualTo(Duration.ofSeconds(42));
    });
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(42));
    assertThat(e.headers()).containsKey("ratelimit-remaining");
  }

  @Test
  void rateLimitWithoutABodyFallsBackToTheHeaders() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429)
        .withHeader("RateLimit-Reset", "7").withHeader("RateLimit-Limit", "200").withHeader("RateLimit-Scope", "rest")));

    RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> client().user().getCurrentUser());

    assertThat(e.rateLimit()).hasValueSatisfying(r -> {
      assertThat(r.scope()).contains("rest");
      assertThat(r.limit()).isEqualTo(200);
      assertThat(r.reset()).isEqualTo(Duration.ofSeconds(7));
    });
    assertThat(e.getMessage()).contains("(no body)");
  }

  @Test
  void aResetConnectionIsATransportFailure() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    BuildkiteIoException e = catchThrowableOfType(BuildkiteIoException.class, () -> client().meta().getMeta());

    assertThat(e.statusCode()).isZero();
    assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
    assertThat(e.getMessage()).contains("GET /v2/meta").doesNotContain(TOKEN);
  }

  @Test
  void aRefusedConnectionIsATransportFailure() throws Exception {
    int closedPort = closedPort();
    BuildkiteClient client = BuildkiteClient.builder().token(TOKEN).baseUrl("http://127.0.0.1:" + closedPort)
        .connectTimeout(Duration.ofSeconds(2)).sleeper(NO_SLEEP).build();

    BuildkiteIoException e = catchThrowableOfType(BuildkiteIoException.class, () -> client.meta().getMeta());

    assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
  }

  @Test
  void aResponseSlowerThanTheReadTimeoutIsATransportFailure() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(1500).withBody("{}")));
    BuildkiteClient client = clientBuilder().readTimeout(Duration.ofMillis(200))
        .retryPolicy(io.github.bksdk.buildkite.retry.RetryPolicy.none()).build();

    BuildkiteIoException e = catchThrowableOfType(BuildkiteIoException.class, () -> client.meta().getMeta());

    assertThat(e.getMessage()).startsWith("timed out");
  }

  @Test
  void malformedJsonIsReportedAsAnUnreadableResponse() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"webhook_ips\": [")));

    io.github.bksdk.buildkite.errors.InvalidResponseException e = catchThrowableOfType(
        io.github.bksdk.buildkite.errors.InvalidResponseException.class, () -> client().meta().getMeta());

    assertThat(e.getMessage()).contains("the 200 response of GET /v2/meta is not a valid Meta");
    assertThat(e.statusCode()).isEqualTo(200);
  }
}
