package io.github.bksdk.buildkite.tests;

import io.github.bksdk.buildkite.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when something sleeps on it: every wait is recorded and returns at once. */
final class FakeTime extends Clock implements Sleeper {
  final List<Duration> waits = new CopyOnWriteArrayList<>();
  private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  Duration totalWait() {
    return waits.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
