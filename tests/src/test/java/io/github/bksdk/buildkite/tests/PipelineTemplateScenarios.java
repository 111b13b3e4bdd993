package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.errors.UnprocessableEntityException;
import io.github.bksdk.buildkite.model.CreatePipelineTemplateRequest;
import io.github.bksdk.buildkite.model.PipelineTemplate;
import io.github.bksdk.buildkite.model.UpdatePipelineTemplateRequest;
import java.util.List;
import java.util.function.Consumer;

/** Pipeline templates (tag PipelineTemplates). */
final class PipelineTemplateScenarios {
  private static final String ORG = "acme-inc";
  private static final String TEMPLATE = "018a86cc-db73-7d15-8c68-5023cf8d64c3";
  private static final String BASE = "/v2/organizations/acme-inc/pipeline-templates";
  private static final String YAML = "steps:\n  - label: \":hammer: Build\"\n    command: \"scripts/build.sh\"";

  private PipelineTemplateScenarios() {}

  /** What every documented template example shows, apart from `available`. */
  private static Consumer<PipelineTemplate> documentedTemplate() {
    return template -> {
      assertThat(template.uuid()).isEqualTo(TEMPLATE);
      assertThat(template.graphqlId())
          .contains("UGlwZWxpbmVUZW1wbGF0ZS0tLTAxOGE4NmNjLWRiNzMtN2QxNS04YzY4LTUwMjNjZjhkNjRjMw==");
      assertThat(template.name()).isEqualTo("Build template");
      assertThat(template.description()).contains("Shared build steps configuration");
      assertThat(template.configuration()).contains(YAML);
      // The documented URL has three slashes after the scheme; the SDK keeps it as sent.
      assertThat(template.url()).isEqualTo("http:///api.buildkite.com" + BASE + "/" + TEMPLATE);
      assertThat(template.webUrl())
          .contains("http://www.buildkite.com/organizations/acme-inc/pipeline-templates/" + TEMPLATE);
      assertThat(template.createdAt()).contains(ts("2023-05-03T04:17:55.867Z"));
      assertThat(template.updatedAt()).contains(ts("2023-06-12T04:17:55.867Z"));
      assertThat(template.updatedBy()).hasValueSatisfying(user -> {
        assertThat(user.id()).isEqualTo("3d3c3bf0-7d58-4afe-8fe7-b3017d5504de");
        assertThat(user.name()).contains("Sam Kim");
        assertThat(user.createdAt()).contains(ts("2013-05-03T04:17:55.867Z"));
      });
      assertThat(template.createdBy()).hasValueSatisfying(user -> {
        assertThat(user.email()).contains("sam@example.com");
        assertThat(user.avatarUrl()).contains("https://www.gravatar.com/avatar/example");
      });
    };
  }

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listPipelineTemplates").label("page, per_page")
            .call(c -> c.pipelineTemplates().listPipelineTemplates(ORG,
                io.github.bksdk.buildkite.services.ListPipelineTemplatesParams.builder().page(2).perPage(5).build()))
            .path(BASE)
            .query("page", "2")
            .query("per_page", "5")
            .respondExample(200, "pipeline-templates-list.json")
            .responseHeader("Link", Scenarios.linkHeader(BASE + "?per_page=5", 1, 3, 3))
            .checkPage(PipelineTemplate.class, page ->
                assertThat(page.links().next()).contains(Scenarios.pageLink(BASE + "?per_page=5", 3))),

