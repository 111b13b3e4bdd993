package io.github.bksdk.buildkite.testkit;

import java.util.ServiceLoader;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Keeps the fake from printing SLF4J's "no providers were found" notice into a user's test output. The request
 * validator the fake uses logs through SLF4J; when the test classpath has no SLF4J provider (so nothing would be
 * logged anyway) and the user has not set {@code slf4j.internal.verbosity}, the notice is turned down to errors.
 * With a provider on the classpath nothing changes.
 */
final class QuietLogging {
  private static volatile boolean checked;

  private QuietLogging() {}

  /** Turns SLF4J's own notices down to errors when no provider is on the classpath; once per JVM. */
  static void withoutProvider() {
    if (checked) {
      return;
    }
    checked = true;
    if (System.getProperty("slf4j.internal.verbosity") != null) {
      return;
    }
    ClassLoader loader = QuietLogging.class.getClassLoader();
    if (!ServiceLoader.load(SLF4JServiceProvider.class, loader).iterator().hasNext()) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }
}
