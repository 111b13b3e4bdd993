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
import java.util.HashMap;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.NoSuchElementException;

/**
 * The {@code UnblockJobRequest} object.
 *
 * <p>Immutable; create one with {@link #builder()} or derive one with {@link #toBuilder()}. Fields the server sends
 * that this SDK version does not know are kept in {@link #additionalProperties()} and written back on
 * serialization. Optional fields are {@link Optional}; lists and maps are never null.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
@JsonDeserialize(builder = UnblockJobRequest.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({ "unblocker", "fields", "password", "session_token" })
public final class UnblockJobRequest {
  @JsonProperty("unblocker")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final String unblocker;
  @JsonProperty("fields")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final Map<String, String> fields;
  @JsonProperty("password")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final String password;
  @JsonProperty("session_token")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  private final JsonNullable<String> sessionToken;
  private final Map<String, JsonNode> additionalProperties;
  /** The operation whose response this instance was decoded from, for {@code MissingFieldException}; not data. */
  private final String sourceOperation;

  private UnblockJobRequest(Builder builder) {
    this.sourceOperation = builder.sourceOperation;
    this.unblocker = builder.unblocker;
    this.fields = builder.fields == null ? null : freeze(builder.fields);
    this.password = builder.password;
    this.sessionToken = builder.sessionToken;
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
    builder.unblocker = this.unblocker;
    builder.fields = this.fields;
    builder.password = this.password;
    builder.sessionToken = this.sessionToken;
    builder.additionalProperties.putAll(this.additionalProperties);
    return builder;
  }

  /**
   * The {@code unblocker} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<String> unblocker() {
    return Optional.ofNullable(unblocker);
  }

  /**
   * The {@code fields} field.
   *
   * @return the value; empty when the field is absent or null

   */
  public Map<String, String> fields() {
    Map<String, String> value = fields;
    return value != null ? value : Map.of();
  }

  /**
   * Shown as <code>***</code> by toString.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<String> password() {
    return Optional.ofNullable(password);
  }

  /**
   * The {@code session_token} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<String> sessionToken() {
    return Optional.ofNullable(sessionToken.orElse(null));
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
    if (!(other instanceof UnblockJobRequest)) {
      return false;
    }
    UnblockJobRequest that = (UnblockJobRequest) other;
    return Objects.equals(this.unblocker, that.unblocker)
        && Objects.equals(this.fields, that.fields)
        && Objects.equals(this.password, that.password)
        && Objects.equals(this.sessionToken, that.sessionToken)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unblocker, fields, password, sessionToken, additionalProperties);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("UnblockJobRequest{");
    append(out, "unblocker", unblocker);
    append(out, "fields", fields);
    append(out, "password", password == null ? null : "***");
    append(out, "session_token", sessionToken == null ? null : "***");
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
   * Builds {@link UnblockJobRequest} instances. Not thread-safe; {@link #build()} may be called more than once.
   *
   * <p>A setter given {@code null} leaves that field out of the JSON, except for fields the API lets
   * you clear, where it sends an explicit {@code null}.
   */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
  public static final class Builder {
    private String unblocker;
    private Map<String, String> fields;
    private String password;
    private JsonNullable<String> sessionToken = JsonNullable.undefined();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private String sourceOperation;

    private Builder() {}

    /**
     * Sets {@code unblocker}.
     *
     * @param unblocker the value
     * @return this builder
     */
    @JsonProperty("unblocker")
    public Builder unblocker(String unblocker) {
      this.unblocker = unblocker;
      return this;
    }

    /**
     * Sets {@code fields}.
     *
     * @param fields the value
     * @return this builder
     */
    @JsonProperty("fields")
    public Builder fields(Map<String, String> fields) {
      this.fields = fields;
      return this;
    }

    /**
     * Sets {@code password}.
     *
     * @param password Shown as <code>***</code> by toString.
     * @return this builder
     */
    @JsonProperty("password")
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /**
     * Sets {@code session_token}; {@code null} sends an explicit JSON {@code null} (which clears the field on update).
     *
     * @param sessionToken the value
     * @return this builder
     */
    @JsonProperty("session_token")
    public Builder sessionToken(String sessionToken) {
      this.sessionToken = JsonNullable.of(sessionToken);
      return this;
    }

    /**
     * Leaves {@code session_token} out of the JSON entirely (the default), undoing an earlier call of
     * {@link #sessionToken(String)}.
     *
     * @return this builder
     */
    public Builder clearSessionToken() {
      this.sessionToken = JsonNullable.undefined();
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
     * @return a new immutable {@link UnblockJobRequest}
     * @throws IllegalArgumentException if a required field is missing; the message names it
     */
    public UnblockJobRequest build() {
      return new UnblockJobRequest(this);
    }

    /** Used by Jackson: builds without the required-field check, so an incomplete response never fails to parse. */
    UnblockJobRequest buildFromJson() {
      this.sourceOperation = io.github.bksdk.buildkite.codegen.DecodeContext.operation();
      return new UnblockJobRequest(this);
    }
  }
}
