package io.github.bksdk.buildkite.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.bksdk.buildkite.BuildkiteClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/** The extension injects a working client and fake, and fails a test whose code sent a request the API would reject. */
class ExtensionTest {
  private static TestExecutionSummary run(Class<?> testClass) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(), listener);
    return listener.getSummary();
  }

  @Test
  void aTestWithValidRequestsPassesAndSharesOneFakePerClass() {
    TestExecutionSummary summary = run(ValidUse.class);

    assertThat(summary.getTotalFailureCount()).as("failures: %s", summary.getFailures()).isZero();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
    assertThat(ValidUse.ports).hasSize(2).containsOnly(ValidUse.ports.get(0));
  }

  @Test
  void aTestThatSendsAnInvalidRequestFailsWithTheReason() {
    TestExecutionSummary summary = run(InvalidUse.class);

    assertThat(summary.getFailures()).singleElement().satisfies(failure -> assertThat(failure.getException())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("request rejected by the spec")
        .hasMessageContaining("per_page"));
  }

  @Test
  void registeredWithSettingsTheFakeUsesThem() {
    TestExecutionSummary summary = run(WithSettings.class);

    assertThat(summary.getTotalFailureCount()).as("failures: %s", summary.getFailures()).isZero();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
  }

  /** Run only through the launcher above. */
  @BuildkiteTest
  static class ValidUse {
    static final java.util.List<Integer> ports = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Test
    void first(BuildkiteClient client, FakeBuildkite fake) {
      ports.add(URI.create(fake.baseUrl()).getPort());
      assertThat(client.builds().getBuild("acme", "app", 2).number()).isEqualTo(2);
      assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void second(BuildkiteClient client, FakeBuildkite fake) {
      ports.add(URI.create(fake.baseUrl()).getPort());
      assertThat(fake.requests()).as("reset between tests").isEmpty();
      assertThat(client.builds().getBuild("acme", "app", 2).number()).isEqualTo(2);
    }
  }

  /** Run only through the launcher above. */
  @BuildkiteTest
  static class InvalidUse {
    @Test
    void sendsAPageSizeTheApiRejects(FakeBuildkite fake) throws Exception {
      HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(fake.baseUrl() + "/v2/organizations/acme/pipelines/app/builds?per_page=1000"))
          .header("Authorization", "Bearer " + FakeBuildkite.TOKEN).build(), HttpResponse.BodyHandlers.discarding());
    }
  }

  /** Run only through the launcher above. */
  static class WithSettings {
    @RegisterExtension
    static final FakeBuildkiteExtension BUILDKITE = FakeBuildkiteExtension.withSettings(
        FakeBuildkite.Settings.builder().webhookSecret("per-class-secret").build());

    @Test
    void usesTheSecret(FakeBuildkite fake) {
      assertThat(fake.settings().webhookSecret()).isEqualTo("per-class-secret");
    }
  }
}
