package io.github.bksdk.buildkite.codegen;

/**
 * Which operation's response is being decoded on this thread, so that a model can name it if a required field
 * turns out to be missing when it is read ({@code MissingFieldException}). Set by the SDK's decoder around each
 * decode; decoding is synchronous, so a thread-local is exact. Internal.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class DecodeContext {
  private static final ThreadLocal<String> OPERATION = new ThreadLocal<>();

  private DecodeContext() {}

  /**
   * Returns the operation being decoded on this thread.
   *
   * @return its operationId, or null outside a decode
   */
  public static String operation() {
    return OPERATION.get();
  }

  /**
   * Marks the start of a decode.
   *
   * @param operationId the operation, or null when unknown
   */
  public static void enter(String operationId) {
    OPERATION.set(operationId);
  }

  /**
   * Marks the end of a decode. The thread keeps its (now empty) slot rather than removing it, so the next decode on
   * the same thread allocates nothing; the slot holds no value between decodes.
   */
  public static void exit() {
    OPERATION.set(null);
  }
}
