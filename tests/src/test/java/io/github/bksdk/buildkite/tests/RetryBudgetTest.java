package io.github.bksdk.buildkite.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.bksdk.buildkite.internal.RetryBudget;
import io.github.bksdk.buildkite.retry.RetryBudgetSettings;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The retry budget shared by all calls of a client: retries are paid for (I/O failures and timeouts cost more),
 * successes refill it up to its capacity, an empty budget refuses retries until successes return, it is exact under
 * concurrency, and it is configured through the public retry policy.
 */
class RetryBudgetTest {
  @Test
  void anOutageDrainsTheBudgetAfterAFixedNumberOfRetries() {
    RetryBudget budget = new RetryBudget(RetryBudgetSettings.defaults());

    int retries = 0;
    while (budget.tryAcquireRetry(false)) {
      retries++;
    }

    assertThat(retries).as("500 tokens at 5 per retry").isEqualTo(100);
    assertThat(budget.available()).isZero();
    assertThat(budget.tryAcquireRetry(true)).isFalse();
    assertThat(RetryBudget.EXHAUSTED).isEqualTo("retry budget exhausted");
  }

  @Test
  void timeoutsCostTwiceAsMuchAsServerErrors() {
    RetryBudget budget = new RetryBudget(RetryBudgetSettings.defaults());

    int retries = 0;
    while (budget.tryAcquireRetry(true)) {
      retries++;
    }

    assertThat(retries).isEqualTo(50);
  }

  @Test
  void successesRefillAnEmptyBudgetUntilARetryCanBePaidAgainAndNeverAboveCapacity() {
    RetryBudget budget = new RetryBudget(RetryBudgetSettings.builder().capacity(20).retryCost(5).ioRetryCost(10).build());
    for (int i = 0; i < 4; i++) {
      assertThat(budget.tryAcquireRetry(false)).isTrue();
    }
    assertThat(budget.tryAcquireRetry(false)).as("empty").isFalse();

    for (int i = 0; i < 4; i++) {
      budget.onSuccess();
    }
    assertThat(budget.tryAcquireRetry(false)).as("4 tokens do not pay for a retry").isFalse();
    budget.onSuccess();
    assertThat(budget.tryAcquireRetry(false)).as("5 tokens do").isTrue();

    for (int i = 0; i < 100; i++) {
      budget.onSuccess();
    }
    assertThat(budget.available()).as("capped at capacity").isEqualTo(20);
  }

  @Test
  void aRefusedRetryTakesNothing() {
    RetryBudget budget = new RetryBudget(RetryBudgetSettings.builder().capacity(12).retryCost(5).ioRetryCost(10).build());
    assertThat(budget.tryAcquireRetry(true)).isTrue();     // 2 left
    assertThat(budget.tryAcquireRetry(false)).isFalse();
    assertThat(budget.available()).isEqualTo(2);
  }

  @Test
  void aDisabledBudgetAllowsEveryRetry() {
    RetryBudget budget = new RetryBudget(RetryBudgetSettings.disabled());
    for (int i = 0; i < 10_000; i++) {
      assertThat(budget.tryAcquireRetry(i % 2 == 0)).isTrue();
    }
    assertThat(RetryBudget.unlimited().tryAcquireRetry(true)).isTrue();
    assertThat(new RetryBudget.Pool().budgetFor(RetryBudgetSettings.disabled())).isSameAs(RetryBudget.unlimited());
  }

  @Test
  void concurrentRetriesNeverSpendMoreThanTheBudgetHolds() throws Exception {
    RetryBudget budget = new RetryBudget(RetryBudgetSettings.builder().capacity(1_000).retryCost(1).build());
    int threads = 16;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> granted = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        granted.add(pool.submit(() -> {
          start.await();
          int mine = 0;
          for (int i = 0; i < 500; i++) {
            if (budget.tryAcquireRetry(false)) {
              mine++;
            }
          }
          return mine;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : granted) {
        total += f.get();
      }
      assertThat(total).as("exactly the capacity, no more, no less").isEqualTo(1_000);
      assertThat(budget.available()).isZero();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void callsWithEqualSettingsShareOneBudgetPerPool() {
    RetryBudget.Pool pool = new RetryBudget.Pool();
    RetryBudget first = pool.budgetFor(RetryPolicy.defaults().retryBudget());
    RetryBudget second = pool.budgetFor(RetryPolicy.builder().maxAttempts(5).build().retryBudget());
    RetryBudget other = pool.budgetFor(RetryBudgetSettings.builder().capacity(10).build());

    assertThat(second).isSameAs(first);
    assertThat(other).isNotSameAs(first);
    first.tryAcquireRetry(false);
    assertThat(second.available()).isEqualTo(495);
    assertThat(new RetryBudget.Pool().budgetFor(RetryBudgetSettings.defaults()).available())
        .as("another client runtime has its own budget").isEqualTo(500);
  }

  @Test
  void theRetryPolicyCarriesTheBudgetSettings() {
    assertThat(RetryPolicy.defaults().retryBudget()).isEqualTo(RetryBudgetSettings.defaults());
    RetryBudgetSettings small = RetryBudgetSettings.builder().capacity(50).retryCost(2).ioRetryCost(4).successRefund(3)
        .build();
    RetryPolicy policy = RetryPolicy.builder().retryBudget(small).build();

    assertThat(policy.retryBudget()).isEqualTo(small);
    assertThat(policy.toBuilder().build()).isEqualTo(policy).hasSameHashCodeAs(policy);
    assertThat(policy).isNotEqualTo(RetryPolicy.defaults());
    assertThat(policy.toString()).contains("capacity=50", "retryCost=2", "ioRetryCost=4", "successRefund=3");
    assertThat(RetryPolicy.builder().retryBudget(RetryBudgetSettings.disabled()).build().retryBudget().enabled()).isFalse();
    assertThat(RetryBudgetSettings.disabled()).hasToString("RetryBudgetSettings{disabled}");
  }

  @Test
  void badSettingsAreRejectedNamingTheArgument() {
    assertThatIllegalArgumentException().isThrownBy(() -> RetryBudgetSettings.builder().capacity(0))
        .withMessageContaining("capacity");
    assertThatIllegalArgumentException().isThrownBy(() -> RetryBudgetSettings.builder().retryCost(-1))
        .withMessageContaining("retryCost");
    assertThatIllegalArgumentException().isThrownBy(() -> RetryBudgetSettings.builder().ioRetryCost(-1))
        .withMessageContaining("ioRetryCost");
    assertThatIllegalArgumentException().isThrownBy(() -> RetryBudgetSettings.builder().successRefund(-1))
        .withMessageContaining("successRefund");
    assertThatIllegalArgumentException().isThrownBy(() -> RetryBudgetSettings.builder().capacity(4).build())
        .withMessageContaining("capacity");
    assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.builder().retryBudget(null))
        .withMessageContaining("retryBudget");
  }
}
