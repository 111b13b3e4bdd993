package io.github.bksdk.buildkite.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks HTTP requests and responses against the bundled Buildkite spec (the {@code buildkite-rest-spec} jar) with
 * Atlassian's swagger-request-validator: unknown paths and methods, undeclared or out-of-range query parameters,
 * unknown enum values, and JSON bodies that miss required fields or have the wrong types. {@link FakeBuildkite} runs
 * every request through it; it is public so that tests driving their own HTTP server can use the same rules. The
 * validator builds regular expressions from parameter names and cannot handle Rails-style names such as
 * {@code branch[]}, so it reads a copy of the spec with {@code []} dropped from names and strips request keys the
 * same way. Immutable and thread-safe; {@link #bundled()} parses the spec once per JVM.
 */
public final class SpecValidation {
  private static SpecValidation bundled;

  private final OpenApiInteractionValidator validator;

  private SpecValidation(JsonNode spec) {
    QuietLogging.withoutProvider();
    this.validator = OpenApiInteractionValidator
        .createForInlineApiSpecification(bracketFree(spec.deepCopy()).toString())
        .withLevelResolver(LevelResolver.create()
            // Buildkite sends some timestamps as "2013-09-03 13:24:38 UTC"; the SDK reads both forms.
            .withLevel("validation.response.body.schema.format.date-time", ValidationReport.Level.IGNORE)
            // Credentials are checked by the fake itself, which knows the token it handed out.
            .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
            .build())
        .build();
  }

  /**
   * Returns the validator for the spec bundled in the {@code buildkite-rest-spec} jar on the classpath. The first
   * call parses the spec (a second or two); later calls return the same instance.
   *
   * @return the shared validator
   * @throws IllegalStateException when the spec jar is not on the classpath
   */
  public static synchronized SpecValidation bundled() {
    if (bundled == null) {
      bundled = new SpecValidation(SpecModel.shared().root());
    }
    return bundled;
  }

  private static JsonNode bracketFree(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      if (object.has("in") && object.path("name").isTextual() && object.get("name").asText().endsWith("[]")) {
        String name = object.get("name").asText();
        object.put("name", name.substring(0, name.length() - 2));
      }
      object.forEach(SpecValidation::bracketFree);
    } else if (node.isArray()) {
      node.forEach(SpecValidation::bracketFree);
    }
    return node;
  }

  /**
   * Validates a request as it would arrive at the API.
   *
   * @param method the HTTP method, such as {@code GET}
   * @param rawPathAndQuery the path and optional query exactly as sent (still percent-encoded), such as
   *     {@code /v2/organizations/acme/pipelines/app/builds?branch%5B%5D=main}
   * @param headers the request headers; may be empty
   * @param body the request body, or null or empty for none
   * @return the reasons the real API would reject the request, empty when the spec accepts it
   */
  public List<String> validateRequest(String method, String rawPathAndQuery, Map<String, List<String>> headers,
      String body) {
    int q = rawPathAndQuery.indexOf('?');
    String path = q < 0 ? rawPathAndQuery : rawPathAndQuery.substring(0, q);
    SimpleRequest.Builder builder = new SimpleRequest.Builder(method.toUpperCase(Locale.ROOT), path, true);
    queryParameters(q < 0 ? null : rawPathAndQuery.substring(q + 1)).forEach(builder::withQueryParam);
    headers.forEach(builder::withHeader);
    if (body != null && !body.isEmpty()) {
      builder.withBody(body);
    }
    return errors(validator.validateRequest(builder.build()));
  }

  /**
   * Validates a response against what the spec documents for the operation of the request.
   *
   * @param method the request's HTTP method
   * @param rawPath the request's raw path, without the query
   * @param status the response status
   * @param headers the response headers (single-valued)
   * @param contentType the response's content type, or null when it has no body
   * @param body the response body, or null for none
   * @return the ways the response differs from the spec, empty when it agrees
   */
  public List<String> validateResponse(String method, String rawPath, int status, Map<String, String> headers,
      String contentType, String body) {
    SimpleResponse.Builder builder = SimpleResponse.Builder.status(status);
    if (body != null && contentType != null) {
      builder.withContentType(contentType).withBody(body);
    }
    headers.forEach(builder::withHeader);
    return errors(validator.validateResponse(rawPath, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)),
        builder.build()));
  }

  /** Decodes a raw query into names (with a trailing {@code []} dropped) and their values, in order. */
  static Map<String, List<String>> queryParameters(String rawQuery) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.computeIfAbsent(name.endsWith("[]") ? name.substring(0, name.length() - 2) : name,
          k -> new ArrayList<>()).add(value);
    }
    return query;
  }

  private static List<String> errors(ValidationReport report) {
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + ": "
            + m.getContext().flatMap(c -> c.getParameter()).map(p -> "parameter '" + p.getName() + "': ").orElse("")
            + m.getMessage())
        .toList();
  }

  @Override
  public String toString() {
    return "SpecValidation{" + SpecModel.RESOURCE + "}";
  }
}
