package io.github.bksdk.buildkite.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestTemplate;
import feign.Response;
import feign.codec.Decoder;
import feign.codec.Encoder;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Feign's encoder and decoder: JSON through {@link Json#mapper()}, text bodies as strings, and the
 * {@link ApiResponse} wrapper for the {@code ...WithResponse} methods. Internal.
 */
final class Codec implements Encoder, Decoder {
  private final ObjectMapper mapper = Json.mapper();

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) {
    try {
      template.body(mapper.writeValueAsBytes(object), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("request body cannot be written as JSON: " + e.getClass().getSimpleName(), e);
    }
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == ApiResponse.class) {
      Type bodyType = parameterized.getActualTypeArguments()[0];
      Object body = bodyType == Void.class ? null : decodeBody(response, bodyType);
      return new ApiResponse<>(response.status(), response.headers(), body);
    }
    return decodeBody(response, type);
  }

  /**
   * Reads a response body as the given type; an empty body is {@code null}.
   *
   * @param response the response; its body is consumed and closed
   * @param type the target type
   * @return the value
   */
  Object decodeBody(Response response, Type type) {
    if (response.body() == null || response.status() == 204) {
      return null;
    }
    try (InputStream raw = response.body().asInputStream()) {
      if (type == String.class) {
        return new String(raw.readAllBytes(), StandardCharsets.UTF_8);
      }
      PushbackInputStream in = new PushbackInputStream(raw, 1);
      int firstByte = in.read();
      if (firstByte < 0) {
        return null;
      }
      in.unread(firstByte);
      JavaType javaType = mapper.getTypeFactory().constructType(type);
      return mapper.readValue(in, javaType);
    } catch (IOException e) {
      throw new BuildkiteIoException("could not read the " + response.status() + " response of "
          + Redaction.requestLine(response.request()) + ": " + e.getMessage(), e);
    }
  }
}
