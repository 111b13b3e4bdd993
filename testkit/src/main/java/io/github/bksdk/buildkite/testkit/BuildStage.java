package io.github.bksdk.buildkite.testkit;

/**
 * A stage of a scripted build ({@link BuildScript}) and what {@code getBuild} reports in it. {@link #BLOCKED} is not
 * a state of its own: as the spec documents, a build waiting at a block step keeps the {@code state} of the stage
 * before it and reports {@code "blocked": true}. {@link #CANCELED} is reached through {@code cancelBuild} and may also
 * be scripted directly.
 */
public enum BuildStage {
  /** Created and waiting for agents: {@code "state": "scheduled"}. */
  SCHEDULED("scheduled", false),
  /** Jobs are running: {@code "state": "running"}. */
  RUNNING("running", false),
  /** Waiting at a block step: the previous stage's {@code state} with {@code "blocked": true}. */
  BLOCKED(null, false),
  /** Finished successfully: {@code "state": "passed"}. */
  PASSED("passed", true),
  /** Finished with a failed job: {@code "state": "failed"}. */
  FAILED("failed", true),
  /** Canceled: {@code "state": "canceled"}. */
  CANCELED("canceled", true);

  private final String state;
  private final boolean finished;

  BuildStage(String state, boolean finished) {
    this.state = state;
    this.finished = finished;
  }

  /**
   * Returns the {@code state} the API reports in this stage, or null for {@link #BLOCKED}, which keeps the state
   * of the stage before it.
   *
   * @return the wire value of the build state, or null
   */
  public String state() {
    return state;
  }

  /**
   * Returns whether a build in this stage has finished, so that cancelling it is refused with 422.
   *
   * @return true for {@link #PASSED}, {@link #FAILED} and {@link #CANCELED}
   */
  public boolean isFinished() {
    return finished;
  }
}
