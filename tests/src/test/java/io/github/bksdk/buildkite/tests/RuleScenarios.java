package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.linkHeader;
import static io.github.bksdk.buildkite.tests.Scenarios.pageLink;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.model.CreateRuleRequest;
import io.github.bksdk.buildkite.model.Rule;
import io.github.bksdk.buildkite.model.RuleType;
import io.github.bksdk.buildkite.model.RuleValue;
import java.util.List;
import java.util.function.Consumer;

/** Rules: list, get, create (trigger and artifact rules, with conditions), delete. */
final class RuleScenarios {
  private static final String RULES = "/v2/organizations/my-great-org/rules";
  private static final String RULE = "42f1a7da-812d-4430-93d8-1cc7c33a6bcf";
  private static final String SOURCE = "16f3b56f-4934-4546-923c-287859851332";
  private static final String TARGET = "d07d5d84-d1bd-479c-902c-ce8a01ce5aac";

  private RuleScenarios() {}

  /** The rule of every documented example. */
  private static final Consumer<Rule> DOCUMENTED_RULE = rule -> {
    assertThat(rule.uuid()).isEqualTo(RULE);
    assertThat(rule.graphqlId()).contains("Q2x1c3Rlci0tLTQyZjFhN2RhLTgxMmQtNDQzMC05M2Q4LTFjYzdjMzNhNmJjZg==");
    assertThat(rule.organizationUuid()).contains("f02d6a6f-7a0e-481d-9d6d-89b427aec48d");
    assertThat(rule.url()).contains("http://api.buildkite.com/v2/organizations/acme-inc/rules/" + RULE);
    assertThat(rule.type()).isEqualTo(RuleType.PIPELINE_TRIGGER_BUILD_PIPELINE);
    assertThat(rule.sourceType()).contains("pipeline");
    assertThat(rule.sourceUuid()).contains(SOURCE);
    assertThat(rule.targetType()).contains("pipeline");
    assertThat(rule.targetUuid()).contains(TARGET);
    assertThat(rule.effect()).contains("allow");
    assertThat(rule.action()).contains("trigger_build");
    assertThat(rule.createdAt()).contains(ts("2024-08-26T03:22:45.555Z"));
    assertThat(rule.createdBy()).hasValueSatisfying(user -> {
      assertThat(user.id()).isEqualTo("3d3c3bf0-7d58-4afe-8fe7-b3017d5504de");
      assertThat(user.name()).contains("Sam Kim");
    });
  };

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listRules")
            .call(c -> c.rules().listRules(ORG))
            .path(RULES)
            .respondExample(200, "rules-list.json")
            .responseHeader("Link", linkHeader(RULES, 1, 2, 7))
            .checkPage(Rule.class, page -> {
              assertThat(page.items()).hasSize(1);
              DOCUMENTED_RULE.accept(page.items().get(0));
              assertThat(page.links().next()).contains(pageLink(RULES, 2));
              assertThat(page.links().last()).contains(pageLink(RULES, 7));
            }),

        Scenario.of("listRules").label("every query parameter")
            .call(c -> c.rules().listRules(ORG, ListRulesParams.builder().page(7).perPage(1).build()))
            .path(RULES)
            .query("page", "7")
            .query("per_page", "1")
            .respondExample(200, "rules-list.json")
            .checkPage(Rule.class, page -> {
              assertThat(page.items()).extracting(Rule::uuid).containsExactly(RULE);
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("getRule")
            .call(c -> c.rules().getRule(ORG, RULE))
            .path(RULES + "/" + RULE)
            .respondExample(200, "rules-get.json")
            .check(Rule.class, DOCUMENTED_RULE),

        Scenario.of("createRule")
            .call(c -> c.rules().createRule(ORG, CreateRuleRequest.builder()
                .type(RuleType.PIPELINE_TRIGGER_BUILD_PIPELINE)
                .value(RuleValue.builder().sourcePipeline(SOURCE).targetPipeline(TARGET).build())
                .build()))
            .path(RULES)
            .jsonBody("""
                {
                  "type": "pipeline.trigger_build.pipeline",
                  "value": {
                    "source_pipeline": "16f3b56f-4934-4546-923c-287859851332",
                    "target_pipeline": "d07d5d84-d1bd-479c-902c-ce8a01ce5aac"
                  }
                }
                """)
            .respondExample(201, "rules-create.json")
            .check(Rule.class, DOCUMENTED_RULE),

        Scenario.of("createRule").label("artifact access by slug, with conditions")
            .call(c -> c.rules().createRule(ORG, CreateRuleRequest.builder()
                .type(RuleType.PIPELINE_ARTIFACTS_READ_PIPELINE)
                .value(RuleValue.builder()
                    .sourcePipeline("deploy")
                    .targetPipeline("ci")
                    .conditions(List.of("source.build.branch == target.build.branch", "target.build.branch == 'main'"))
                    .build())
                .build()))
            .path(RULES)
            .jsonBody("""
                {
                  "type": "pipeline.artifacts_read.pipeline",
                  "value": {
                    "source_pipeline": "deploy",
                    "target_pipeline": "ci",
                    "conditions": ["source.build.branch == target.build.branch", "target.build.branch == 'main'"]
                  }
                }
                """)
            .respond(201, """
                {
                  "uuid": "0191f7c2-5a3e-7b8d-9c0e-1f2a3b4c5d6e",
                  "url": "https://api.buildkite.com/v2/organizations/my-great-org/rules/0191f7c2-5a3e-7b8d-9c0e-1f2a3b4c5d6e",
                  "type": "pipeline.artifacts_read.pipeline",
                  "source_type": "pipeline",
                  "source_uuid": "16f3b56f-4934-4546-923c-287859851332",
                  "target_type": "pipeline",
                  "target_uuid": "d07d5d84-d1bd-479c-902c-ce8a01ce5aac",
                  "effect": "allow",
                  "action": "artifacts_read",
                  "created_at": "2024-09-02T10:00:00.000Z",
                  "created_by": null
                }
                """)
            .check(Rule.class, rule -> {
              assertThat(rule.uuid()).isEqualTo("0191f7c2-5a3e-7b8d-9c0e-1f2a3b4c5d6e");
              assertThat(rule.type()).isEqualTo(RuleType.PIPELINE_ARTIFACTS_READ_PIPELINE);
              assertThat(rule.action()).contains("artifacts_read");
              assertThat(rule.graphqlId()).isEmpty();
              assertThat(rule.createdBy()).isEmpty();
            }),

        Scenario.of("deleteRule")
            .run(c -> c.rules().deleteRule(ORG, RULE))
            .path(RULES + "/" + RULE)
            .respond(204, null)
            .returnsNothing()
    );
  }
}
