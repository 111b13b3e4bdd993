package io.github.bksdk.buildkite.errors;

/**
 * The request failed before a complete response arrived: the connection was refused or reset, it timed out, or the
 * response could not be read. {@link #statusCode()} is 0.
 */
public class BuildkiteIoException extends BuildkiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without credentials
   * @param cause the underlying I/O failure
   */
  public BuildkiteIoException(String message, Throwable cause) {
    super(message, 0, ErrorDetails.none(), cause);
  }
}
