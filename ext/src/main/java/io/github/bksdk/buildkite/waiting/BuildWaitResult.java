package io.github.bksdk.buildkite.waiting;

import io.github.bksdk.buildkite.model.Build;
import java.time.Duration;
import java.util.Objects;

/**
 * The end of a wait: the build as last fetched in full (with its jobs), how the wait ended, how long it took and how
 * many polls it needed.
 *
 * @param build the build, fetched once more without exclusions when the wait ended
 * @param outcome {@link WaitOutcome#FINISHED} or {@link WaitOutcome#BLOCKED}
 * @param elapsed time from the start of the wait to its end, by the client's clock
 * @param polls how many status polls were made (the final full fetch not included)
 */
public record BuildWaitResult(Build build, WaitOutcome outcome, Duration elapsed, int polls) {
  /**
   * Checks that no component is null.
   *
   * @param build the build, fetched once more without exclusions when the wait ended
   * @param outcome how the wait ended
   * @param elapsed time from the start of the wait to its end
   * @param polls how many status polls were made
   */
  public BuildWaitResult {
    Objects.requireNonNull(build, "build");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** {@return whether the build finished and passed} */
  public boolean passed() {
    return outcome == WaitOutcome.FINISHED && "passed".equals(build.state().asString());
  }
}
