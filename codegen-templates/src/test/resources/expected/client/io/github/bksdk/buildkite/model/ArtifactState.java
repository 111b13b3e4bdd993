// Generated from spec/openapi.yaml by codegen-templates/client. Do not edit: change the spec or the templates.
package io.github.bksdk.buildkite.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The {@code ArtifactState} values.
 *
 * <p>An open set: the server may send a value this SDK version does not know. Such a value is kept as it was
 * sent ({@link #asString()}) and reports {@link Value#_UNKNOWN} from {@link #value()}, so a new value never breaks
 * deserialization. Compare with {@code equals}, or {@code switch} over {@link #value()}.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class ArtifactState {

  /** The wire value {@code "new"}. */
  public static final ArtifactState NEW = new ArtifactState("new", Value.NEW);

  /** The wire value {@code "finished"}. */
  public static final ArtifactState FINISHED = new ArtifactState("finished", Value.FINISHED);

  /** The wire value {@code "error"}. */
  public static final ArtifactState ERROR = new ArtifactState("error", Value.ERROR);


  /** The values known to this SDK version, plus {@link #_UNKNOWN} for any other. */
  public enum Value {

    /** {@code "new"}. */
    NEW,

    /** {@code "finished"}. */
    FINISHED,

    /** {@code "error"}. */
    ERROR,

    /** A value this SDK version does not know; read it with {@link ArtifactState#asString()}. */
    _UNKNOWN
  }

  private static final Map<String, ArtifactState> KNOWN = Map.ofEntries(

      Map.entry("new", NEW),

      Map.entry("finished", FINISHED),

      Map.entry("error", ERROR)

  );

  private final String raw;
  private final Value value;

  private ArtifactState(String raw, Value value) {
    this.raw = raw;
    this.value = value;
  }

  /**
   * Returns the instance for a wire value, known or not.
   *
   * @param raw the value as sent on the wire
   * @return the matching constant, or a new instance holding an unknown value
   * @throws NullPointerException if {@code raw} is null
   */
  @JsonCreator
  public static ArtifactState of(String raw) {
    Objects.requireNonNull(raw, "raw");
    ArtifactState known = KNOWN.get(raw);
    return known != null ? known : new ArtifactState(raw, Value._UNKNOWN);
  }

  /** Returns the known value, or {@link Value#_UNKNOWN}. */
  public Value value() {
    return value;
  }

  /** Returns whether this SDK version knows this value. */
  public boolean isKnown() {
    return value != Value._UNKNOWN;
  }

  /** Returns the value exactly as it is sent on the wire. */
  @JsonValue
  public String asString() {
    return raw;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof ArtifactState that && raw.equals(that.raw));
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return raw;
  }
}
