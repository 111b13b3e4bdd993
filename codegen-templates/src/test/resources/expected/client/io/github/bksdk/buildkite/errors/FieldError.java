package io.github.bksdk.buildkite.errors;

/**
 * One entry of the {@code errors} list of a 422 validation failure, such as {@code {"field": "configuration",
 * "code": "..."}}.
 *
 * @param field the request field that failed validation, or {@code null} when the API did not name one
 * @param code what is wrong with it, as the API words it
 */
public record FieldError(String field, String code) {}
