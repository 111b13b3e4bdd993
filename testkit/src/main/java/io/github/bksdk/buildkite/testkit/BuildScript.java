package io.github.bksdk.buildkite.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The script of one build for {@link FakeBuildkite#script(BuildScript)}: which build (organization, pipeline,
 * number), the stages it moves through, and whether each {@code getBuild} moves it on. By default a build moves
 * {@code SCHEDULED -> RUNNING -> PASSED}, one stage after each {@code getBuild}: the first call sees the first stage,
 * and the last stage repeats. Immutable; the {@code with}-style methods return changed copies.
 *
 * <pre>{@code
 * BuildScript.of("acme", "web-app", 42).stages(SCHEDULED, RUNNING, BLOCKED, FAILED).advanceOnGet(false)
 * }</pre>
 */
public final class BuildScript {
  private final String org;
  private final String pipeline;
  private final int number;
  private final List<BuildStage> stages;
  private final boolean advanceOnGet;

  private BuildScript(String org, String pipeline, int number, List<BuildStage> stages, boolean advanceOnGet) {
    this.org = org;
    this.pipeline = pipeline;
    this.number = number;
    this.stages = stages;
    this.advanceOnGet = advanceOnGet;
  }

  /**
   * Returns the default script for a build: {@code SCHEDULED -> RUNNING -> PASSED}, advancing on each GET.
   *
   * @param org the organization slug
   * @param pipeline the pipeline slug
   * @param number the build number, at least 1
   * @return the script
   * @throws IllegalArgumentException when a slug is null or blank or the number is below 1
   */
  public static BuildScript of(String org, String pipeline, int number) {
    if (org == null || org.isBlank()) {
      throw new IllegalArgumentException("org must not be null or blank");
    }
    if (pipeline == null || pipeline.isBlank()) {
      throw new IllegalArgumentException("pipeline must not be null or blank");
    }
    if (number < 1) {
      throw new IllegalArgumentException("number must be at least 1, was " + number);
    }
    return new BuildScript(org, pipeline, number,
        List.of(BuildStage.SCHEDULED, BuildStage.RUNNING, BuildStage.PASSED), true);
  }

  /**
   * Returns a copy that moves through these stages, in order.
   *
   * @param stages at least one stage; {@link BuildStage#BLOCKED} must not come first
   * @return the changed copy
   * @throws IllegalArgumentException when empty, containing null, or starting with {@code BLOCKED}
   */
  public BuildScript stages(BuildStage... stages) {
    if (stages == null || stages.length == 0 || Arrays.asList(stages).contains(null)) {
      throw new IllegalArgumentException("stages must hold at least one stage and no null");
    }
    if (stages[0] == BuildStage.BLOCKED) {
      throw new IllegalArgumentException("stages must not start with BLOCKED: a blocked build keeps an earlier state");
    }
    return new BuildScript(org, pipeline, number, List.of(stages), advanceOnGet);
  }

  /**
   * Returns a copy that moves on after every {@code getBuild} (true, the default) or only on
   * {@link FakeBuild#advance()} (false).
   *
   * @param advance whether each GET moves the build to its next stage
   * @return the changed copy
   */
  public BuildScript advanceOnGet(boolean advance) {
    return new BuildScript(org, pipeline, number, stages, advance);
  }

  /**
   * Returns the organization slug.
   *
   * @return the slug
   */
  public String org() {
    return org;
  }

  /**
   * Returns the pipeline slug.
   *
   * @return the slug
   */
  public String pipeline() {
    return pipeline;
  }

  /**
   * Returns the build number.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Returns the stages in order.
   *
   * @return an unmodifiable list
   */
  public List<BuildStage> stages() {
    return stages;
  }

  /**
   * Returns whether each {@code getBuild} moves the build on.
   *
   * @return true when GETs advance it
   */
  public boolean advancesOnGet() {
    return advanceOnGet;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BuildScript s && s.org.equals(org) && s.pipeline.equals(pipeline) && s.number == number
        && s.stages.equals(stages) && s.advanceOnGet == advanceOnGet;
  }

  @Override
  public int hashCode() {
    return Objects.hash(org, pipeline, number, stages, advanceOnGet);
  }

  @Override
  public String toString() {
    return "BuildScript{" + org + "/" + pipeline + "#" + number + " " + stages + (advanceOnGet ? ", advances on GET}" : "}");
  }
}
