package io.github.bksdk.buildkite.drift;

/**
 * One difference between a JSON value and the schema it should match.
 *
 * @param kind what sort of difference it is
 * @param pointer where in the value (a JSON Pointer; {@code /} for the whole value)
 * @param detail a human-readable explanation with a short sample of the value
 */
public record Finding(Kind kind, String pointer, String detail) {

  /** The sorts of drift the report groups by. */
  public enum Kind {
    /** A field the schema does not declare. */
    UNDECLARED_FIELD("Undeclared fields"),
    /** A value of an {@code enum} the schema does not list. */
    UNKNOWN_ENUM_VALUE("Unknown enum values"),
    /** A field the schema lists under {@code required} that is absent. */
    MISSING_REQUIRED("Missing required fields"),
    /** {@code null} where the schema does not admit it (not nullable, or not in the enum). */
    NULL_NOT_ALLOWED("Unexpected nulls"),
    /** A value of another type or outside the declared limits. */
    TYPE_MISMATCH("Type mismatches"),
    /** A response status the operation does not declare. */
    UNEXPECTED_STATUS("Unexpected statuses");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    /** Returns the heading used for this kind in the report. */
    public String title() {
      return title;
    }
  }

  /**
   * Returns the pointer with array indexes replaced by {@code []}, so that the same drift in every item of a list is
   * reported once.
   */
  public String generalPointer() {
    return pointer.replaceAll("/[0-9]+(?=/|$)", "/[]");
  }
}
