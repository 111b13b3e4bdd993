package io.github.bksdk.buildkite.paging;

import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a list, fetching one page ahead: while the items of page k are consumed, page k+1 is already being
 * fetched on a background thread, so a consumer that spends about as long on a page as the API takes to send one
 * waits for almost nothing. Obtained with {@code page.autoPager().prefetch()}.
 *
 * <pre>{@code
 * try (Stream<Build> all = first.autoPager().prefetch().stream()) {
 *   all.forEach(this::slowWork);
 * }
 * }</pre>
 *
 * <p>Bounded: an iteration has at most one fetch in flight and holds at most two pages (the one being consumed and
 * the one fetched ahead). The next fetch starts only when the consumer moves on to the page fetched ahead, so a
 * consumer that stops (breaks out of a loop, {@code limit()}s a stream) causes at most one page of extra traffic;
 * closing the stream or the {@link PrefetchIterator} also cancels that fetch. A failed fetch surfaces on the
 * consumer's thread, when it reaches that page, as the same exception a plain iteration would throw.
 *
 * <p>Threads: unless an executor is given, fetches run on a shared pool of daemon threads named
 * {@code bksdk-prefetch-N}; each active iteration occupies at most one of them at a time, and idle threads end after
 * 10 seconds. Each {@link #iterator()} starts again from the first page. Iterators are not thread-safe.
 *
 * @param <T> the item type
 */
public final class PrefetchingPager<T> implements Iterable<T> {
  private final Page<T> first;
  private final Executor executor;

  PrefetchingPager(Page<T> first, Executor executor) {
    this.first = first;
    this.executor = executor;
  }

  /**
   * Returns a new iteration from the first page; its first background fetch starts at the first {@code hasNext()}.
   * Close it if you stop early, to cancel the fetch in flight.
   */
  @Override
  public PrefetchIterator<T> iterator() {
    return new PrefetchIterator<>(first, executor == null ? SharedPool.INSTANCE : executor);
  }

  /**
   * Returns a sequential stream of every item; closing the stream cancels the fetch in flight.
   *
   * @return the stream; use it in try-with-resources when it may not be consumed to the end
   */
  public Stream<T> stream() {
    PrefetchIterator<T> it = iterator();
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(it::close);
  }

  @Override
  public String toString() {
    return "PrefetchingPager{first=" + first + "}";
  }

  /**
   * One prefetching pass over the pages. {@link #close()} cancels the fetch in flight and ends the iteration.
   *
   * @param <T> the item type
   */
  public static final class PrefetchIterator<T> implements Iterator<T>, AutoCloseable {
    private final Executor executor;
    private List<T> items;
    private int index;
    private URI pendingLink;
    private Function<URI, Page<T>> fetcher;
    private FutureTask<Page<T>> ahead;
    private boolean started;
    private boolean closed;

    PrefetchIterator(Page<T> first, Executor executor) {
      this.executor = executor;
      this.items = first.items();
      this.pendingLink = first.links().next().orElse(null);
      this.fetcher = first.fetcher();
    }

    private void fetchAhead() {
      URI link = pendingLink;
      pendingLink = null;
      if (link == null || closed) {
        ahead = null;
        return;
      }
      Function<URI, Page<T>> f = fetcher;
      // A FutureTask, not supplyAsync: cancelling it interrupts the thread running the fetch, which aborts the
      // exchange or the retry wait in progress instead of letting it run to the end unseen.
      FutureTask<Page<T>> task = new FutureTask<>(() -> f.apply(link));
      ahead = task;
      executor.execute(task);
    }

    @Override
    public boolean hasNext() {
      if (closed) {
        return false;
      }
      if (!started) {
        started = true;
        fetchAhead();
      }
      while (index >= items.size()) {
        if (ahead == null) {
          return false;
        }
        items = List.of();                      // the consumed page goes before the next one is taken
        Page<T> page = await(ahead);
        ahead = null;
        items = page.items();
        index = 0;
        pendingLink = page.links().next().orElse(null);
        fetcher = page.fetcher();
        fetchAhead();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return items.get(index++);
    }

    /**
     * Ends the iteration and cancels the fetch in flight, if any: one not yet started never runs, and one running is
     * interrupted, which aborts its request or its wait before a retry (the default pool clears the interrupt
     * before its thread runs anything else; an executor of your own should too). Calling it again does nothing.
     */
    @Override
    public void close() {
      closed = true;
      pendingLink = null;
      items = List.of();
      if (ahead != null) {
        ahead.cancel(true);
        ahead = null;
      }
    }

    private static <P> P await(Future<P> future) {
      try {
        return future.get();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new BuildkiteIoException("fetching the next page failed", cause);
      } catch (CancellationException e) {
        throw new NoSuchElementException("the iteration was closed");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BuildkiteIoException("interrupted while waiting for the next page", e);
      }
    }
  }

  /** The default fetch threads: daemon, created on demand, ending after 10 idle seconds. */
  private static final class SharedPool {
    static final ExecutorService INSTANCE;

    static {
      AtomicInteger count = new AtomicInteger();
      INSTANCE = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
        Thread t = new Thread(r, "bksdk-prefetch-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
    }

    private SharedPool() {}
  }
}
