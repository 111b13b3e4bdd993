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
import io.github.bksdk.buildkite.model.BuildState;
import io.github.bksdk.buildkite.model.Creator;
import io.github.bksdk.buildkite.model.Job;
import java.util.Arrays;
import java.util.HashMap;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.NoSuchElementException;

/**
 * A build. The fields: <ol><li><code>id</code> and <code>number</code> identify it;</li><li><code>state</code> is an open enum.</li></ol>
 *
 * <p>Immutable; create one with {@link #builder()} or derive one with {@link #toBuilder()}. Fields the server sends
 * that this SDK version does not know are kept in {@link #additionalProperties()} and written back on
 * serialization. Optional fields are {@link Optional}; lists and maps are never null.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
@JsonDeserialize(builder = Build.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({ "id", "number", "state", "blocked", "message", "created_at", "finished_at", "env", "meta_data", "jobs", "pull_request", "creator", "weight" })
public final class Build {
  @JsonProperty("id")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final String id;
  @JsonProperty("number")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final Integer number;
  @JsonProperty("state")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final BuildState state;
  @JsonProperty("blocked")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final Boolean blocked;
  @JsonProperty("message")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final String message;
  @JsonProperty("created_at")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final OffsetDateTime createdAt;
  @JsonProperty("finished_at")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  private final JsonNullable<OffsetDateTime> finishedAt;
  @JsonProperty("env")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final Map<String, String> env;
  @JsonProperty("meta_data")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  private final JsonNullable<Map<String, String>> metaData;
  @JsonProperty("jobs")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final List<Job> jobs;
  @JsonProperty("pull_request")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final Map<String, Object> pullRequest;
  @JsonProperty("creator")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final Creator creator;
  @JsonProperty("weight")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final Double weight;
  private final Map<String, JsonNode> additionalProperties;
  /** The operation whose response this instance was decoded from, for {@code MissingFieldException}; not data. */
  private final String sourceOperation;

  private Build(Builder builder) {
    this.sourceOperation = builder.sourceOperation;
    this.id = builder.id;
    this.number = builder.number;
    this.state = builder.state;
    this.blocked = builder.blocked;
    this.message = builder.message;
    this.createdAt = builder.createdAt;
    this.finishedAt = builder.finishedAt;
    this.env = builder.env == null ? null : freeze(builder.env);
    this.metaData = builder.metaData.isPresent() && builder.metaData.get() != null ? JsonNullable.of(freeze(builder.metaData.get())) : builder.metaData;
    this.jobs = builder.jobs == null ? null : freeze(builder.jobs);
    this.pullRequest = builder.pullRequest == null ? null : freeze(builder.pullRequest);
    this.creator = builder.creator;
    this.weight = builder.weight;
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
    builder.number = this.number;
    builder.state = this.state;
    builder.blocked = this.blocked;
    builder.message = this.message;
    builder.createdAt = this.createdAt;
    builder.finishedAt = this.finishedAt;
    builder.env = this.env;
    builder.metaData = this.metaData;
    builder.jobs = this.jobs;
    builder.pullRequest = this.pullRequest;
    builder.creator = this.creator;
    builder.weight = this.weight;
    builder.additionalProperties.putAll(this.additionalProperties);
    return builder;
  }

  /**
   * UUID.
   *
   * @return the value

   * @throws io.github.bksdk.buildkite.errors.MissingFieldException if the server left this always-present field out

   */
  public String id() {
    if (id == null) {
      throw new io.github.bksdk.buildkite.errors.MissingFieldException("Build", "id", sourceOperation);
    }
    return id;
  }

  /**
   * The {@code number} field.
   *
   * @return the value

   * @throws io.github.bksdk.buildkite.errors.MissingFieldException if the server left this always-present field out

   */
  public Integer number() {
    if (number == null) {
      throw new io.github.bksdk.buildkite.errors.MissingFieldException("Build", "number", sourceOperation);
    }
    return number;
  }

  /**
   * The {@code state} field.
   *
   * @return the value

   * @throws io.github.bksdk.buildkite.errors.MissingFieldException if the server left this always-present field out

   */
  public BuildState state() {
    if (state == null) {
      throw new io.github.bksdk.buildkite.errors.MissingFieldException("Build", "state", sourceOperation);
    }
    return state;
  }

  /**
   * The {@code blocked} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<Boolean> blocked() {
    return Optional.ofNullable(blocked);
  }

  /**
   * The commit message, or <code>null</code>.
   *
   * @return the value, or empty when null

   */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /**
   * The {@code created_at} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<OffsetDateTime> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /**
   * The {@code finished_at} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<OffsetDateTime> finishedAt() {
    return Optional.ofNullable(finishedAt.orElse(null));
  }

  /**
   * The {@code env} field.
   *
   * @return the value; empty when the field is absent or null

   */
  public Map<String, String> env() {
    Map<String, String> value = env;
    return value != null ? value : Map.of();
  }

  /**
   * The {@code meta_data} field.
   *
   * @return the value; empty when the field is absent or null

   */
  public Map<String, String> metaData() {
    Map<String, String> value = metaData.orElse(null);
    return value != null ? value : Map.of();
  }

  /**
   * The {@code jobs} field.
   *
   * @return the value; empty when the field is absent or null

   */
  public List<Job> jobs() {
    List<Job> value = jobs;
    return value != null ? value : List.of();
  }

  /**
   * Free-form details.
   *
   * @return the value; empty when the field is absent or null

   */
  public Map<String, Object> pullRequest() {
    Map<String, Object> value = pullRequest;
    return value != null ? value : Map.of();
  }

  /**
   * The {@code creator} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<Creator> creator() {
    return Optional.ofNullable(creator);
  }

  /**
   * The {@code weight} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<Double> weight() {
    return Optional.ofNullable(weight);
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
    if (!(other instanceof Build)) {
      return false;
    }
    Build that = (Build) other;
    return Objects.equals(this.id, that.id)
        && Objects.equals(this.number, that.number)
        && Objects.equals(this.state, that.state)
        && Objects.equals(this.blocked, that.blocked)
        && Objects.equals(this.message, that.message)
        && Objects.equals(this.createdAt, that.createdAt)
        && Objects.equals(this.finishedAt, that.finishedAt)
        && Objects.equals(this.env, that.env)
        && Objects.equals(this.metaData, that.metaData)
        && Objects.equals(this.jobs, that.jobs)
        && Objects.equals(this.pullRequest, that.pullRequest)
        && Objects.equals(this.creator, that.creator)
        && Objects.equals(this.weight, that.weight)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, number, state, blocked, message, createdAt, finishedAt, env, metaData, jobs, pullRequest, creator, weight, additionalProperties);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Build{");
    append(out, "id", id);
    append(out, "number", number);
    append(out, "state", state);
    append(out, "blocked", blocked);
    append(out, "message", message);
    append(out, "created_at", createdAt);
    append(out, "finished_at", finishedAt);
    append(out, "env", env);
    append(out, "meta_data", metaData);
    append(out, "jobs", jobs);
    append(out, "pull_request", pullRequest);
    append(out, "creator", creator);
    append(out, "weight", weight);
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
   * Builds {@link Build} instances. Not thread-safe; {@link #build()} may be called more than once.
   *
   * <p>A setter given {@code null} leaves that field out of the JSON, except for fields the API lets
   * you clear, where it sends an explicit {@code null}.
   */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
  public static final class Builder {
    private String id;
    private Integer number;
    private BuildState state;
    private Boolean blocked;
    private String message;
    private OffsetDateTime createdAt;
    private JsonNullable<OffsetDateTime> finishedAt = JsonNullable.undefined();
    private Map<String, String> env;
    private JsonNullable<Map<String, String>> metaData = JsonNullable.undefined();
    private List<Job> jobs;
    private Map<String, Object> pullRequest;
    private Creator creator;
    private Double weight;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private String sourceOperation;

    private Builder() {}

    /**
     * Sets {@code id} (required).
     *
     * @param id UUID.
     * @return this builder
     */
    @JsonProperty("id")
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code number} (required).
     *
     * @param number the value
     * @return this builder
     */
    @JsonProperty("number")
    public Builder number(Integer number) {
      this.number = number;
      return this;
    }

    /**
     * Sets {@code state} (required).
     *
     * @param state the value
     * @return this builder
     */
    @JsonProperty("state")
    public Builder state(BuildState state) {
      this.state = state;
      return this;
    }

    /**
     * Sets {@code blocked}.
     *
     * @param blocked the value
     * @return this builder
     */
    @JsonProperty("blocked")
    public Builder blocked(Boolean blocked) {
      this.blocked = blocked;
      return this;
    }

    /**
     * Sets {@code message} (required).
     *
     * @param message The commit message, or <code>null</code>.
     * @return this builder
     */
    @JsonProperty("message")
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /**
     * Sets {@code created_at}.
     *
     * @param createdAt the value
     * @return this builder
     */
    @JsonProperty("created_at")
    @JsonDeserialize(using = io.github.bksdk.buildkite.codegen.Timestamps.Deserializer.class)
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets {@code finished_at}; {@code null} sends an explicit JSON {@code null} (which clears the field on update).
     *
     * @param finishedAt the value
     * @return this builder
     */
    @JsonProperty("finished_at")
    @JsonDeserialize(using = io.github.bksdk.buildkite.codegen.Timestamps.Deserializer.class)
    public Builder finishedAt(OffsetDateTime finishedAt) {
      this.finishedAt = JsonNullable.of(finishedAt);
      return this;
    }

    /**
     * Leaves {@code finished_at} out of the JSON entirely (the default), undoing an earlier call of
     * {@link #finishedAt(OffsetDateTime)}.
     *
     * @return this builder
     */
    public Builder clearFinishedAt() {
      this.finishedAt = JsonNullable.undefined();
      return this;
    }

    /**
     * Sets {@code env}.
     *
     * @param env the value
     * @return this builder
     */
    @JsonProperty("env")
    public Builder env(Map<String, String> env) {
      this.env = env;
      return this;
    }

    /**
     * Sets {@code meta_data}; {@code null} sends an explicit JSON {@code null} (which clears the field on update).
     *
     * @param metaData the value
     * @return this builder
     */
    @JsonProperty("meta_data")
    public Builder metaData(Map<String, String> metaData) {
      this.metaData = JsonNullable.of(metaData);
      return this;
    }

    /**
     * Leaves {@code meta_data} out of the JSON entirely (the default), undoing an earlier call of
     * {@link #metaData(Map<String, String>)}.
     *
     * @return this builder
     */
    public Builder clearMetaData() {
      this.metaData = JsonNullable.undefined();
      return this;
    }

    /**
     * Sets {@code jobs}.
     *
     * @param jobs the value
     * @return this builder
     */
    @JsonProperty("jobs")
    public Builder jobs(List<Job> jobs) {
      this.jobs = jobs;
      return this;
    }

    /**
     * Sets {@code pull_request}.
     *
     * @param pullRequest Free-form details.
     * @return this builder
     */
    @JsonProperty("pull_request")
    public Builder pullRequest(Map<String, Object> pullRequest) {
      this.pullRequest = pullRequest;
      return this;
    }

    /**
     * Sets {@code creator}.
     *
     * @param creator the value
     * @return this builder
     */
    @JsonProperty("creator")
    public Builder creator(Creator creator) {
      this.creator = creator;
      return this;
    }

    /**
     * Sets {@code weight}.
     *
     * @param weight the value
     * @return this builder
     */
    @JsonProperty("weight")
    public Builder weight(Double weight) {
      this.weight = weight;
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
     * @return a new immutable {@link Build}
     * @throws IllegalArgumentException if a required field is missing; the message names it
     */
    public Build build() {
      if (id == null) {
        throw new IllegalArgumentException("Build.id is required");
      }
      if (number == null) {
        throw new IllegalArgumentException("Build.number is required");
      }
      if (state == null) {
        throw new IllegalArgumentException("Build.state is required");
      }
      if (message == null) {
        throw new IllegalArgumentException("Build.message is required");
      }
      return new Build(this);
    }

    /** Used by Jackson: builds without the required-field check, so an incomplete response never fails to parse. */
    Build buildFromJson() {
      this.sourceOperation = io.github.bksdk.buildkite.codegen.DecodeContext.operation();
      return new Build(this);
    }
  }
}
