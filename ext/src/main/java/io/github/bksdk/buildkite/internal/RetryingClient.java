package io.github.bksdk.buildkite.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.errors.InvalidResponseException;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import io.github.bksdk.buildkite.retry.Sleeper;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one retry mechanism of the SDK (Feign's retryer is off). Resilience4j decides whether an attempt is retried
 * and how long to wait; this client waits with the injectable {@link Sleeper}, so each attempt goes through the
 * rest of the chain again (fresh credentials, rate limiter, logging). Error responses that end a call are thrown
 * here, with the history of every attempt in the message. Internal.
 */
final class RetryingClient implements Client {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final Set<Integer> RETRYABLE_IF_IDEMPOTENT = Set.of(502, 503, 504);

  private final Client next;
  private final Sleeper sleeper;
  private final ErrorMapper errors;
  /** Resilience4j retries per policy (a client sees few distinct policies); index 0 idempotent, 1 not. */
  private final Map<RetryPolicy, Retry[]> retries = new ConcurrentHashMap<>();

  RetryingClient(Client next, Sleeper sleeper, ErrorMapper errors) {
    this.next = next;
    this.sleeper = sleeper;
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
    return RetryConfig.<Response>custom()
        .maxAttempts(policy.maxAttempts())
        .retryOnResult(response -> response.status() == 429
            || (idempotentMethod && RETRYABLE_IF_IDEMPOTENT.contains(response.status())))
        .retryOnException(failure -> failure instanceof BuildkiteIoException && !(failure instanceof InvalidResponseException)
            && (idempotentMethod || nothingWasSent(failure)))
        .intervalBiFunction((Integer attempt, Either<Throwable, Response> outcome) ->
            backoff(policy, attempt, outcome.isRight() ? outcome.get() : null).toMillis())
        .failAfterMaxAttempts(false)
        .build();
  }

  @Override
  public Response execute(Request request, Request.Options options) {
    boolean idempotentMethod = IDEMPOTENT.contains(request.httpMethod().name());
    CallOptions call = options instanceof CallOptions c ? c : null;
    RetryPolicy policy = call != null ? call.retryPolicy() : RetryPolicy.defaults();
    long deadline = call != null ? call.deadlineNanos() : Long.MAX_VALUE;
    Retry.AsyncContext<Response> decision = retriesFor(policy)[idempotentMethod ? 0 : 1].asyncContext();
    List<String> history = new ArrayList<>();
    List<BuildkiteIoException> failures = new ArrayList<>();
    Duration waited = Duration.ZERO;
    while (true) {
      Response response;
      long delayMillis;
      if (deadline != Long.MAX_VALUE && System.nanoTime() >= deadline) {
        throw deadlinePassed(request, call, history, failures);
      }
      try {
        response = next.execute(request, options);
      } catch (InvalidResponseException unusable) {
        throw unusable; // the same request would get the same answer
      } catch (BuildkiteIoException failure) {
        failures.add(failure);
        history.add(describe(failure));
        delayMillis = decision.onError(failure);
        String declined = declined(policy, deadline, delayMillis, waited, history.size(), idempotentMethod,
            nothingWasSent(failure));
        if (declined != null) {
          throw exhausted(request, history, failures, declined);
        }
        waited = waited.plus(pause(request, delayMillis));
        continue;
      } catch (java.io.IOException e) {
        throw new BuildkiteIoException("I/O failure on " + Redaction.requestLine(request), e);
      }
      if (response.status() < 400) {
        decision.onComplete();
        return response;
      }
      history.add(String.valueOf(response.status()));
      delayMillis = decision.onResult(response);
      String declined = declined(policy, deadline, delayMillis, waited, history.size(), idempotentMethod, false);
      if (declined != null) {
        String note = history.size() > 1 || isRetryableStatus(response.status())
            ? attempts(history) + (declined.isEmpty() ? "" : "; " + declined) : null;
        throw errors.toException(response, note);
      }
      response.close();
      waited = waited.plus(pause(request, delayMillis));
    }
  }

  /** Returns null to go on retrying, or why the call ends here ("" when there is nothing more to say). */
  private String declined(RetryPolicy policy, long deadline, long delayMillis, Duration waited, int attemptsMade,
      boolean idempotentMethod, boolean nothingSent) {
    if (delayMillis < 0) {
      if (attemptsMade >= policy.maxAttempts()) {
        return policy.maxAttempts() > 1 ? "retry budget of " + policy.maxAttempts() + " attempts used up" : "";
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

  private Duration pause(Request request, long delayMillis) {
    Duration delay = Duration.ofMillis(delayMillis);
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BuildkiteIoException("interrupted while waiting to retry " + Redaction.requestLine(request), e);
    }
    return delay;
  }

  /** The wait before the next attempt: what a 429 asks for, else exponential backoff with full jitter. */
  private Duration backoff(RetryPolicy policy, int attempt, Response response) {
    if (response != null && response.status() == 429) {
      long asked = RateLimitWait.seconds(response.headers(), body(response));
      if (asked >= 0) {
        long jitter = ThreadLocalRandom.current().nextLong(0, 1001);
        return Duration.ofSeconds(asked).plusMillis(jitter);
      }
    }
    long ceiling = policy.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
    ceiling = Math.min(ceiling, policy.maxBackoff().toMillis());
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(0, ceiling + 1));
  }

  /** The JSON body of a buffered 429 (read without consuming it: buffered bodies can be read again). */
  private static com.fasterxml.jackson.databind.JsonNode body(Response response) {
    if (response.body() == null || !response.body().isRepeatable()) {
      return null;
    }
    try (java.io.InputStream in = response.body().asInputStream()) {
      return Json.mapper().readTree(in.readNBytes(64 * 1024));
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
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
