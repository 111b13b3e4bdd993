package io.github.bksdk.buildkite.errors;

import java.util.Optional;

/**
 * A field the spec marks as always present was missing (or {@code null}) in the response, and the code read it.
 * Fields the real API is known to omit are {@code Optional} instead; this exception is for the rest, so that a
 * server that changes its mind is reported with the model, the field and the operation instead of a silent
 * {@code null}. It is thrown when the field is read, not when the response is decoded, so the rest of the
 * response stays usable.
 */
public final class MissingFieldException extends InvalidResponseException {
  private static final long serialVersionUID = 1L;

  /** The model class whose field is missing. */
  private final String model;
  /** The JSON name of the missing field. */
  private final String field;
  /** The operation whose response lacked the field, when known. */
  private final String operation;

  /**
   * Creates the exception.
   *
   * @param model the model class's simple name, for example {@code Build}
   * @param field the field's JSON name, for example {@code state}
   * @param operation the operationId that returned the response, or {@code null} when not known
   */
  public MissingFieldException(String model, String field, String operation) {
    super(model + "." + field + " is required by the spec but was missing or null in the response"
        + (operation == null ? "" : " of " + operation), 0, null);
    this.model = model;
    this.field = field;
    this.operation = operation;
  }

  /**
   * Returns the model's simple name.
   *
   * @return for example {@code Build}
   */
  public String model() {
    return model;
  }

  /**
   * Returns the missing field's JSON name.
   *
   * @return for example {@code state}
   */
  public String field() {
    return field;
  }

  /**
   * Returns the operation whose response lacked the field.
   *
   * @return the operationId, or empty when the model was not decoded by an SDK call
   */
  public Optional<String> operation() {
    return Optional.ofNullable(operation);
  }
}
