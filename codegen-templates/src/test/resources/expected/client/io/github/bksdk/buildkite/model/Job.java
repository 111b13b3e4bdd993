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
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.NoSuchElementException;

/**
 * The {@code Job} object.
 *
 * <p>Immutable; create one with {@link #builder()} or derive one with {@link #toBuilder()}. Fields the server sends
 * that this SDK version does not know are kept in {@link #additionalProperties()} and written back on
 * serialization. Optional fields are {@link Optional}; lists and maps are never null.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
@JsonDeserialize(builder = Job.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({ "id", "type", "exit_status", "agent_query_rules", "tags" })
public final class Job {
  @JsonProperty("id")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final String id;
  @JsonProperty("type")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final String type;
  @JsonProperty("exit_status")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  private final JsonNullable<Integer> exitStatus;
  @JsonProperty("agent_query_rules")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final List<String> agentQueryRules;
  @JsonProperty("tags")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  private final JsonNullable<List<String>> tags;
  private final Map<String, JsonNode> additionalProperties;
  /** The operation whose response this instance was decoded from, for {@code MissingFieldException}; not data. */
  private final String sourceOperation;

  private Job(Builder builder) {
    this.sourceOperation = builder.sourceOperation;
    this.id = builder.id;
    this.type = builder.type;
    this.exitStatus = builder.exitStatus;
    this.agentQueryRules = builder.agentQueryRules == null ? null : freeze(builder.agentQueryRules);
    this.tags = builder.tags.isPresent() && builder.tags.get() != null ? JsonNullable.of(freeze(builder.tags.get())) : builder.tags;
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
    builder.id = this.id;
    builder.type = this.type;
    builder.exitStatus = this.exitStatus;
    builder.agentQueryRules = this.agentQueryRules;
    builder.tags = this.tags;
    builder.additionalProperties.putAll(this.additionalProperties);
    return builder;
  }

  /**
   * The {@code id} field.
   *
   * @return the value

   * @throws io.github.bksdk.buildkite.errors.MissingFieldException if the server left this always-present field out

   */
  public String id() {
    if (id == null) {
      throw new io.github.bksdk.buildkite.errors.MissingFieldException("Job", "id", sourceOperation);
    }
    return id;
  }

  /**
   * The {@code type} field.
   *
   * @return the value

   * @throws io.github.bksdk.buildkite.errors.MissingFieldException if the server left this always-present field out

   */
  public String type() {
    if (type == null) {
      throw new io.github.bksdk.buildkite.errors.MissingFieldException("Job", "type", sourceOperation);
    }
    return type;
  }

  /**
   * The {@code exit_status} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<Integer> exitStatus() {
    return Optional.ofNullable(exitStatus.orElse(null));
  }

  /**
   * The {@code agent_query_rules} field.
   *
   * @return the value; empty when the field is absent or null

   */
  public List<String> agentQueryRules() {
    List<String> value = agentQueryRules;
    return value != null ? value : List.of();
  }

  /**
   * The {@code tags} field.
   *
   * @return the value; empty when the field is absent or null

   */
  public List<String> tags() {
    List<String> value = tags.orElse(null);
    return value != null ? value : List.of();
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
    if (!(other instanceof Job)) {
      return false;
    }
    Job that = (Job) other;
    return Objects.equals(this.id, that.id)
        && Objects.equals(this.type, that.type)
        && Objects.equals(this.exitStatus, that.exitStatus)
        && Objects.equals(this.agentQueryRules, that.agentQueryRules)
        && Objects.equals(this.tags, that.tags)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, exitStatus, agentQueryRules, tags, additionalProperties);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Job{");
    append(out, "id", id);
    append(out, "type", type);
    append(out, "exit_status", exitStatus);
    append(out, "agent_query_rules", agentQueryRules);
    append(out, "tags", tags);
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
   * Builds {@link Job} instances. Not thread-safe; {@link #build()} may be called more than once.
   *
   * <p>A setter given {@code null} leaves that field out of the JSON, except for fields the API lets
   * you clear, where it sends an explicit {@code null}.
   */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
  public static final class Builder {
    private String id;
    private String type;
    private JsonNullable<Integer> exitStatus = JsonNullable.undefined();
    private List<String> agentQueryRules;
    private JsonNullable<List<String>> tags = JsonNullable.undefined();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private String sourceOperation;

    private Builder() {}

    /**
     * Sets {@code id} (required).
     *
     * @param id the value
     * @return this builder
     */
    @JsonProperty("id")
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code type} (required).
     *
     * @param type the value
     * @return this builder
     */
    @JsonProperty("type")
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code exit_status}; {@code null} sends an explicit JSON {@code null} (which clears the field on update).
     *
     * @param exitStatus the value
     * @return this builder
     */
    @JsonProperty("exit_status")
    public Builder exitStatus(Integer exitStatus) {
      this.exitStatus = JsonNullable.of(exitStatus);
      return this;
    }

    /**
     * Leaves {@code exit_status} out of the JSON entirely (the default), undoing an earlier call of
     * {@link #exitStatus(Integer)}.
     *
     * @return this builder
     */
    public Builder clearExitStatus() {
      this.exitStatus = JsonNullable.undefined();
      return this;
    }

    /**
     * Sets {@code agent_query_rules}.
     *
     * @param agentQueryRules the value
     * @return this builder
     */
    @JsonProperty("agent_query_rules")
    public Builder agentQueryRules(List<String> agentQueryRules) {
      this.agentQueryRules = agentQueryRules;
      return this;
    }

    /**
     * Sets {@code tags}; {@code null} sends an explicit JSON {@code null} (which clears the field on update).
     *
     * @param tags the value
     * @return this builder
     */
    @JsonProperty("tags")
    public Builder tags(List<String> tags) {
      this.tags = JsonNullable.of(tags);
      return this;
    }

    /**
     * Leaves {@code tags} out of the JSON entirely (the default), undoing an earlier call of
     * {@link #tags(List<String>)}.
     *
     * @return this builder
     */
    public Builder clearTags() {
      this.tags = JsonNullable.undefined();
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
     * @return a new immutable {@link Job}
     * @throws IllegalArgumentException if a required field is missing; the message names it
     */
    public Job build() {
      if (id == null) {
        throw new IllegalArgumentException("Job.id is required");
      }
      if (type == null) {
        throw new IllegalArgumentException("Job.type is required");
      }
      return new Job(this);
    }

    /** Used by Jackson: builds without the required-field check, so an incomplete response never fails to parse. */
    Job buildFromJson() {
      this.sourceOperation = io.github.bksdk.buildkite.codegen.DecodeContext.operation();
      return new Job(this);
    }
  }
}
