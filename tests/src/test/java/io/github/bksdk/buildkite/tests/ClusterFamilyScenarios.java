package io.github.bksdk.buildkite.tests;

import java.util.ArrayList;
import java.util.List;

/** Wire scenarios of the clusters family of tags (see the spec's "clusters family" blocks). */
final class ClusterFamilyScenarios {
  private ClusterFamilyScenarios() {}

  static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    all.addAll(ClusterScenarios.all());
    all.addAll(ClusterQueueScenarios.all());
    all.addAll(ClusterQueueMigrationScenarios.all());
    all.addAll(ClusterAgentTokenScenarios.all());
    all.addAll(ClusterMaintainerScenarios.all());
    all.addAll(ClusterSecretScenarios.all());
    all.addAll(HostedAgentScenarios.all());
    all.addAll(ClusterCacheRegistryScenarios.all());
    all.addAll(RuleScenarios.all());
    return all;
  }
}
