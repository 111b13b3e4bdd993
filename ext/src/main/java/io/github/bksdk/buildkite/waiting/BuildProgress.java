package io.github.bksdk.buildkite.waiting;

import io.github.bksdk.buildkite.model.BuildState;
import java.time.Duration;

/**
 * What one poll of {@link BuildWaiter} saw, passed to the progress callback of {@link WaitOptions} after every poll.
 *
 * @param state the build's state in this poll
 * @param blocked whether the build is blocked at a block step
 * @param elapsed time since the wait started, by the client's clock
 * @param polls how many polls were made so far, this one included
 */
public record BuildProgress(BuildState state, boolean blocked, Duration elapsed, int polls) {}
