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

/**
 * The {@code CreateBuildRequest} object.
 *
 * <p>Immutable; create one with {@link #builder()} or derive one with {@link #toBuilder()}. Fields the server sends
 * that this SDK version does not know are kept in {@link #additionalProperties()} and written back on
 * serialization. Optional fields are {@link Optional}; lists and maps are never null.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
@JsonDeserialize(builder = CreateBuildRequest.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({ "commit", "branch", "message", "clean_checkout", "env", "pull_request_id" })
public final class CreateBuildRequest {
  @JsonProperty("commit")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final String commit;
  @JsonProperty("branch")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final String branch;
  @JsonProperty("message")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final String message;
  @JsonProperty("clean_checkout")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final Boolean cleanCheckout;
  @JsonProperty("env")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final Map<String, String> env;
  @JsonProperty("pull_request_id")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private final Long pullRequestId;
  private final Map<String, JsonNode> additionalProperties;
  /** The operation whose response this instance was decoded from, for {@code MissingFieldException}; not data. */
  private final String sourceOperation;

  private CreateBuildRequest(Builder builder) {
    this.sourceOperation = builder.sourceOperation;
    this.commit = builder.commit;
    this.branch = builder.branch;
    this.message = builder.message;
    this.cleanCheckout = builder.cleanCheckout;
    this.env = builder.env == null ? null : freeze(builder.env);
    this.pullRequestId = builder.pullRequestId;
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
    builder.commit = this.commit;
    builder.branch = this.branch;
    builder.message = this.message;
    builder.cleanCheckout = this.cleanCheckout;
    builder.env = this.env;
    builder.pullRequestId = this.pullRequestId;
    builder.additionalProperties.putAll(this.additionalProperties);
    return builder;
  }

  /**
   * The {@code commit} field.
   *
   * @return the value

   * @throws io.github.bksdk.buildkite.errors.MissingFieldException if the server left this always-present field out

   */
  public String commit() {
    if (commit == null) {
      throw new io.github.bksdk.buildkite.errors.MissingFieldException("CreateBuildRequest", "commit", sourceOperation);
    }
    return commit;
  }

  /**
   * The {@code branch} field.
   *
   * @return the value

   * @throws io.github.bksdk.buildkite.errors.MissingFieldException if the server left this always-present field out

   */
  public String branch() {
    if (branch == null) {
      throw new io.github.bksdk.buildkite.errors.MissingFieldException("CreateBuildRequest", "branch", sourceOperation);
    }
    return branch;
  }

  /**
   * The {@code message} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /**
   * The {@code clean_checkout} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<Boolean> cleanCheckout() {
    return Optional.ofNullable(cleanCheckout);
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
   * The {@code pull_request_id} field.
   *
   * @return the value, or empty when absent or null

   */
  public Optional<Long> pullRequestId() {
    return Optional.ofNullable(pullRequestId);
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
    if (!(other instanceof CreateBuildRequest)) {
      return false;
    }
    CreateBuildRequest that = (CreateBuildRequest) other;
    return Objects.equals(this.commit, that.commit)
        && Objects.equals(this.branch, that.branch)
        && Objects.equals(this.message, that.message)
        && Objects.equals(this.cleanCheckout, that.cleanCheckout)
        && Objects.equals(this.env, that.env)
        && Objects.equals(this.pullRequestId, that.pullRequestId)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(commit, branch, message, cleanCheckout, env, pullRequestId, additionalProperties);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("CreateBuildRequest{");
    append(out, "commit", commit);
    append(out, "branch", branch);
    append(out, "message", message);
    append(out, "clean_checkout", cleanCheckout);
    append(out, "env", env);
    append(out, "pull_request_id", pullRequestId);
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
   * Builds {@link CreateBuildRequest} instances. Not thread-safe; {@link #build()} may be called more than once.
   *
   * <p>A setter given {@code null} leaves that field out of the JSON, except for fields the API lets
   * you clear, where it sends an explicit {@code null}.
   */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
  public static final class Builder {
    private String commit;
    private String branch;
    private String message;
    private Boolean cleanCheckout;
    private Map<String, String> env;
    private Long pullRequestId;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private String sourceOperation;

    private Builder() {}

    /**
     * Sets {@code commit} (required).
     *
     * @param commit the value
     * @return this builder
     */
    @JsonProperty("commit")
    public Builder commit(String commit) {
      this.commit = commit;
      return this;
    }

    /**
     * Sets {@code branch} (required).
     *
     * @param branch the value
     * @return this builder
     */
    @JsonProperty("branch")
    public Builder branch(String branch) {
      this.branch = branch;
      return this;
    }

    /**
     * Sets {@code message}.
     *
     * @param message the value
     * @return this builder
     */
    @JsonProperty("message")
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /**
     * Sets {@code clean_checkout}.
     *
     * @param cleanCheckout the value
     * @return this builder
     */
    @JsonProperty("clean_checkout")
    public Builder cleanCheckout(Boolean cleanCheckout) {
      this.cleanCheckout = cleanCheckout;
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
     * Sets {@code pull_request_id}.
     *
     * @param pullRequestId the value
     * @return this builder
     */
    @JsonProperty("pull_request_id")
    public Builder pullRequestId(Long pullRequestId) {
      this.pullRequestId = pullRequestId;
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
     * @return a new immutable {@link CreateBuildRequest}
     * @throws IllegalArgumentException if a required field is missing; the message names it
     */
    public CreateBuildRequest build() {
      if (commit == null) {
        throw new IllegalArgumentException("CreateBuildRequest.commit is required");
      }
      if (branch == null) {
        throw new IllegalArgumentException("CreateBuildRequest.branch is required");
      }
      return new CreateBuildRequest(this);
    }

    /** Used by Jackson: builds without the required-field check, so an incomplete response never fails to parse. */
    CreateBuildRequest buildFromJson() {
      this.sourceOperation = io.github.bksdk.buildkite.codegen.DecodeContext.operation();
      return new CreateBuildRequest(this);
    }
  }
}
