package io.github.bksdk.buildkite.tests;

import java.util.ArrayList;
import java.util.List;

/** Wire scenarios of the teams family of tags (see the spec's "teams family" blocks). */
final class TeamFamilyScenarios {
  private TeamFamilyScenarios() {}

  static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    all.addAll(PipelineScheduleScenarios.all());
    all.addAll(PipelineTriggerScenarios.all());
    all.addAll(PipelineTemplateScenarios.all());
    all.addAll(TeamScenarios.all());
    all.addAll(TeamAccessScenarios.all());
    return all;
  }
}
