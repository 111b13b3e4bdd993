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
    return of(request).map(method -> method.getAnnotation(BuildkiteOperation.class));
  }
}
