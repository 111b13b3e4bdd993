package io.github.bksdk.buildkite.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Fails the build when an operation of the spec has no wire scenario, or a scenario names no operation. */
class EveryOperationIsExercisedTest {
  @Test
  void everyOperationInTheSpecHasAWireScenario() {
    Set<String> inSpec = new TreeSet<>(SpecDocument.load().operations().keySet());
    Set<String> exercised = Scenarios.all().stream().map(s -> s.operationId).collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing = new TreeSet<>(inSpec);
    missing.removeAll(exercised);
    assertThat(missing).as("operations in the spec that no test exercises").isEmpty();
    Set<String> unknown = new TreeSet<>(exercised);
    unknown.removeAll(inSpec);
    assertThat(unknown).as("scenarios naming operations that are not in the spec").isEmpty();
  }
}
