package io.github.bksdk.buildkite.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import feign.RequestTemplate;
import feign.Request;
import feign.codec.Encoder;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.codegen.BuildkiteOperation;
import io.github.bksdk.buildkite.codegen.DecodeContext;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SDK's JSON: request bodies (it is also Feign's encoder, though the call plans write bodies with
 * {@link #encodeBody}) and response bodies through {@link Json#mapper()}, text bodies as strings, and the
 * {@link ApiResponse} wrapper for the {@code ...WithResponse} methods. Form parameters of operations whose
 * generated method declares {@code Content-Type: multipart/form-data} (package publishing) are written as a
 * multipart body instead. Internal.
 */
final class Codec implements Encoder {
  private static final String MULTIPART = "multipart/form-data";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ObjectMapper mapper = Json.mapper();
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) {
    EncodedBody body = encodeBody(object, bodyType, isMultipart(template));
    if (body.contentType() != null) {
      template.removeHeader("Content-Type");
      template.headerLiteral("Content-Type", body.contentType());
    }
    template.body(body.bytes(), body.charset());
  }

  /**
   * A request body as written by the codec.
   *
   * @param bytes the body
   * @param charset the charset of a text body, null for binary
   * @param contentType the {@code Content-Type} to send instead of the declared one (a multipart body's, with its
   *     boundary), or null to keep the declared one
   */
  record EncodedBody(byte[] bytes, java.nio.charset.Charset charset, String contentType) {}

  /**
   * Writes a request body: form parameters as multipart when the operation declares
   * {@code Content-Type: multipart/form-data}, a {@code byte[]} as it is, anything else as JSON.
   *
   * @param object the body, or the form parameters by name
   * @param bodyType the declared type of the body
   * @param multipart whether the operation declares a multipart body
   * @return the body
   */
  EncodedBody encodeBody(Object object, Type bodyType, boolean multipart) {
    if (bodyType == MAP_STRING_WILDCARD && multipart) {
      @SuppressWarnings("unchecked")
      Map<String, ?> parts = (Map<String, ?>) object;
      return encodeMultipart(parts);
    }
    if (object instanceof byte[] bytes) {
      return new EncodedBody(bytes, null, null);
    }
    try {
      return new EncodedBody(mapper.writeValueAsBytes(object), StandardCharsets.UTF_8, null);
    } catch (IOException e) {
      throw new IllegalArgumentException("request body cannot be written as JSON: " + e.getClass().getSimpleName(), e);
    }
  }

  /** {@return whether a declared Content-Type is multipart form data} */
  static boolean isMultipart(Collection<String> contentType) {
    return contentType != null && contentType.stream().anyMatch(value -> value.startsWith(MULTIPART));
  }

  private static boolean isMultipart(RequestTemplate template) {
    return isMultipart(template.headers().get("Content-Type"));
  }

  /**
   * Writes Feign's form parameters as an RFC 7578 body under a fresh random boundary, and sets the matching
   * {@code Content-Type}. A {@link File} is copied into the body from disk under its own file name, a
   * {@code byte[]} is sent as a file part named after its parameter, and any other value as a text part; null
   * values are left out. Feign holds a request body as one byte array, so the whole body is built in memory.
   */
  private static EncodedBody encodeMultipart(Map<String, ?> parts) {
    String boundary = "buildkite-sdk-" + HexFormat.of().formatHex(randomBytes());
    long size = 1024;
    for (Object value : parts.values()) {
      size += value instanceof File file ? file.length() + 512 : value instanceof byte[] bytes ? bytes.length + 512 : 512;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(size, Integer.MAX_VALUE - 8));
    for (Map.Entry<String, ?> part : parts.entrySet()) {
      Object value = part.getValue();
      if (value == null) {
        continue;
      }
      String name = part.getKey();
      ascii(body, "--" + boundary + "\r\n");
      if (value instanceof File file) {
        fileHeaders(body, name, file.getName());
        try {
          Files.copy(file.toPath(), body);
        } catch (IOException e) {
          throw new IllegalArgumentException(name + ": cannot read " + file + ": " + e.getClass().getSimpleName(), e);
        }
      } else if (value instanceof byte[] bytes) {
        fileHeaders(body, name, name);
        body.writeBytes(bytes);
      } else {
        utf8(body, "Content-Disposition: form-data; name=\"" + quoted(name) + "\"\r\n\r\n");
        utf8(body, String.valueOf(value));
      }
      ascii(body, "\r\n");
    }
    ascii(body, "--" + boundary + "--\r\n");
    return new EncodedBody(body.toByteArray(), null, MULTIPART + "; boundary=" + boundary);
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static void fileHeaders(ByteArrayOutputStream body, String name, String fileName) {
    utf8(body, "Content-Disposition: form-data; name=\"" + quoted(name) + "\"; filename=\"" + quoted(fileName)
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
  }

  /** Escapes a name for a quoted header parameter the way browsers do for form data. */
  private static String quoted(String value) {
    return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static void ascii(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static void utf8(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Turns a 2xx response into a generated method's return value: the decoded body, or an {@link ApiResponse} with
   * the status and headers around it. The operation's id is set for the models' decoding while this runs.
   *
   * @param response the response; a streamed body is consumed and closed
   * @param bodyType the type of the body ({@code Void} for none)
   * @param wrapped whether to return the body inside an {@link ApiResponse}
   * @return the value
   */
  Object decode(Reply response, Type bodyType, boolean wrapped) {
    BuildkiteOperation operation = response.request() == null ? null : InvokedMethod.annotation(response.request());
    DecodeContext.enter(operation == null ? null : operation.id());
    try {
      Object body = bodyType == Void.class ? null : decodeBody(response, bodyType);
      return wrapped ? new ApiResponse<>(response.status(), response.headers(), body) : body;
    } finally {
      DecodeContext.exit();
    }
  }

  private static String typeName(Type type) {
    String name = type.getTypeName();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /**
   * Reads a response body as the given type; an empty body is {@code null}.
   *
   * @param response the response; a streamed body is consumed and closed
   * @param type the target type
   * @return the value
   */
  Object decodeBody(Reply response, Type type) {
    if (response.status() == 204) {
      response.close();
      return null;
    }
    if (response.isBuffered()) {
      // The usual case: the transport read the whole body; decode the array itself, with no stream around it.
      byte[] bytes = response.bytes();
      if (bytes.length == 0) {
        return null;
      }
      if (type == String.class) {
        return new String(bytes, StandardCharsets.UTF_8);
      }
      try {
        return reader(type).readValue(bytes);
      } catch (IOException e) {
        throw unreadable(response.status(), response.request(), type, e);
      }
    }
    return decodeStream(response.body(), response.status(), response.request(), type);
  }

  /**
   * Reads the body of a raw Feign response (what {@code send} returns) as the given type; an empty body is
   * {@code null}.
   *
   * @param response the response; its body is consumed and closed
   * @param type the target type
   * @return the value
   */
  Object decodeBody(feign.Response response, Type type) {
    Integer length = response.body() == null ? null : response.body().length();
    if (response.body() == null || response.status() == 204 || (length != null && length == 0)) {
      return null;   // as for the chain's own replies: an empty body is null, for String too
    }
    try {
      return decodeStream(response.body().asInputStream(), response.status(), response.request(), type);
    } catch (IOException e) {
      throw unreadable(response.status(), response.request(), type, e);
    }
  }

  private Object decodeStream(InputStream body, int status, Request request, Type type) {
    if (body == null) {
      return null;
    }
    try (InputStream raw = body) {
      if (type == String.class) {
        return new String(raw.readAllBytes(), StandardCharsets.UTF_8);
      }
      PushbackInputStream in = new PushbackInputStream(raw, 1);
      int firstByte = in.read();
      if (firstByte < 0) {
        return null;
      }
      in.unread(firstByte);
      return reader(type).readValue(in);
    } catch (IOException e) {
      throw unreadable(status, request, type, e);
    }
  }

  /**
   * The reader for a target type, made once per type: it holds the type's root deserializer, so a call skips
   * resolving the type and looking the deserializer up. The API has a fixed set of response types, so the cache
   * stays small.
   */
  private ObjectReader reader(Type type) {
    ObjectReader reader = readers.get(type);
    if (reader == null) {
      reader = readers.computeIfAbsent(type, t -> mapper.readerFor(mapper.getTypeFactory().constructType(t)));
    }
    return reader;
  }

  /**
   * A body that is not valid JSON for its type is an {@code InvalidResponseException} (the server answered, but
   * not usably); a body that could not be read at all is a {@code BuildkiteIoException}. Messages stay short.
   */
  private static io.github.bksdk.buildkite.errors.BuildkiteException unreadable(int status, Request request,
      Type type, IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
      String detail = json.getOriginalMessage() == null ? json.getClass().getSimpleName() : json.getOriginalMessage();
      return new io.github.bksdk.buildkite.errors.InvalidResponseException("the " + status + " response of "
          + Redaction.requestLine(request) + " is not a valid " + typeName(type) + ": "
          + (detail.length() > 200 ? detail.substring(0, 200) + "..." : detail), status, e);
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new BuildkiteIoException("could not read the " + status + " response of "
        + Redaction.requestLine(request) + ": " + (message.length() > 200 ? message.substring(0, 200) + "..." : message), e);
  }
}
