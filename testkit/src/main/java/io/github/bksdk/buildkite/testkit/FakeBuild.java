package io.github.bksdk.buildkite.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * A scripted build living in a {@link FakeBuildkite}, created by {@link FakeBuildkite#script(BuildScript)}. It answers
 * {@code getBuild} with the build in its current stage (then moves on, if the script says so), {@code cancelBuild}
 * with the canceled build or, once the build has finished, with 422 and an error message, and {@code createBuild}
 * for its pipeline with itself. Tests move it on with {@link #advance()} and read where it is. Thread-safe.
 */
public final class FakeBuild {
  private static final Set<String> CANCELABLE = Set.of("scheduled", "running", "failing");

  /** The message of the 422 the fake sends when a finished build is canceled. */
  public static final String CANNOT_CANCEL_MESSAGE = "This build can't be canceled because it has already finished";

  private final BuildScript script;
  private final Examples examples;
  private final String baseUrl;
  private int index;
  private boolean canceled;
  private int gets;
  private int cancels;
  private boolean created;

  FakeBuild(BuildScript script, Examples examples, String baseUrl) {
    this.script = script;
    this.examples = examples;
    this.baseUrl = baseUrl;
  }

  /**
   * Returns the script this build follows.
   *
   * @return the script
   */
  public BuildScript script() {
    return script;
  }

  /**
   * Returns the current stage.
   *
   * @return the stage; {@link BuildStage#CANCELED} once a cancel succeeded
   */
  public synchronized BuildStage stage() {
    return canceled ? BuildStage.CANCELED : script.stages().get(index);
  }

  /**
   * Returns the {@code state} the API reports now (a blocked build reports the state of the stage before it).
   *
   * @return the wire value, such as {@code running}
   */
  public synchronized String state() {
    if (canceled) {
      return BuildStage.CANCELED.state();
    }
    for (int i = index; i >= 0; i--) {
      String state = script.stages().get(i).state();
      if (state != null) {
        return state;
      }
    }
    throw new IllegalStateException("a script never starts with BLOCKED");
  }

  /**
   * Returns whether the build waits at a block step now.
   *
   * @return true in {@link BuildStage#BLOCKED}
   */
  public synchronized boolean isBlocked() {
    return stage() == BuildStage.BLOCKED;
  }

  /**
   * Moves the build to its next stage; at the last stage (or once canceled) nothing changes.
   *
   * @return this build
   */
  public synchronized FakeBuild advance() {
    if (!canceled && index < script.stages().size() - 1) {
      index++;
    }
    return this;
  }

  /**
   * Returns how many {@code getBuild} requests reached this build.
   *
   * @return the count
   */
  public synchronized int getCount() {
    return gets;
  }

  /**
   * Returns how many {@code cancelBuild} requests reached this build, successful or not.
   *
   * @return the count
   */
  public synchronized int cancelCount() {
    return cancels;
  }

  /** Returns the build as {@code getBuild} shows it now. */
  synchronized ObjectNode json() {
    return examples.build(baseUrl, script.org(), script.pipeline(), script.number(), state(), isBlocked(), stage());
  }

  synchronized FakeResponse onGet() {
    gets++;
    String body = json().toString();
    if (script.advancesOnGet()) {
      advance();
    }
    return FakeResponse.json(200, body);
  }

  synchronized FakeResponse onCancel() {
    cancels++;
    if (!CANCELABLE.contains(state())) {
      return FakeResponse.json(422, "{\"message\":\"" + CANNOT_CANCEL_MESSAGE + "\"}");
    }
    canceled = true;
    ObjectNode build = json();
    build.put("cancel_reason", "canceled through the API");
    return FakeResponse.json(200, build.toString());
  }

  /** Whether a {@code createBuild} has answered with this build already. */
  synchronized boolean created() {
    return created;
  }

  synchronized void markCreated() {
    created = true;
  }

  synchronized FakeResponse onCreate() {
    return FakeResponse.json(201, json().toString());
  }

  @Override
  public synchronized String toString() {
    return "FakeBuild{" + script.org() + "/" + script.pipeline() + "#" + script.number() + " " + stage() + "}";
  }
}
