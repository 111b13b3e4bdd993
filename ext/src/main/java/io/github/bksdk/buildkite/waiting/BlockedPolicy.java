package io.github.bksdk.buildkite.waiting;

/**
 * What {@link BuildWaiter} does when a poll shows the build blocked ({@code blocked: true}, or the legacy
 * {@code state: blocked}): a blocked build keeps its last state and waits for someone to unblock it, which may never
 * happen, so the caller decides.
 */
public enum BlockedPolicy {
  /** Stop waiting and return the build with {@link WaitOutcome#BLOCKED}. */
  RETURN,
  /** Keep polling until the build is unblocked and finishes, or the timeout passes. */
  KEEP_WAITING,
  /** Stop waiting and throw {@link BuildBlockedException}. */
  FAIL
}
