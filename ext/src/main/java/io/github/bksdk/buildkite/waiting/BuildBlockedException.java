package io.github.bksdk.buildkite.waiting;

import io.github.bksdk.buildkite.errors.BuildkiteException;
import io.github.bksdk.buildkite.errors.ErrorDetails;
import io.github.bksdk.buildkite.model.Build;

/**
 * The build became blocked while {@link BuildWaiter} waited with {@link BlockedPolicy#FAIL}. Its status is 0: no
 * HTTP error happened.
 */
public class BuildBlockedException extends BuildkiteException {
  private static final long serialVersionUID = 1L;

  private final transient Build build;

  /**
   * Creates the exception.
   *
   * @param message the message
   * @param build the blocked build as last polled
   */
  public BuildBlockedException(String message, Build build) {
    super(message, 0, ErrorDetails.none(), null);
    this.build = build;
  }

  /** {@return the blocked build as last polled (without jobs)} */
  public Build build() {
    return build;
  }
}
