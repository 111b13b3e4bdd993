package io.github.bksdk.buildkite.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Futures handed to applications by the async client. A plain {@code thenApply} does not pass cancellation back to
 * the future it depends on; these futures do, so that {@code future.cancel(true)} reaches the JDK exchange and any
 * pending wait. Internal.
 */
public final class AsyncCalls {
  private AsyncCalls() {}

  /**
   * Maps a future; cancelling the result cancels the source.
   *
   * @param source the future to map
   * @param mapper applied to the source's value (what it throws fails the result)
   * @param <A> the source type
   * @param <B> the result type
   * @return the mapped future
   */
  public static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<? super A, ? extends B> mapper) {
    return bind(source, mapper, () -> { });
  }

  /**
   * Maps the future of one call and ties its cancellation to the call: cancelling the result cancels the call's
   * exchange or wait in progress, then the source. Failures arrive unwrapped, as the sync client throws them.
   */
  static <A, B> CompletableFuture<B> bind(CompletableFuture<A> source, Function<? super A, ? extends B> mapper,
      Runnable onCancel) {
    CompletableFuture<B> result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
          onCancel.run();
          source.cancel(mayInterruptIfRunning);
        }
        return cancelled;
      }
    };
    source.whenComplete((value, thrown) -> {
      if (thrown != null) {
        result.completeExceptionally(Exchange.unwrap(thrown));
        return;
      }
      try {
        result.complete(mapper.apply(value));
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }
}
