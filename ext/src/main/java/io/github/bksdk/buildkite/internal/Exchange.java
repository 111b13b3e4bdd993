package io.github.bksdk.buildkite.internal;

import feign.Request;
import java.util.concurrent.CompletableFuture;

/**
 * One layer of the transport chain (retries, rate limiting, origin guard with credentials and logging, the JDK
 * transport). Every layer is written once against this contract and serves both clients: the sync Feign client
 * joins the future (with {@link Waits#blocking} everything runs on the calling thread, as before), and the async
 * client hands it back (with {@link Waits#scheduled} waits are scheduled continuations and the exchange is the JDK
 * client's {@code sendAsync}). Failures complete the future exceptionally with the same exceptions and messages in
 * both modes. Internal.
 */
interface Exchange {
  /**
   * Sends one request through this layer and the ones below it.
   *
   * @param request the request
   * @param options the call's options (usually {@link CallOptions})
   * @param waits how this call waits, and whether it blocks
   * @return the response; failures complete it exceptionally
   */
  CompletableFuture<Reply> send(Request request, Request.Options options, Waits waits);

  /** Returns the cause of a completion or execution wrapper, or the throwable itself. */
  static Throwable unwrap(Throwable thrown) {
    Throwable t = thrown;
    while ((t instanceof java.util.concurrent.CompletionException
        || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** Calls a layer, turning anything it throws instead of returning into a failed future. */
  static CompletableFuture<Reply> call(Exchange next, Request request, Request.Options options, Waits waits) {
    try {
      return next.send(request, options, waits);
    } catch (RuntimeException | Error e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
