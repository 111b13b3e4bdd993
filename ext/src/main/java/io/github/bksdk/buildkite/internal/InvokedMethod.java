package io.github.bksdk.buildkite.internal;

import feign.MethodMetadata;
import feign.Request;
import io.github.bksdk.buildkite.codegen.BuildkiteOperation;
import java.lang.reflect.Method;
import java.util.Optional;

/** The generated Feign method behind a request, and what the spec says about it. Internal. */
final class InvokedMethod {
  private InvokedMethod() {}

  /** Returns the Feign interface method that built the request, when known. */
  static Optional<Method> of(Request request) {
    return Optional.ofNullable(method(request));
  }

  /**
   * Returns the {@link BuildkiteOperation} of the method that built the request, or null: read by the checks every
   * request goes through (authentication, streaming, the decode context), so it allocates nothing.
   */
  static BuildkiteOperation annotation(Request request) {
    Method method = method(request);
    return method == null ? null : method.getAnnotation(BuildkiteOperation.class);
  }

  private static Method method(Request request) {
    MethodMetadata metadata = request.requestTemplate() == null ? null : request.requestTemplate().methodMetadata();
    return metadata == null ? null : metadata.method();
  }
}
