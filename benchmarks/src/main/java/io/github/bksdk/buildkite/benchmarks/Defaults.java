package io.github.bksdk.buildkite.benchmarks;

/** Settings shared by both benchmark classes. */
final class Defaults {
  /** A syntactically valid token; the loopback server ignores it. */
  static final String TOKEN = "bkua_0123456789abcdef0123456789abcdef01234567";

  private Defaults() {}
}
