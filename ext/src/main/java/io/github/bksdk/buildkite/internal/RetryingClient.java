package io.github.bksdk.buildkite.internal;

import feign.Request;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.errors.InvalidResponseException;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one retry mechanism of the SDK (Feign's retryer is off). Resilience4j decides whether an attempt is retried
 * and how long to wait; this client waits through the call's {@link Waits} (the injectable
 * {@link io.github.bksdk.buildkite.retry.Sleeper} for the sync client, a scheduled continuation on the injectable
 * {@link io.github.bksdk.buildkite.retry.Scheduler} for the async one), so each attempt goes through the rest of
 * the chain again (fresh credentials, rate limiter, logging). Error responses that end a call are thrown
 * here, with the history of every attempt in the message. Internal.
 */
final class RetryingClient implements Exchange {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final Set<Integer> RETRYABLE_IF_IDEMPOTENT = Set.of(502, 503, 504);

  private final Exchange next;
  private final ErrorMapper errors;
  /** Resilience4j retries per policy (a client sees few distinct policies); index 0 idempotent, 1 not. */
  private final Map<RetryPolicy, Retry[]> retries = new ConcurrentHashMap<>();
  /** The retry budgets of this runtime, shared by all its calls (one per distinct budget settings). */
  private final RetryBudget.Pool budgets = new RetryBudget.Pool();

  RetryingClient(Exchange next, ErrorMapper errors) {
    this.next = next;
    this.errors = errors;
  }

  private Retry[] retriesFor(RetryPolicy policy) {
    Retry[] found = retries.get(policy);
    if (found != null) {
      return found;
    }
    if (retries.size() > 64) {
      retries.clear();   // bound the cache even if a caller builds a new policy per call
    }
    return retries.computeIfAbsent(policy, p -> new Retry[] {
        Retry.of("buildkite-idempotent", config(p, true)), Retry.of("buildkite-non-idempotent", config(p, false))});
  }

  private RetryConfig config(RetryPolicy policy, boolean idempotentMethod) {
    return RetryConfig.<Reply>custom()
        .maxAttempts(policy.maxAttempts())
        .retryOnResult(response -> response.status() == 429
            || (idempotentMethod && RETRYABLE_IF_IDEMPOTENT.contains(response.status())))
        .retryOnException(failure -> failure instanceof BuildkiteIoException && !(failure instanceof InvalidResponseException)
            && (idempotentMethod || nothingWasSent(failure)))
        .intervalBiFunction((Integer attempt, Either<Throwable, Reply> outcome) ->
            backoff(policy, attempt, outcome.isRight() ? outcome.get() : null).toMillis())
        .failAfterMaxAttempts(false)
        .build();
  }

  @Override
  public CompletableFuture<Reply> send(Request request, Request.Options options, Waits waits) {
    boolean idempotentMethod = IDEMPOTENT.contains(request.httpMethod().name());
    CallOptions call = options instanceof CallOptions c ? c : null;
    RetryPolicy policy = call != null ? call.retryPolicy() : RetryPolicy.defaults();
    long deadline = call != null ? call.deadlineNanos() : Long.MAX_VALUE;
    Retry retry = retriesFor(policy)[idempotentMethod ? 0 : 1];
    return attempt(new Attempts(request, options, waits, call, policy, deadline, retry, idempotentMethod,
        budgets.budgetFor(policy.retryBudget())));
  }

  /** The state of one call across its attempts; attempts are sequential, so no field is shared concurrently. */
  private static final class Attempts {
    final Request request;
    final Request.Options options;
    final Waits waits;
    final CallOptions call;
    final RetryPolicy policy;
    final long deadline;
    final Retry retry;
    /** Resilience4j's state for this call, made when an attempt first fails: a call that succeeds at once needs none. */
    private Retry.AsyncContext<Reply> decision;
    final boolean idempotentMethod;
    final RetryBudget budget;
    /** What each attempt ended with; a shared empty list until the first one fails (most calls never need one). */
    List<String> history = List.of();
    /** The I/O failures among them, for the exception's suppressed list; empty until one happens. */
    List<BuildkiteIoException> failures = List.of();
    Duration waited = Duration.ZERO;

    Attempts(Request request, Request.Options options, Waits waits, CallOptions call, RetryPolicy policy,
        long deadline, Retry retry, boolean idempotentMethod, RetryBudget budget) {
      this.request = request;
      this.options = options;
      this.waits = waits;
      this.call = call;
      this.policy = policy;
      this.deadline = deadline;
      this.retry = retry;
      this.idempotentMethod = idempotentMethod;
      this.budget = budget;
    }

