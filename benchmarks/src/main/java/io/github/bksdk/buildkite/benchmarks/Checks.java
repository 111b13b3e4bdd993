package io.github.bksdk.buildkite.benchmarks;

/** Sanity checks run once in each trial's setup, so a benchmark that silently does less work fails instead. */
final class Checks {
  private Checks() {}

  static void equal(String what, long expected, long actual) {
    if (expected != actual) {
      throw new IllegalStateException(what + ": expected " + expected + ", was " + actual);
    }
  }
}
