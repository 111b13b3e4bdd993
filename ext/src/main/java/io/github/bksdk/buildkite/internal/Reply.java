package io.github.bksdk.buildkite.internal;

import feign.Request;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A response as it travels up the transport chain: the request it answers, the status, the JDK client's headers
 * (read-only, names compared without regard to case, held as they are) and the body, either read in full or, for
 * the raw forms of streaming operations, the open stream.
 *
 * <p>The chain used to pass Feign's {@code Response}, which copies every header into a new map and list when it is
 * built: about 0.9 KB a call that only the raw forms ever read. The layers, the codec and the error mapper read this
 * instead, and a Feign response is made ({@link #toFeign()}) only for the methods that return one. Internal.
 */
final class Reply implements AutoCloseable {
  private static final int MAX_PARSED = 64 * 1024;

  private final Request request;
  private final int status;
  private final Map<String, List<String>> headers;
  /** The whole body when it was read in full; null for a streamed body. */
  private final byte[] bytes;
  /** The open body of a streamed response; null when the body was read in full. */
  private final InputStream stream;

  private Reply(Request request, int status, Map<String, List<String>> headers, byte[] bytes, InputStream stream) {
    this.request = request;
    this.status = status;
    this.headers = headers;
    this.bytes = bytes;
    this.stream = stream;
  }

  /**
   * A response whose body was read in full.
   *
   * @param request the request it answers
   * @param status the HTTP status
   * @param headers read-only headers whose names ignore case; held, not copied
   * @param bytes the body (empty when there was none); held, not copied
   * @return the reply
   */
  static Reply buffered(Request request, int status, Map<String, List<String>> headers, byte[] bytes) {
    return new Reply(request, status, headers, bytes, null);
  }

  /**
   * A response whose body is still open, for the caller to read and close.
   *
   * @param request the request it answers
   * @param status the HTTP status
   * @param headers read-only headers whose names ignore case; held, not copied
   * @param stream the open body
   * @return the reply
   */
  static Reply streamed(Request request, int status, Map<String, List<String>> headers, InputStream stream) {
    return new Reply(request, status, headers, null, stream);
  }

  /** {@return the request this answers} */
  Request request() {
    return request;
  }

  /** {@return the HTTP status} */
  int status() {
    return status;
  }

  /** {@return the headers: read-only, names compared without regard to case} */
  Map<String, List<String>> headers() {
    return headers;
  }

  /** {@return the headers typed the way Feign and the generated layer take them; the same map, not a copy} */
  @SuppressWarnings({"unchecked", "rawtypes"})
  Map<String, Collection<String>> headerMap() {
    return (Map) headers;
  }

  /** {@return whether the body was read in full, so it can be read again without consuming anything} */
  boolean isBuffered() {
    return bytes != null;
  }

  /**
   * Returns the body read in full; not copied, so callers must not change it.
   *
   * @return the bytes
   * @throws IllegalStateException if the body is a stream
   */
  byte[] bytes() {
    if (bytes == null) {
      throw new IllegalStateException("the body of a streamed response was not read in full");
    }
    return bytes;
  }

  /** {@return the body as a stream: a new one over the bytes when buffered, else the open stream} */
  InputStream body() {
    return bytes != null ? new ByteArrayInputStream(bytes) : stream;
  }

  /**
   * Parses a buffered body as JSON without consuming it, reading at most its first 64 KiB (what the rate-limit and
   * retry layers need is a small error document).
   *
   * @return the tree; null when the body is streamed, empty or not JSON
   */
  com.fasterxml.jackson.databind.JsonNode json() {
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    try {
      return Json.mapper().readTree(bytes, 0, Math.min(bytes.length, MAX_PARSED));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Releases a streamed body; a buffered one holds nothing. */
  @Override
  public void close() {
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException ignored) {
        // nothing to report: the body is being abandoned
      }
    }
  }

  /**
   * Makes the Feign response of a method that returns one (the raw forms): a buffered body stays repeatable, a
   * streamed one is handed over open, with its length when the server gave one.
   *
   * @return the Feign response
   */
  feign.Response toFeign() {
    feign.Response.Builder out = feign.Response.builder().status(status).reason("").headers(headerMap())
        .request(request);
    if (bytes != null) {
      return out.body(bytes).build();
    }
    long length = HeaderValues.firstLong(headers, "Content-Length").orElse(-1);
    return out.body(stream, length >= 0 && length <= Integer.MAX_VALUE ? (int) length : null).build();
  }

  @Override
  public String toString() {
    return "Reply(" + status + ", " + (bytes != null ? bytes.length + " bytes" : "streamed") + ")";
  }
}