        Scenario.of("listPipelineTemplates")
            .call(c -> c.pipelineTemplates().listPipelineTemplates(ORG))
            .path(BASE)
            .respondExample(200, "pipeline-templates-list.json")
            .checkPage(PipelineTemplate.class, page -> {
              assertThat(page.items()).hasSize(1);
              PipelineTemplate template = page.items().get(0);
              documentedTemplate().accept(template);
              assertThat(template.available()).contains(false);
              assertThat(template.createdBy()).hasValueSatisfying(user ->
                  assertThat(user.createdAt()).contains(ts("2013-05-03T04:17:55.867Z")));
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("getPipelineTemplate")
            .call(c -> c.pipelineTemplates().getPipelineTemplate(ORG, TEMPLATE))
            .path(BASE + "/" + TEMPLATE)
            .respondExample(200, "pipeline-templates-get.json")
            .check(PipelineTemplate.class, template -> {
              documentedTemplate().accept(template);
              assertThat(template.available()).contains(false);
              assertThat(template.createdBy()).hasValueSatisfying(user ->
                  assertThat(user.createdAt()).contains(ts("2023-08-29T10:10:03.000Z")));
            }),

        Scenario.of("createPipelineTemplate")
            .call(c -> c.pipelineTemplates().createPipelineTemplate(ORG, CreatePipelineTemplateRequest.builder()
                .name("Build template")
                .configuration(YAML)
                .description("Shared build steps configuration")
                .available(true)
                .build()))
            .path(BASE)
            .jsonBody("""
                {
                  "name": "Build template",
                  "configuration": "steps:\\n  - label: \\":hammer: Build\\"\\n    command: \\"scripts/build.sh\\"",
                  "description": "Shared build steps configuration",
                  "available": true
                }
                """)
            .respondExample(201, "pipeline-templates-create.json")
            .check(PipelineTemplate.class, template -> {
              documentedTemplate().accept(template);
              assertThat(template.available()).contains(true);
            }),

        Scenario.of("createPipelineTemplate").label("name and configuration only")
            .call(c -> c.pipelineTemplates().createPipelineTemplate(ORG, CreatePipelineTemplateRequest.builder()
                .name("Deploy template")
                .configuration("steps:\n  - command: deploy.sh")
                .build()))
            .path(BASE)
            .jsonBody("{\"name\": \"Deploy template\", \"configuration\": \"steps:\\n  - command: deploy.sh\"}")
            .respond(201, """
                {
                  "uuid": "018b1f3e-6a2c-7c41-9d0e-4b7a2f1c9e55",
                  "graphql_id": "UGlwZWxpbmVUZW1wbGF0ZS0tLTAxOGIxZjNlLTZhMmMtN2M0MS05ZDBlLTRiN2EyZjFjOWU1NQ==",
                  "name": "Deploy template",
                  "description": null,
                  "configuration": "steps:\\n  - command: deploy.sh",
                  "available": false,
                  "url": "https://api.buildkite.com/v2/organizations/acme-inc/pipeline-templates/018b1f3e-6a2c-7c41-9d0e-4b7a2f1c9e55",
                  "web_url": "https://buildkite.com/organizations/acme-inc/pipeline-templates/018b1f3e-6a2c-7c41-9d0e-4b7a2f1c9e55",
                  "created_at": "2024-02-01T09:30:00.000Z",
                  "created_by": {"id": "3d3c3bf0-7d58-4afe-8fe7-b3017d5504de", "name": "Sam Kim"},
                  "updated_at": "2024-02-01T09:30:00.000Z",
                  "updated_by": null
                }
                """)
            .check(PipelineTemplate.class, template -> {
              assertThat(template.uuid()).isEqualTo("018b1f3e-6a2c-7c41-9d0e-4b7a2f1c9e55");
              assertThat(template.description()).isEmpty();
              assertThat(template.available()).contains(false);
              assertThat(template.configuration()).contains("steps:\n  - command: deploy.sh");
              assertThat(template.createdBy()).hasValueSatisfying(user -> assertThat(user.name()).contains("Sam Kim"));
              assertThat(template.updatedBy()).isEmpty();
            }),

        Scenario.of("updatePipelineTemplate")
            .call(c -> c.pipelineTemplates().updatePipelineTemplate(ORG, TEMPLATE,
                UpdatePipelineTemplateRequest.builder().available(true).build()))
            .path(BASE + "/" + TEMPLATE)
            .jsonBody("{\"available\": true}")
            .respondExample(200, "pipeline-templates-update.json")
            .check(PipelineTemplate.class, template -> {
              documentedTemplate().accept(template);
              assertThat(template.available()).contains(true);
            }),

        Scenario.of("updatePipelineTemplate").label("rename, new configuration and description, withdraw (false is sent)")
            .call(c -> c.pipelineTemplates().updatePipelineTemplate(ORG, TEMPLATE,
                UpdatePipelineTemplateRequest.builder()
                    .name("Build template")
                    .description("Shared build steps configuration")
                    .configuration(YAML)
                    .available(false)
                    .build()))
            .path(BASE + "/" + TEMPLATE)
            .jsonBody("""
                {
                  "name": "Build template",
                  "description": "Shared build steps configuration",
                  "configuration": "steps:\\n  - label: \\":hammer: Build\\"\\n    command: \\"scripts/build.sh\\"",
                  "available": false
                }
                """)
            .respondExample(200, "pipeline-templates-get.json")
            .check(PipelineTemplate.class, template -> assertThat(template.available()).contains(false)),

        Scenario.of("deletePipelineTemplate")
            .run(c -> c.pipelineTemplates().deletePipelineTemplate(ORG, TEMPLATE))
            .path(BASE + "/" + TEMPLATE)
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("deletePipelineTemplate").label("refused while pipelines use it")
            .call(c -> catchThrowable(() -> c.pipelineTemplates().deletePipelineTemplate(ORG, TEMPLATE)))
            .path(BASE + "/" + TEMPLATE)
            .respond(422, "{\"message\": \"Pipeline template is still assigned to 3 pipelines\"}")
            .check(Throwable.class, thrown -> {
              assertThat(thrown).isInstanceOf(UnprocessableEntityException.class);
              assertThat(((UnprocessableEntityException) thrown).apiMessage())
                  .contains("Pipeline template is still assigned to 3 pipelines");
            })
    );
  }
}
