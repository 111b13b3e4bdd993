package io.github.bksdk.buildkite.tests;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.bksdk.buildkite.testkit.SpecValidation;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a request the SDK sent, and the stubbed response it got, against the spec. The rules live in the
 * testkit ({@link SpecValidation}, Atlassian's swagger-request-validator over the bundled spec), the same ones that
 * check the requests of users' code against {@code FakeBuildkite}; this class only adapts WireMock's
 * {@link LoggedRequest}.
 */
final class SpecValidator {
  private SpecValidator() {}

  /** Returns the validation errors of a request as it arrived at WireMock. */
  static List<String> request(LoggedRequest logged) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    logged.getHeaders().all().forEach(header -> headers.put(header.key(), header.values()));
    return SpecValidation.bundled().validateRequest(logged.getMethod().value(), logged.getUrl(), headers,
        logged.getBody().length > 0 ? logged.getBodyAsString() : null);
  }

  /** Returns the validation errors of a stubbed response for the request that received it. */
  static List<String> response(LoggedRequest logged, int status, String contentType, String body,
      Map<String, String> headers) {
    return SpecValidation.bundled().validateResponse(logged.getMethod().value(),
        URI.create(logged.getUrl()).getRawPath(), status, headers, body == null ? null : contentType, body);
  }
}
