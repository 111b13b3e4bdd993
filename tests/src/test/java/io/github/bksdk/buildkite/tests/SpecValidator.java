package io.github.bksdk.buildkite.tests;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a request the SDK sent, and the stubbed response it got, against the spec, with Atlassian's
 * swagger-request-validator (its WireMock module targets WireMock 2, so this wraps the core validator). The
 * validator builds regular expressions from parameter names and breaks on Rails-style names such as
 * {@code branch[]}, so it is fed a copy of the spec with {@code []} removed from names, and request keys are
 * stripped the same way.
 */
final class SpecValidator {
  private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
      .createForInlineApiSpecification(bracketFreeSpec())
      .withLevelResolver(LevelResolver.create()
          // Buildkite sends some timestamps as "2013-09-03 13:24:38 UTC"; the SDK parses both forms.
          .withLevel("validation.response.body.schema.format.date-time", ValidationReport.Level.IGNORE)
          // The client sends its own Authorization; the validator does not need to check security schemes.
          .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
          .build())
      .build();

  private SpecValidator() {}

  private static String bracketFreeSpec() {
    return SpecDocument.yaml().replaceAll("name: (['\"]?)([a-z_]+)\\[\\]\\1", "name: $2");
  }

  /** Returns the validation errors of a request as it arrived at WireMock. */
  static List<String> request(LoggedRequest logged) {
    URI uri = URI.create(logged.getUrl());
    SimpleRequest.Builder builder = new SimpleRequest.Builder(logged.getMethod().value(), uri.getRawPath(), true);
    Map<String, List<String>> query = new LinkedHashMap<>();
    OperationWireTest.decodedQuery(uri.getRawQuery()).forEach(pair ->
        query.computeIfAbsent(pair.getKey().replace("[]", ""), k -> new java.util.ArrayList<>()).add(pair.getValue()));
    query.forEach(builder::withQueryParam);
    logged.getHeaders().all().forEach(header -> builder.withHeader(header.key(), header.values()));
    if (logged.getBody().length > 0) {
      builder.withBody(logged.getBodyAsString());
    }
    return errors(VALIDATOR.validateRequest(builder.build()));
  }

  /** Returns the validation errors of a stubbed response for the request that received it. */
  static List<String> response(LoggedRequest logged, int status, String contentType, String body,
      Map<String, String> headers) {
    SimpleResponse.Builder builder = SimpleResponse.Builder.status(status);
    if (body != null) {
      builder.withContentType(contentType).withBody(body);
    }
    headers.forEach(builder::withHeader);
    return errors(VALIDATOR.validateResponse(URI.create(logged.getUrl()).getRawPath(),
        Request.Method.valueOf(logged.getMethod().value()), builder.build()));
  }

  private static List<String> errors(ValidationReport report) {
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + ": " + m.getMessage())
        .toList();
  }
}
