package io.github.bksdk.buildkite.waiting;

import io.github.bksdk.buildkite.errors.BuildkiteException;
import io.github.bksdk.buildkite.errors.ErrorDetails;
import java.time.Duration;
import java.util.Optional;

/**
 * A wait ran out of time before the build (or job) finished. The build keeps running on Buildkite; the exception
 * carries what the last poll saw. Its status is 0: no HTTP error happened.
 */
public class WaitTimeoutException extends BuildkiteException {
  private static final long serialVersionUID = 1L;

  private final transient Object last;
  /** Time from the start of the wait until it gave up. */
  private final Duration elapsed;
  /** How many status polls were made. */
  private final int polls;

  /**
   * Creates the exception.
   *
   * @param message the message
   * @param last what the last poll returned (a build or a job), or null if no poll succeeded
   * @param elapsed how long the wait lasted
   * @param polls how many polls were made
   */
  public WaitTimeoutException(String message, Object last, Duration elapsed, int polls) {
    super(message, 0, ErrorDetails.none(), null);
    this.last = last;
    this.elapsed = elapsed;
    this.polls = polls;
  }

  /**
   * Returns what the last successful poll saw: a {@link io.github.bksdk.buildkite.model.Build} for a build wait, a
   * {@link io.github.bksdk.buildkite.model.Job} for a log follow.
   *
   * @return the last value, empty when no poll succeeded
   */
  public Optional<Object> lastSeen() {
    return Optional.ofNullable(last);
  }

  /** {@return how long the wait lasted, by the client's clock} */
  public Duration elapsed() {
    return elapsed;
  }

  /** {@return how many polls were made} */
  public int polls() {
    return polls;
  }
}
