package io.github.bksdk.buildkite.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response the fake sends for a {@link Route}: status, headers and body. Build one with {@link #json(int, String)},
 * {@link #status(int)} or {@link #builder()}. The fake still checks it against the spec (see
 * {@link FakeBuildkite.Settings#validateResponses()}), so a scripted answer the real API could never give fails the
 * test. Immutable.
 */
public final class FakeResponse {
  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;

  private FakeResponse(Builder builder) {
    this.status = builder.status;
    this.headers = Map.copyOf(builder.headers);
    this.body = builder.body.clone();
  }

  /**
   * Returns a JSON response.
   *
   * @param status the HTTP status, 100..599
   * @param json the body
   * @return the response, with {@code Content-Type: application/json}
   */
  public static FakeResponse json(int status, String json) {
    return builder().status(status).header("Content-Type", "application/json; charset=utf-8").body(json).build();
  }

  /**
   * Returns a response with no body.
   *
   * @param status the HTTP status, 100..599
   * @return the response
   */
  public static FakeResponse status(int status) {
    return builder().status(status).build();
  }

  /**
   * Returns a new builder (status 200, no headers, empty body).
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status
   */
  public int statusCode() {
    return status;
  }

  /**
   * Returns the headers.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns a copy of the body.
   *
   * @return the body bytes, empty for none
   */
  public byte[] body() {
    return body.clone();
  }

  /** Returns a copy without one header. */
  FakeResponse withoutHeader(String name) {
    Builder builder = builder().status(status).body(body);
    headers.forEach((k, v) -> {
      if (!k.equals(name)) {
        builder.header(k, v);
      }
    });
    return builder.build();
  }

  /**
   * Returns the content type header, if any.
   *
   * @return the value, or null
   */
  String contentType() {
    return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FakeResponse r && r.status == status && r.headers.equals(headers)
        && Arrays.equals(r.body, body);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * status + headers.hashCode()) + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "FakeResponse{status=" + status + ", headers=" + headers.keySet() + ", body=" + body.length + " bytes}";
  }

  /** Builds a {@link FakeResponse}. Not thread-safe. */
  public static final class Builder {
    private int status = 200;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];

    private Builder() {}

    /**
     * Sets the status.
     *
     * @param status the HTTP status, 100..599
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder status(int status) {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("status must be within 100..599, was " + status);
      }
      this.status = status;
      return this;
    }

    /**
     * Sets a header, replacing an earlier value of the same name.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException when either is null or the name is blank
     */
    public Builder header(String name, String value) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name must not be null or blank");
      }
      if (value == null) {
        throw new IllegalArgumentException("value must not be null");
      }
      headers.put(name, value);
      return this;
    }

    /**
     * Sets the body as UTF-8 text.
     *
     * @param text the body
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder body(String text) {
      if (text == null) {
        throw new IllegalArgumentException("text must not be null");
      }
      this.body = text.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    /**
     * Sets the body as bytes (copied).
     *
     * @param bytes the body
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder body(byte[] bytes) {
      if (bytes == null) {
        throw new IllegalArgumentException("bytes must not be null");
      }
      this.body = bytes.clone();
      return this;
    }

    /**
     * Builds the response.
     *
     * @return the immutable response
     */
    public FakeResponse build() {
      return new FakeResponse(this);
    }
  }
}
