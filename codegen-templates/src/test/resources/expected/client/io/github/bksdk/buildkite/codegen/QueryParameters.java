package io.github.bksdk.buildkite.codegen;

import java.util.Map;

/**
 * The query string of one operation, as an immutable value. Each generated {@code ...Query} class implements it;
 * the client's Feign {@code QueryMapEncoder} turns it into query parameters with {@link #toQueryMap()}.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface QueryParameters {
  /**
   * Returns the parameters to send, in a stable order. Keys are wire names (such as {@code branch[]} or
   * {@code meta_data[env]}); values are strings, or lists of strings for repeated parameters. Parameters that were
   * not set are absent.
   *
   * @return an unmodifiable map of wire name to value
   */
  Map<String, Object> toQueryMap();
}
