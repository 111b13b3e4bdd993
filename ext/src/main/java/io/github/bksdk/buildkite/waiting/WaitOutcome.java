package io.github.bksdk.buildkite.waiting;

/**
 * How a wait for a build ended. A timeout is not an outcome: it throws {@link WaitTimeoutException}, so a build that
 * is still running can never be mistaken for a finished one.
 */
public enum WaitOutcome {
  /** The build reached a terminal state: passed, failed, canceled, skipped or not_run. */
  FINISHED,
  /** The build is blocked and the policy was {@link BlockedPolicy#RETURN}. */
  BLOCKED
}
