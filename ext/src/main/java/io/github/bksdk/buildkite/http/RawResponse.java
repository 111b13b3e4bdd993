package io.github.bksdk.buildkite.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * A successful response whose body has not been read yet, for bodies that should be streamed (job logs, job
 * environments as text, artifact downloads). Read the body once with {@link #body()}, {@link #transferTo} or
 * {@link #bodyAsString()}, and close the response. Header names are case-insensitive.
 */
public final class RawResponse implements Closeable {
  private final int status;
  private final Map<String, List<String>> headers;
  private final InputStream body;

  /**
   * Creates a response. The SDK creates these; applications read them.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the unread body; an empty stream when there is none
   */
  public RawResponse(int status, Map<String, ? extends Collection<String>> headers, InputStream body) {
    this.status = status;
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.headers = java.util.Collections.unmodifiableMap(copy);
    this.body = body == null ? InputStream.nullInputStream() : body;
  }

  /** {@return the HTTP status, for example 200 or 206} */
  public int statusCode() {
    return status;
  }

  /** {@return the response headers; names are case-insensitive} */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, in any case
   * @return the value, or empty
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
  }

  /** {@return the {@code Content-Length} header as a number, when present and valid} */
  public OptionalLong contentLength() {
    try {
      return header("Content-Length").map(v -> OptionalLong.of(Long.parseLong(v.trim()))).orElse(OptionalLong.empty());
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** {@return the unread body. Read it once; closing this response closes it} */
  public InputStream body() {
    return body;
  }

  /**
   * Copies the body to a stream in small chunks, without holding it in memory.
   *
   * @param out where to write; not closed
   * @return the number of bytes copied
   * @throws io.github.bksdk.buildkite.errors.BuildkiteIoException if reading or writing fails
   */
  public long transferTo(OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      return body.transferTo(out);
    } catch (IOException e) {
      throw new BuildkiteIoException("could not copy the response body", e);
    }
  }

  /**
   * Copies the body to a file, replacing it if it exists.
   *
   * @param file the destination
   * @return the number of bytes written
   * @throws io.github.bksdk.buildkite.errors.BuildkiteIoException if reading or writing fails
   */
  public long transferTo(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new BuildkiteIoException("could not write the response body to " + file, e);
    }
  }

  /**
   * Reads the whole body as UTF-8 text. Only for bodies known to be small.
   *
   * @return the text
   * @throws io.github.bksdk.buildkite.errors.BuildkiteIoException if reading fails
   */
  public String bodyAsString() {
    try {
      return new String(body.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BuildkiteIoException("could not read the response body", e);
    }
  }

  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException ignored) {
      // nothing useful to do: the connection is discarded
    }
  }

  @Override
  public String toString() {
    return "RawResponse{statusCode=" + status + "}";
  }
}
