package io.github.bksdk.buildkite.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * Wire scenarios of the packages family of tags (see the spec's "packages family" blocks): package registries,
 * registry tokens and packages ({@link PackageRegistryScenarios}), and Test Engine ({@link TestEngineScenarios}).
 */
final class PackageFamilyScenarios {
  private PackageFamilyScenarios() {}

  static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    all.addAll(PackageRegistryScenarios.all());
    all.addAll(PackageUploadScenarios.all());
    all.addAll(TestEngineScenarios.all());
    all.addAll(TestEngineAdditionScenarios.all());
    return all;
  }
}
