package io.github.bksdk.buildkite.tests;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Waiting for the async client's futures in tests, with a bound so that a hung future fails the test. */
final class Futures {
  private Futures() {}

  /** The future's value, waiting at most 10 seconds. */
  static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  /** What the future failed with (unwrapped from the ExecutionException); an AssertionError if it did not fail. */
  static Throwable failure(CompletableFuture<?> future) {
    try {
      future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      return e;
    }
    throw new AssertionError("the future completed normally");
  }
}