    void note(String outcome) {
      if (history.isEmpty()) {
        history = new ArrayList<>(4);
      }
      history.add(outcome);
    }

    void failed(BuildkiteIoException failure) {
      if (failures.isEmpty()) {
        failures = new ArrayList<>(4);
      }
      failures.add(failure);
    }

    Retry.AsyncContext<Reply> decision() {
      if (decision == null) {
        decision = retry.asyncContext();
      }
      return decision;
    }
  }

  /** One attempt, then the decision about the next; in sync mode every future here is already complete. */
  private CompletableFuture<Reply> attempt(Attempts s) {
    if (s.deadline != Long.MAX_VALUE && System.nanoTime() >= s.deadline) {
      return CompletableFuture.failedFuture(deadlinePassed(s.request, s.call, s.history, s.failures));
    }
    if (s.waits.cancelled()) {
      return CompletableFuture.failedFuture(new CancellationException("the call was cancelled"));
    }
    CompletableFuture<Reply> sent = Exchange.call(next, s.request, s.options, s.waits);
    if (sent.isDone()) {
      // The sync client's attempt is already over: decide now, with what handle would have been given.
      Reply response = null;
      Throwable thrown = null;
      try {
        response = sent.join();
      } catch (java.util.concurrent.CompletionException | CancellationException e) {
        thrown = e;
      }
      try {
        return afterAttempt(s, response, thrown == null ? null : Exchange.unwrap(thrown));
      } catch (RuntimeException | Error e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    return sent
        .handle((response, thrown) -> {
          try {
            return afterAttempt(s, response, thrown == null ? null : Exchange.unwrap(thrown));
          } catch (RuntimeException | Error e) {
            return CompletableFuture.<Reply>failedFuture(e);
          }
        })
        .thenCompose(next -> next);
  }

  private CompletableFuture<Reply> afterAttempt(Attempts s, Reply response, Throwable thrown) {
    if (thrown != null) {
      if (thrown instanceof InvalidResponseException) {
        return CompletableFuture.failedFuture(thrown); // the same request would get the same answer
      }
      if (thrown instanceof BuildkiteIoException && thrown.getCause() instanceof InterruptedException) {
        return CompletableFuture.failedFuture(thrown); // the thread was told to stop: no retry, no wait
      }
      if (thrown instanceof BuildkiteIoException failure) {
        s.failed(failure);
        s.note(describe(failure));
        long delayMillis = s.decision().onError(failure);
        String declined = declined(s.policy, s.deadline, delayMillis, s.waited, s.history.size(), s.idempotentMethod,
            nothingWasSent(failure));
        if (declined == null && !s.budget.tryAcquireRetry(true)) {
          declined = RetryBudget.EXHAUSTED;
        }
        if (declined != null) {
          return CompletableFuture.failedFuture(exhausted(s.request, s.history, s.failures, declined));
        }
        return pause(s, delayMillis);
      }
      if (thrown instanceof java.io.IOException e) {
        return CompletableFuture.failedFuture(
            new BuildkiteIoException("I/O failure on " + Redaction.requestLine(s.request), e));
      }
      return CompletableFuture.failedFuture(thrown); // cancellation, or a bug: not retried
    }
    if (response.status() < 500 && response.status() != 429) {
      s.budget.onSuccess();   // any answer from a healthy server refills the budget
    }
    if (response.status() < 400) {
      if (s.decision != null) {
        s.decision.onComplete();   // only a call that was retried has anything to record
      }
      return CompletableFuture.completedFuture(response);
    }
    s.note(String.valueOf(response.status()));
    long delayMillis = s.decision().onResult(response);
    String declined = declined(s.policy, s.deadline, delayMillis, s.waited, s.history.size(), s.idempotentMethod, false);
    if (declined == null && response.status() != 429 && !s.budget.tryAcquireRetry(false)) {
      declined = RetryBudget.EXHAUSTED;
    }
    if (declined != null) {
      String note = s.history.size() > 1 || isRetryableStatus(response.status())
          ? attempts(s.history) + (declined.isEmpty() ? "" : "; " + declined) : null;
      return CompletableFuture.failedFuture(errors.toException(response, note));
    }
    response.close();
    return pause(s, delayMillis);
  }

  /** Waits (sleeper or scheduler, as the call's {@link Waits} say), then makes the next attempt. */
  private CompletableFuture<Reply> pause(Attempts s, long delayMillis) {
    Duration delay = Duration.ofMillis(delayMillis);
    return s.waits.after(delay).handle((done, thrown) -> {
      if (thrown != null) {
        Throwable cause = Exchange.unwrap(thrown);
        if (cause instanceof InterruptedException) {
          return CompletableFuture.<Reply>failedFuture(new BuildkiteIoException(
              "interrupted while waiting to retry " + Redaction.requestLine(s.request), cause));
        }
        return CompletableFuture.<Reply>failedFuture(cause);
      }
      s.waited = s.waited.plus(delay);
      return attempt(s);
    }).thenCompose(next -> next);
  }

  /** Returns null to go on retrying, or why the call ends here ("" when there is nothing more to say). */
  private String declined(RetryPolicy policy, long deadline, long delayMillis, Duration waited, int attemptsMade,
      boolean idempotentMethod, boolean nothingSent) {
    if (delayMillis < 0) {
      if (attemptsMade >= policy.maxAttempts()) {
        return policy.maxAttempts() > 1 ? "all " + policy.maxAttempts() + " attempts used" : "";
      }
      return idempotentMethod || nothingSent ? "" : "not retried: the request may already have taken effect";
    }
    Duration delay = Duration.ofMillis(delayMillis);
    if (delay.compareTo(policy.maxBackoff()) > 0) {
      return "not retried: the server asked to wait " + delay.toSeconds() + " s, more than maxBackoff "
          + policy.maxBackoff().toSeconds() + " s";
    }
    if (waited.plus(delay).compareTo(policy.maxTotalWait()) > 0) {
      return "not retried: waiting would exceed maxTotalWait " + policy.maxTotalWait().toSeconds() + " s";
    }
    if (deadline != Long.MAX_VALUE && System.nanoTime() + delay.toNanos() >= deadline) {
      return "not retried: waiting " + delay.toMillis() + " ms would pass the call's deadline";
    }
    return null;
  }

  /** The wait before the next attempt: what a 429 asks for, else exponential backoff with full jitter. */
  private Duration backoff(RetryPolicy policy, int attempt, Reply response) {
    if (response != null && response.status() == 429) {
      long asked = RateLimitWait.seconds(response.headers(), response.json());
      if (asked >= 0) {
        long jitter = ThreadLocalRandom.current().nextLong(0, 1001);
        Duration wait = Duration.ofSeconds(asked);
        Duration jittered = wait.plusMillis(jitter);
        // The jitter spreads waiting clients apart; it must not turn a wait the policy accepts into one it refuses
        // (the API's window is a minute, so a reset of 60 s meets the default maxBackoff of 60 s exactly).
        return wait.compareTo(policy.maxBackoff()) <= 0 && jittered.compareTo(policy.maxBackoff()) > 0
            ? policy.maxBackoff() : jittered;
      }
    }
    long ceiling = policy.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
    ceiling = Math.min(ceiling, policy.maxBackoff().toMillis());
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(0, ceiling + 1));
  }

  private static BuildkiteIoException deadlinePassed(Request request, CallOptions call, List<String> history,
      List<BuildkiteIoException> failures) {
    String made = history.isEmpty() ? "no attempt made" : attempts(history);
    BuildkiteIoException e = new BuildkiteIoException("deadline of " + call.timeout().toMillis() + " ms passed: "
        + Redaction.requestLine(request) + " (" + made + ")", failures.isEmpty() ? null : failures.get(failures.size() - 1));
    return e;
  }

  private static boolean isRetryableStatus(int status) {
    return status == 429 || RETRYABLE_IF_IDEMPOTENT.contains(status);
  }

  /** A refused or never-established connection: no byte of the request reached the server. */
  static boolean nothingWasSent(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static String describe(BuildkiteIoException failure) {
    Throwable cause = failure.getCause();
    return cause == null ? "I/O failure" : cause.getClass().getSimpleName();
  }

  private static String attempts(List<String> history) {
    return history.size() + (history.size() == 1 ? " attempt" : " attempts") + ": " + String.join(", ", history);
  }

  private static BuildkiteIoException exhausted(Request request, List<String> history,
      List<BuildkiteIoException> failures, String declined) {
    BuildkiteIoException last = failures.get(failures.size() - 1);
    if (history.size() == 1 && declined.isEmpty()) {
      return last;
    }
    BuildkiteIoException summary = new BuildkiteIoException(last.getMessage() + " (" + attempts(history)
        + (declined.isEmpty() ? "" : "; " + declined) + ")", last.getCause());
    failures.subList(0, failures.size() - 1).forEach(summary::addSuppressed);
    return summary;
  }
}
