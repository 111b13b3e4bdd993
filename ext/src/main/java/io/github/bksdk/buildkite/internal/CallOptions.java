package io.github.bksdk.buildkite.internal;

import feign.Request;
import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One call's effective settings (the client's defaults with the call's {@link RequestOptions} on top), handed to
 * Feign as the method's {@link Request.Options} so that every layer of the transport chain can read them: the
 * read timeout of each attempt, the call's deadline, the retry policy. It also builds the call's encoded query and
 * its headers. Internal.
 */
public final class CallOptions extends Request.Options {
  private static final String JSON = "application/json";
  private static final Map<String, Object> ACCEPT_JSON = Map.of("Accept", JSON);
  private final RequestOptions effective;
  private final Duration readTimeout;
  private final RetryPolicy retryPolicy;
  private final long deadlineNanos;
  private final InFlight inFlight = new InFlight();

  CallOptions(RequestOptions effective, Duration connectTimeout, Duration clientReadTimeout, RetryPolicy clientPolicy) {
    super(connectTimeout.toMillis(), TimeUnit.MILLISECONDS,
        effective.readTimeout().orElse(clientReadTimeout).toMillis(), TimeUnit.MILLISECONDS, false);
    this.effective = effective;
    this.readTimeout = effective.readTimeout().orElse(clientReadTimeout);
    this.retryPolicy = effective.retryPolicy().orElse(clientPolicy);
    this.deadlineNanos = effective.timeout().map(t -> System.nanoTime() + t.toNanos()).orElse(Long.MAX_VALUE);
  }

  private CallOptions(CallOptions same) {
    super(same.connectTimeoutMillis(), TimeUnit.MILLISECONDS, same.readTimeoutMillis(), TimeUnit.MILLISECONDS, false);
    this.effective = same.effective;
    this.readTimeout = same.readTimeout;
    this.retryPolicy = same.retryPolicy;
    this.deadlineNanos = same.deadlineNanos;
  }

  /**
   * Returns the same settings (and the same deadline) for another request of the call, such as a later page, that
   * can be cancelled on its own.
   */
  CallOptions forAnotherRequest() {
    return new CallOptions(this);
  }

  /** Returns what this request is doing right now, for cancellation of the async call. */
  InFlight inFlight() {
    return inFlight;
  }

  /**
   * Cancels the call: the JDK exchange in progress is aborted, a pending retry or rate-limit wait is stopped, and
   * no further attempt is made. Only the async client's calls can be cancelled.
   */
  public void cancel() {
    inFlight.cancel();
  }

  /** Returns the read timeout of one attempt. */
  Duration attemptTimeout() {
    return readTimeout;
  }

  /** Returns the retry policy of the call. */
  RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** Returns the call's deadline ({@link System#nanoTime()} based), or {@link Long#MAX_VALUE} for none. */
  long deadlineNanos() {
    return deadlineNanos;
  }

  /** Returns the call's deadline as set, for messages. */
  Duration timeout() {
    return effective.timeout().orElse(Duration.ZERO);
  }

  /**
   * Returns the query to send: the operation's parameters and then the call's extra ones, every key and value
   * percent-encoded exactly once.
   *
   * @param parameters the operation's parameters by wire name, values being strings or lists of strings
   * @return the encoded query, for Feign's {@code @QueryMap(encoded = true)}
   */
  public Map<String, Object> query(Map<String, Object> parameters) {
    Map<String, List<String>> extra = effective.queryParameters();
    if (parameters.isEmpty() && extra.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    parameters.forEach((name, value) -> out.put(QueryEncoding.encode(name), encoded(value)));
    extra.forEach((name, values) -> out.put(QueryEncoding.encode(name), encoded(values)));
    return out;
  }

  private static Object encoded(Object value) {
    if (value instanceof List<?> list) {
      List<String> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(QueryEncoding.encode(QueryEncoding.text(v))));
      return out;
    }
    return QueryEncoding.encode(QueryEncoding.text(value));
  }

  /**
   * Returns the headers to send: {@code Accept: application/json} unless the operation's parameters chose another
   * representation, the operation's header parameters, then the call's extra headers.
   *
   * @param parameters the operation's header parameters (and {@code Accept}, for streaming operations)
   * @return the headers, for Feign's {@code @HeaderMap}
   */
  public Map<String, Object> headers(Map<String, String> parameters) {
    return headers(parameters, "application/json");
  }

  /**
   * Same as {@link #headers(Map)} for an operation whose default representation is not JSON.
   *
   * @param parameters the operation's header parameters
   * @param defaultAccept the {@code Accept} sent unless the parameters or the call choose another
   * @return the headers, for Feign's {@code @HeaderMap}
   */
  public Map<String, Object> headers(Map<String, String> parameters, String defaultAccept) {
    if (parameters.isEmpty() && effective.headers().isEmpty() && JSON.equals(defaultAccept)) {
      return ACCEPT_JSON;   // the usual call: nothing but the default Accept, so nothing to merge or allocate
    }
    Map<String, Object> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    out.put("Accept", defaultAccept);
    out.putAll(parameters);
    out.putAll(effective.headers());
    return Collections.unmodifiableMap(out);
  }
}
