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
    MethodMetadata metadata = request.requestTemplate() == null ? null : request.requestTemplate().methodMetadata();
    return Optional.ofNullable(metadata == null ? null : metadata.method());
  }

  /** Returns the {@link BuildkiteOperation} of the method that built the request, when it has one. */
  static Optional<BuildkiteOperation> operation(Request request) {
    return Optional.ofNullable(annotation(request));
  }

  /**
   * Same as {@link #operation}, as a nullable value: for the checks every request goes through (authentication,
   * streaming, the decode context), which should not allocate.
   */
  static BuildkiteOperation annotation(Request request) {
    MethodMetadata metadata = request.requestTemplate() == null ? null : request.requestTemplate().methodMetadata();
    Method method = metadata == null ? null : metadata.method();
    return method == null ? null : method.getAnnotation(BuildkiteOperation.class);
  }
}
