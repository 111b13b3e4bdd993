package io.github.bksdk.buildkite.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.model.Build;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's sample test, against a small piece of "user code" that polls a build until it has finished. */
@BuildkiteTest
class UserStyleTest {
  /** What a user's code decides from a build. */
  enum Verdict { ALLOW_DEPLOY, BLOCK_DEPLOY, ASK_A_HUMAN }

  /** The code under test: polls a build until it has finished or waits at a block step. */
  static final class DeployGate {
    private final BuildkiteClient client;

    DeployGate(BuildkiteClient client) {
      this.client = client;
    }

    Verdict waitFor(String org, String pipeline, int number) {
      for (int polls = 0; polls < 100; polls++) {
        Build build = client.builds().getBuild(org, pipeline, number);
        if (build.blocked().orElse(false)) {
          return Verdict.ASK_A_HUMAN;
        }
        switch (build.state().asString()) {
          case "passed":
            return Verdict.ALLOW_DEPLOY;
          case "failed":
          case "canceled":
            return Verdict.BLOCK_DEPLOY;
          default:
            break;
        }
      }
      throw new IllegalStateException("build " + number + " never finished");
    }
  }

  @Test
  void waitsForTheBuildAndReportsTheFailure(BuildkiteClient client, FakeBuildkite fake) {
    fake.script(BuildScript.of("acme", "web-app", 42)
        .stages(BuildStage.SCHEDULED, BuildStage.RUNNING, BuildStage.FAILED));   // one stage per getBuild
    fake.fail(Route.operation("getBuild"), Fault.rateLimited(), 1);               // 429 with RateLimit-* headers

    DeployGate gate = new DeployGate(client);                                      // your code under test
    assertThat(gate.waitFor("acme", "web-app", 42)).isEqualTo(Verdict.BLOCK_DEPLOY);

    assertThat(fake.requests("getBuild")).hasSize(4);                              // 429 retried, then 3 polls
    assertThat(fake.sleeps()).first()                                              // waited out, never slept
        .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(42), Duration.ofSeconds(43)));
  }

  @Test
  void aBlockedBuildNeedsAHuman(BuildkiteClient client, FakeBuildkite fake) {
    fake.script(BuildScript.of("acme", "web-app", 43).stages(BuildStage.RUNNING, BuildStage.BLOCKED, BuildStage.PASSED));

    assertThat(new DeployGate(client).waitFor("acme", "web-app", 43)).isEqualTo(Verdict.ASK_A_HUMAN);
  }
}
