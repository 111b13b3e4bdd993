package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bksdk.buildkite.errors.NotFoundException;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.paging.AutoPager;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.paging.PrefetchingPager.PrefetchIterator;
import io.github.bksdk.buildkite.services.ListBuildsForPipelineParams;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Prefetching pages: one page ahead at most, stopping with the consumer; and streamAll holding one page. */
class WaitingPrefetchTest extends WireMockTestBase {
  private static final String BUILDS = "/v2/organizations/acme/pipelines/app/builds";
  private static final int PAGES = 5;

  /** Runs submitted fetches only when the test says so, so "how far ahead" is exact. */
  private static final class ManualExecutor implements Executor {
    final ArrayDeque<Runnable> queued = new ArrayDeque<>();
    int submitted;

    @Override
    public void execute(Runnable task) {
      submitted++;
      queued.add(task);
    }

    void runAll() {
      while (!queued.isEmpty()) {
        queued.poll().run();
      }
    }
  }

  /** Pages 1..5 of two builds each, linked by Link headers; page {@code failing} answers 404 when given. */
  private void stubPages(int failing) {
    String base = server.baseUrl() + BUILDS + "?per_page=2&page=";
    for (int p = 1; p <= PAGES; p++) {
      var response = aResponse().withStatus(200).withHeader("Content-Type", "application/json")
          .withBody("[{\"id\":\"b" + (2 * p - 1) + "\",\"url\":\"u\",\"number\":" + (2 * p - 1)
              + ",\"state\":\"passed\"},{\"id\":\"b" + (2 * p) + "\",\"url\":\"u\",\"number\":" + (2 * p)
              + ",\"state\":\"passed\"}]");
      if (p < PAGES) {
        response.withHeader("Link", "<" + base + (p + 1) + ">; rel=\"next\"");
      }
      if (p == failing) {
        response = aResponse().withStatus(404).withHeader("Content-Type", "application/json")
            .withBody("{\"message\":\"Not Found\"}");
      }
      server.stubFor(get(urlPathEqualTo(BUILDS)).withQueryParam("page", equalTo(String.valueOf(p)))
          .willReturn(response));
    }
  }

  private static Page<Build> firstPage() {
    return client().builds().listBuildsForPipeline("acme", "app",
        ListBuildsForPipelineParams.builder().perPage(2).page(1).build());
  }

  private static int requests() {
    return server.findAll(anyRequestedFor(anyUrl())).size();
  }

  @Test
  void fetchesExactlyOnePageAheadOfTheConsumer() {
    stubPages(0);
    ManualExecutor executor = new ManualExecutor();
    PrefetchIterator<Build> it = firstPage().autoPager().prefetch(executor).iterator();
    assertThat(executor.submitted).as("nothing before the first hasNext").isZero();

    assertThat(it.next().number()).isEqualTo(1);
    assertThat(executor.submitted).as("page 2 asked for while page 1 is consumed").isEqualTo(1);
    assertThat(it.next().number()).isEqualTo(2);
    assertThat(executor.submitted).as("still only one ahead").isEqualTo(1);
    executor.runAll();
    assertThat(requests()).isEqualTo(2);

    assertThat(it.next().number()).isEqualTo(3);
    assertThat(executor.submitted).as("page 3 starts once page 2 is taken").isEqualTo(2);
    assertThat(requests()).as("page 3 not fetched yet: one page ahead at most").isEqualTo(2);
    executor.runAll();
    assertThat(requests()).isEqualTo(3);
    it.close();
  }

  @Test
  void aConsumerThatStopsCostsAtMostOnePageMore() {
    stubPages(0);
    Executor direct = Runnable::run;            // each fetch ahead completes at once: the worst case for overfetching

    List<Integer> numbers;
    try (Stream<Build> all = firstPage().autoPager().prefetch(direct).stream()) {
      numbers = all.limit(3).map(Build::number).toList();
    }

    assertThat(numbers).containsExactly(1, 2, 3);
    assertThat(requests()).as("pages 1 and 2 used, page 3 fetched ahead, 4 and 5 never").isEqualTo(3);
  }

  @Test
  void closingCancelsTheFetchInFlight() {
    stubPages(0);
    ManualExecutor executor = new ManualExecutor();
    PrefetchIterator<Build> it = firstPage().autoPager().prefetch(executor).iterator();
    assertThat(it.hasNext()).isTrue();
    assertThat(executor.submitted).isEqualTo(1);

    it.close();
    executor.runAll();                          // the cancelled task finds its future done and fetches nothing

    assertThat(requests()).isEqualTo(1);
    assertThat(it.hasNext()).isFalse();
  }

  @Test
  void closingInterruptsAFetchThatIsRunning() throws Exception {
    stubPages(0);
    server.stubFor(get(urlPathEqualTo(BUILDS)).withQueryParam("page", equalTo("2"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[]")
            .withFixedDelay(30_000)));
    CompletableFuture<Boolean> ended = new CompletableFuture<>();
    Executor ownThread = task -> new Thread(() -> {
      task.run();
      ended.complete(Thread.currentThread().isInterrupted());
    }, "test-prefetch").start();
    PrefetchIterator<Build> it = firstPage().autoPager().prefetch(ownThread).iterator();
    assertThat(it.hasNext()).isTrue();
    for (int i = 0; i < 1_000 && requests() < 2; i++) {
      Thread.sleep(10);                         // until the server holds the request for page 2
    }
    assertThat(requests()).as("page 2 is being fetched").isEqualTo(2);

    it.close();

    // the fetch ends long before the server's 30 s answer, on a thread that was interrupted, and is not retried
    assertThat(ended.get(20, TimeUnit.SECONDS)).isTrue();
    assertThat(requests()).isEqualTo(2);
    assertThat(it.hasNext()).isFalse();
  }

  @Test
  void theDefaultPoolYieldsEveryItemInOrder() {
    stubPages(0);

    List<Integer> numbers = AutoPager.prefetching(firstPage()).stream().map(Build::number).toList();

    assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(requests()).isEqualTo(PAGES);
  }

  @Test
  void aFailedFetchSurfacesOnTheConsumerAsTheSameException() {
    stubPages(3);
    Iterator<Build> it = firstPage().autoPager().prefetch().iterator();

    assertThat(it.next().number()).isEqualTo(1);
    assertThat(it.next().number()).isEqualTo(2);
    assertThat(it.next().number()).isEqualTo(3);
    assertThat(it.next().number()).isEqualTo(4);
    assertThatThrownBy(it::hasNext).isInstanceOf(NotFoundException.class).hasMessageContaining("404");
  }

  @Test
  void streamAllLetsTheFirstPageGoOnceItMovesOn() {
    stubPages(0);
    Page<Build> first = firstPage();
    WeakReference<Page<Build>> firstRef = new WeakReference<>(first);
    Iterator<Build> all = first.streamAll().iterator();
    first = null;

    assertThat(all.next().number()).isEqualTo(1);
    assertThat(all.next().number()).isEqualTo(2);
    assertThat(all.next().number()).isEqualTo(3);        // now on page 2
    for (int i = 0; i < 20 && firstRef.get() != null; i++) {
      System.gc();
    }

    assertThat(firstRef.get()).as("the stream holds the current page only").isNull();
    assertThat(all.next().number()).isEqualTo(4);
  }
}
