package io.github.bksdk.buildkite.internal;

import java.util.concurrent.Future;

/**
 * What one async call is doing right now (the JDK exchange or a scheduled wait), so that cancelling the call's
 * future aborts it. Attempts of a call are sequential, so one slot is enough. Internal.
 */
final class InFlight {
  private boolean cancelled;
  private Future<?> current;

  /** Records the work in progress; cancels it at once if the call was already cancelled. */
  synchronized void track(Future<?> work) {
    if (cancelled) {
      work.cancel(true);
    } else {
      current = work;
    }
  }

  /** Cancels the work in progress and every later step of the call. */
  void cancel() {
    Future<?> work;
    synchronized (this) {
      cancelled = true;
      work = current;
      current = null;
    }
    if (work != null) {
      work.cancel(true);
    }
  }

  /** Returns whether the call was cancelled. */
  synchronized boolean cancelled() {
    return cancelled;
  }
}
