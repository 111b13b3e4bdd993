package io.github.bksdk.buildkite.internal;

import feign.Request;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Flow;
import java.util.List;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.TreeSet;

/**
 * The terminal layer of the chain: sends requests with the JDK {@link HttpClient}. Bodies are sent only when the
 * request has one, bodies are read in full except for the raw forms of
 * streaming operations, which are handed over unread, and redirects are never followed, so a
 * credential can never ride a redirect to another host. I/O failures become {@link BuildkiteIoException}. Internal.
 */
final class JdkHttpTransport implements Exchange {
  /** Headers the JDK client sets itself and refuses; compared ignoring case without lower-casing every name. */
  private static final Set<String> RESTRICTED = restricted("content-length", "host", "connection", "expect", "upgrade");

  private final HttpClient http;
  private final Executor completions;

  JdkHttpTransport(HttpClient http, Executor completions) {
    this.http = http;
    this.completions = completions;
  }

  /**
   * Creates the JDK client the SDK uses by default: HTTP/1.1 keep-alive, no redirects, and a direct executor (the
   * calling thread does the work; that roughly halves the cost of a call compared with the default pool).
   *
   * @param connectTimeout the connect timeout
   * @return a new client
   */
  static HttpClient defaultHttpClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout)
        .executor(Runnable::run)
        .build();
  }

  @Override
  public CompletableFuture<Reply> send(Request request, Request.Options options, Waits waits) {
    try {
      return waits.blocking()
          ? CompletableFuture.completedFuture(execute(request, options))
          : sendAsync(request, options, waits);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static long timeoutNanos(Request.Options options) {
    long timeoutNanos = TimeUnit.MILLISECONDS.toNanos(options.readTimeoutMillis());
    if (options instanceof CallOptions call && call.deadlineNanos() != Long.MAX_VALUE) {
      timeoutNanos = Math.max(1_000_000L, Math.min(timeoutNanos, call.deadlineNanos() - System.nanoTime()));
    }
    return timeoutNanos;
  }

  private static HttpRequest httpRequest(Request request, long timeoutNanos) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
        .timeout(Duration.ofNanos(timeoutNanos));
    byte[] body = request.body();
    builder.method(request.httpMethod().name(), body == null || body.length == 0
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      if (!RESTRICTED.contains(header.getKey())) {
        for (String value : header.getValue()) {
          builder.header(header.getKey(), value);
        }
      }
    }
    return builder.build();
  }

  /** The sync client's exchange, on the calling thread. */
  private Reply execute(Request request, Request.Options options) {
    long timeoutNanos = timeoutNanos(options);
    HttpRequest httpRequest = httpRequest(request, timeoutNanos);
    boolean stream = isStreamed(request);
    HttpResponse<?> response;
    try {
      // Bodies are read here, inside the retry scope, so a connection that breaks mid-body is retried like any
      // other I/O failure; only the raw forms of streaming operations hand the open stream to the caller. The JDK
      // client's own timeout covers only the response headers, so a buffered body is awaited with the same
      // timeout: a body that trickles or stalls fails the attempt instead of holding the caller.
      if (stream) {
        response = http.send(httpRequest, HttpResponse.BodyHandlers.ofInputStream());
      } else {
        // HttpClient.send, not sendAsync + get: the JDK hands the completion of every sendAsync to
        // CompletableFuture's default executor, which on a machine with 2 processors or fewer starts a new thread
        // per call. send completes on the thread that reads the response and wakes this one directly.
        TimedBody body = new TimedBody(System.nanoTime() + timeoutNanos, timeoutNanos);
        try {
          response = http.send(httpRequest, body);
        } finally {
          body.stopTimer();
        }
      }
    } catch (IOException e) {
      throw failure(request, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BuildkiteIoException("interrupted: " + Redaction.requestLine(request), e);
    }
    return response(request, response);
  }

  /**
   * The async client's exchange: the JDK client's {@code sendAsync}, tracked so that cancelling the call aborts it,
   * with the read timeout covering the whole body on the shared timer, and completion handed to
   * {@link #completions} so that neither decoding nor the caller's continuations run on the JDK client's selector
   * thread (with the default direct executor, that thread completes the exchange).
   */
  private CompletableFuture<Reply> sendAsync(Request request, Request.Options options, Waits waits) {
    long timeoutNanos = timeoutNanos(options);
    HttpRequest httpRequest = httpRequest(request, timeoutNanos);
    boolean stream = isStreamed(request);
    CompletableFuture<? extends HttpResponse<?>> pending = stream
        ? http.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofInputStream())
        : http.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
    waits.track(pending);
    AtomicBoolean timedOut = new AtomicBoolean();
    Future<?> timer = stream ? null : Timers.shared().schedule(() -> {
      timedOut.set(true);
      pending.cancel(true);
    }, timeoutNanos, TimeUnit.NANOSECONDS);
    CompletableFuture<Reply> out = new CompletableFuture<>();
    pending.whenCompleteAsync((response, thrown) -> {
      if (timer != null) {
        timer.cancel(false);
      }
      if (thrown == null) {
        try {
          out.complete(response(request, response));
        } catch (RuntimeException e) {
          out.completeExceptionally(e);
        }
        return;
      }
      Throwable cause = Exchange.unwrap(thrown);
      if (timedOut.get()) {
        out.completeExceptionally(failure(request, new HttpTimeoutException(
            "no complete response within " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms")));
      } else if (cause instanceof java.util.concurrent.CancellationException) {
        out.completeExceptionally(cause);
      } else if (cause instanceof IOException io) {
        out.completeExceptionally(failure(request, io));
      } else {
        out.completeExceptionally(failure(request,
            new IOException(cause.getClass().getSimpleName(), cause)));
      }
    }, completions);
    return out;
  }

  private static BuildkiteIoException failure(Request request, IOException e) {
    if (e instanceof HttpTimeoutException) {
      return new BuildkiteIoException("timed out: " + Redaction.requestLine(request) + " (" + e.getMessage() + ")", e);
    }
    return new BuildkiteIoException(e.getClass().getSimpleName() + " on " + Redaction.requestLine(request)
        + (e.getMessage() == null ? "" : ": " + shorten(e.getMessage())), e);
  }

  private static Reply response(Request request, HttpResponse<?> response) {
    // The JDK's header map is already read-only and ignores case: the reply holds it as it is.
    Map<String, List<String>> headers = response.headers().map();
    return response.body() instanceof byte[] bytes
        ? Reply.buffered(request, response.statusCode(), headers, bytes)
        : Reply.streamed(request, response.statusCode(), headers, (InputStream) response.body());
  }

  private static String shorten(String message) {
    return message.length() <= 200 ? message : message.substring(0, 200) + "...";
  }

  private static Set<String> restricted(String... names) {
    Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.addAll(Arrays.asList(names));
    return Collections.unmodifiableSet(set);
  }

  /**
   * Reads the body in full ({@link HttpResponse.BodySubscribers#ofByteArray()}) under the attempt's timeout: the JDK
   * client's own timeout covers only the response headers, so once they are in, the body is handed to the shared
   * {@link BodyWatchdog}; if the deadline passes before the body completes, the watchdog cancels the subscription
   * and fails the body with an {@link HttpTimeoutException}, so a body that trickles or stalls fails the attempt
   * instead of holding the caller. One object is the handler and the subscriber: a call allocates no timer task,
   * and the shared timer thread is not woken per call.
   */
  private static final class TimedBody
      implements HttpResponse.BodyHandler<byte[]>, HttpResponse.BodySubscriber<byte[]> {
    private final long deadlineNanos;
    private final long timeoutNanos;
    private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
    private volatile Flow.Subscription subscription;
    private volatile boolean expired;
    private volatile boolean stopped;

    TimedBody(long deadlineNanos, long timeoutNanos) {
      this.deadlineNanos = deadlineNanos;
      this.timeoutNanos = timeoutNanos;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
      if (!stopped) {
        BodyWatchdog.INSTANCE.watch(this);
      }
      return this;
    }

    long deadlineNanos() {
      return deadlineNanos;
    }

    /** Called by the watchdog once the deadline has passed: stops reading and fails the body. */
    void expire() {
      synchronized (this) {
        if (expired || stopped) {
          return;
        }
        expired = true;
      }
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
      // completing the body's own future is safe from this thread; what the reader delivers later is dropped
      bytes.getBody().toCompletableFuture().completeExceptionally(new HttpTimeoutException(
          "no complete response within " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms"));
    }

    @Override
    public java.util.concurrent.CompletionStage<byte[]> getBody() {
      return bytes.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (expired) {
        s.cancel();
      } else {
        bytes.onSubscribe(s);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      if (!expired) {
        bytes.onNext(item);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      if (!expired) {
        bytes.onError(throwable);
      }
    }

    @Override
    public void onComplete() {
      if (!expired) {
        bytes.onComplete();
      }
    }

    /** Stops watching once the exchange is over, whichever way it ended. */
    void stopTimer() {
      stopped = true;
      BodyWatchdog.INSTANCE.forget(this);
    }
  }

  /**
   * Watches the bodies the sync client is reading, for every client in the JVM: a sweep on the shared timer every
   * {@value #TICK_MILLIS} ms, scheduled only while some body is being read, fails the bodies whose deadline has
   * passed. A read timeout therefore fires up to {@value #TICK_MILLIS} ms late, and a call costs one set entry
   * instead of a timer task and a wake-up of the timer thread.
   */
  static final class BodyWatchdog {
    static final long TICK_MILLIS = 50;
    static final BodyWatchdog INSTANCE = new BodyWatchdog();

    private final Set<TimedBody> watched = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicBoolean armed = new AtomicBoolean();

    void watch(TimedBody body) {
      watched.add(body);
      if (armed.compareAndSet(false, true)) {
        schedule();
      }
    }

    void forget(TimedBody body) {
      watched.remove(body);
    }

    private void schedule() {
      Timers.shared().schedule(this::sweep, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void sweep() {
      long now = System.nanoTime();
      for (TimedBody body : watched) {
        if (now - body.deadlineNanos() >= 0) {
          watched.remove(body);
          body.expire();
        }
      }
      if (!watched.isEmpty()) {
        schedule();
        return;
      }
      armed.set(false);
      // a body added between the check and the reset is swept by whoever arms the watchdog again
      if (!watched.isEmpty() && armed.compareAndSet(false, true)) {
        schedule();
      }
    }
  }

  /** Whether the invoked method is the raw form (sync or async) of an operation the spec marks as streaming. */
  private static boolean isStreamed(Request request) {
    // the annotation first: most operations are not streaming, and that answers without looking at the method
    io.github.bksdk.buildkite.codegen.BuildkiteOperation operation = InvokedMethod.annotation(request);
    if (operation == null || !operation.streaming()) {
      return false;
    }
    return InvokedMethod.of(request).map(method -> method.getReturnType() == feign.Response.class
        || (method.getGenericReturnType() instanceof java.lang.reflect.ParameterizedType future
            && future.getRawType() == CompletableFuture.class
            && future.getActualTypeArguments()[0] == feign.Response.class)).orElse(false);
  }
}
