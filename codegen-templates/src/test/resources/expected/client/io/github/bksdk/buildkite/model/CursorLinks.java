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
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.NoSuchElementException;

/**
 * The {@code CursorLinks} object.
 *
 * <p>Immutable; create one with {@link #builder()} or derive one with {@link #toBuilder()}. Fields the server sends
 * that this SDK version does not know are kept in {@link #additionalProperties()} and written back on
 * serialization. Optional fields are {@link Optional}; lists and maps are never null.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
@JsonDeserialize(builder = CursorLinks.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({ "self", "next" })
public final class CursorLinks {
  @JsonProperty("self")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  private final JsonNullable<String> self;
  @JsonProperty("next")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  private final JsonNullable<String> next;
  private final Map<String, JsonNode> additionalProperties;
  /** The operation whose response this instance was decoded from, for {@code MissingFieldException}; not data. */
  private final String sourceOperation;

  private CursorLinks(Builder builder) {
    this.sourceOperation = builder.sourceOperation;
    this.self = builder.self;
    this.next = builder.next;
    this.additionalProperties = builder.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding every value of this instance, unknown fields included. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.self = this.self;
    builder.next = this.next;
    builder.additionalProperties.putAll(this.additionalProperties);
    return builder;
  }

  /**
   * The {@code self} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<String> self() {
    return Optional.ofNullable(self.orElse(null));
  }

  /**
   * The {@code next} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<String> next() {
    return Optional.ofNullable(next.orElse(null));
  }

  /**
   * Returns the fields the server sent that this SDK version does not model, by JSON name.
   *
   * @return an unmodifiable map; empty when every field was known
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CursorLinks)) {
      return false;
    }
    CursorLinks that = (CursorLinks) other;
    return Objects.equals(this.self, that.self)
        && Objects.equals(this.next, that.next)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(self, next, additionalProperties);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("CursorLinks{");
    append(out, "self", self);
    append(out, "next", next);
    if (!additionalProperties.isEmpty()) {
      append(out, "additionalProperties", additionalProperties.keySet());
    }
    return out.append('}').toString();
  }

  private static void append(StringBuilder out, String name, Object value) {
    Object shown = value instanceof JsonNullable<?> nullable ? (nullable.isPresent() ? nullable.get() : null) : value;
    if (shown != null) {
      out.append(out.charAt(out.length() - 1) == '{' ? "" : ", ").append(name).append('=').append(shown);
    }
  }

  private static <T> List<T> freeze(List<T> list) {
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  private static <K, V> Map<K, V> freeze(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * Builds {@link CursorLinks} instances. Not thread-safe; {@link #build()} may be called more than once.
   *
   * <p>A setter given {@code null} leaves that field out of the JSON, except for fields the API lets
   * you clear, where it sends an explicit {@code null}.
   */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
  public static final class Builder {
    private JsonNullable<String> self = JsonNullable.undefined();
    private JsonNullable<String> next = JsonNullable.undefined();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private String sourceOperation;

    private Builder() {}

    /**
     * Sets {@code self}; {@code null} sends an explicit JSON {@code null} (which clears the field on update).
     *
     * @param self the value
     * @return this builder
     */
    @JsonProperty("self")
    public Builder self(String self) {
      this.self = JsonNullable.of(self);
      return this;
    }

    /**
     * Leaves {@code self} out of the JSON entirely (the default), undoing an earlier call of
     * {@link #self(String)}.
     *
     * @return this builder
     */
    public Builder clearSelf() {
      this.self = JsonNullable.undefined();
      return this;
    }

    /**
     * Sets {@code next}; {@code null} sends an explicit JSON {@code null} (which clears the field on update).
     *
     * @param next the value
     * @return this builder
     */
    @JsonProperty("next")
    public Builder next(String next) {
      this.next = JsonNullable.of(next);
      return this;
    }

    /**
     * Leaves {@code next} out of the JSON entirely (the default), undoing an earlier call of
     * {@link #next(String)}.
     *
     * @return this builder
     */
    public Builder clearNext() {
      this.next = JsonNullable.undefined();
      return this;
    }

    /**
     * Adds a field this SDK version does not model; it is written as-is on serialization.
     *
     * @param name the JSON field name
     * @param value the JSON value
     * @return this builder
     */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * Returns the built instance.
     *
     * @return a new immutable {@link CursorLinks}
     * @throws IllegalArgumentException if a required field is missing; the message names it
     */
    public CursorLinks build() {
      return new CursorLinks(this);
    }

    /** Used by Jackson: builds without the required-field check, so an incomplete response never fails to parse. */
    CursorLinks buildFromJson() {
      this.sourceOperation = io.github.bksdk.buildkite.codegen.DecodeContext.operation();
      return new CursorLinks(this);
    }
  }
}
