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
import java.util.Arrays;
import java.util.HashMap;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.NoSuchElementException;

/**
 * The {@code UpdatePipelineRequest} object.
 *
 * <p>Immutable; create one with {@link #builder()} or derive one with {@link #toBuilder()}. Fields the server sends
 * that this SDK version does not know are kept in {@link #additionalProperties()} and written back on
 * serialization. Optional fields are {@link Optional}; lists and maps are never null.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
@JsonDeserialize(builder = UpdatePipelineRequest.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({ "name", "cluster_id", "allow_rebuilds", "tags", "env" })
public final class UpdatePipelineRequest {
  @JsonProperty("name")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final String name;
  @JsonProperty("cluster_id")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  private final JsonNullable<String> clusterId;
  @JsonProperty("allow_rebuilds")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final Boolean allowRebuilds;
  @JsonProperty("tags")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final List<String> tags;
  @JsonProperty("env")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  private final JsonNullable<Map<String, String>> env;
  private final Map<String, JsonNode> additionalProperties;
  /** The operation whose response this instance was decoded from, for {@code MissingFieldException}; not data. */
  private final String sourceOperation;

  private UpdatePipelineRequest(Builder builder) {
    this.sourceOperation = builder.sourceOperation;
    this.name = builder.name;
    this.clusterId = builder.clusterId;
    this.allowRebuilds = builder.allowRebuilds;
    this.tags = builder.tags == null ? null : freeze(builder.tags);
    this.env = builder.env.isPresent() && builder.env.get() != null ? JsonNullable.of(freeze(builder.env.get())) : builder.env;
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
    builder.name = this.name;
    builder.clusterId = this.clusterId;
    builder.allowRebuilds = this.allowRebuilds;
    builder.tags = this.tags;
    builder.env = this.env;
    builder.additionalProperties.putAll(this.additionalProperties);
    return builder;
  }

  /**
   * The {@code name} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The {@code cluster_id} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<String> clusterId() {
    return Optional.ofNullable(clusterId.orElse(null));
  }

  /**
   * The {@code allow_rebuilds} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<Boolean> allowRebuilds() {
    return Optional.ofNullable(allowRebuilds);
  }

  /**
   * The {@code tags} field.
   *
   * @return the value; empty when the field is absent or null

   */
  public List<String> tags() {
    List<String> value = tags;
    return value != null ? value : List.of();
  }

  /**
   * The {@code env} field.
   *
   * @return the value; empty when the field is absent or null

   */
  public Map<String, String> env() {
    Map<String, String> value = env.orElse(null);
    return value != null ? value : Map.of();
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
    if (!(other instanceof UpdatePipelineRequest)) {
      return false;
    }
    UpdatePipelineRequest that = (UpdatePipelineRequest) other;
    return Objects.equals(this.name, that.name)
        && Objects.equals(this.clusterId, that.clusterId)
        && Objects.equals(this.allowRebuilds, that.allowRebuilds)
        && Objects.equals(this.tags, that.tags)
        && Objects.equals(this.env, that.env)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, clusterId, allowRebuilds, tags, env, additionalProperties);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("UpdatePipelineRequest{");
    append(out, "name", name);
    append(out, "cluster_id", clusterId);
    append(out, "allow_rebuilds", allowRebuilds);
    append(out, "tags", tags);
    append(out, "env", env);
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
   * Builds {@link UpdatePipelineRequest} instances. Not thread-safe; {@link #build()} may be called more than once.
   *
   * <p>A setter given {@code null} leaves that field out of the JSON, except for fields the API lets
   * you clear, where it sends an explicit {@code null}.
   */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
  public static final class Builder {
    private String name;
    private JsonNullable<String> clusterId = JsonNullable.undefined();
    private Boolean allowRebuilds;
    private List<String> tags;
    private JsonNullable<Map<String, String>> env = JsonNullable.undefined();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private String sourceOperation;

    private Builder() {}

    /**
     * Sets {@code name}.
     *
     * @param name the value
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code cluster_id}; {@code null} sends an explicit JSON {@code null} (which clears the field on update).
     *
     * @param clusterId the value
     * @return this builder
     */
    @JsonProperty("cluster_id")
    public Builder clusterId(String clusterId) {
      this.clusterId = JsonNullable.of(clusterId);
      return this;
    }

    /**
     * Leaves {@code cluster_id} out of the JSON entirely (the default), undoing an earlier call of
     * {@link #clusterId(String)}.
     *
     * @return this builder
     */
    public Builder clearClusterId() {
      this.clusterId = JsonNullable.undefined();
      return this;
    }

    /**
     * Sets {@code allow_rebuilds}.
     *
     * @param allowRebuilds the value
     * @return this builder
     */
    @JsonProperty("allow_rebuilds")
    public Builder allowRebuilds(Boolean allowRebuilds) {
      this.allowRebuilds = allowRebuilds;
      return this;
    }

    /**
     * Sets {@code tags}.
     *
     * @param tags the value
     * @return this builder
     */
    @JsonProperty("tags")
    public Builder tags(List<String> tags) {
      this.tags = tags;
      return this;
    }

    /**
     * Sets {@code env}; {@code null} sends an explicit JSON {@code null} (which clears the field on update).
     *
     * @param env the value
     * @return this builder
     */
    @JsonProperty("env")
    public Builder env(Map<String, String> env) {
      this.env = JsonNullable.of(env);
      return this;
    }

    /**
     * Leaves {@code env} out of the JSON entirely (the default), undoing an earlier call of
     * {@link #env(Map<String, String>)}.
     *
     * @return this builder
     */
    public Builder clearEnv() {
      this.env = JsonNullable.undefined();
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
     * @return a new immutable {@link UpdatePipelineRequest}
     * @throws IllegalArgumentException if a required field is missing; the message names it
     */
    public UpdatePipelineRequest build() {
      return new UpdatePipelineRequest(this);
    }

    /** Used by Jackson: builds without the required-field check, so an incomplete response never fails to parse. */
    UpdatePipelineRequest buildFromJson() {
      this.sourceOperation = io.github.bksdk.buildkite.codegen.DecodeContext.operation();
      return new UpdatePipelineRequest(this);
    }
  }
}
