package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.linkHeader;
import static io.github.bksdk.buildkite.tests.Scenarios.pageLink;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.CreatePipelineRequest;
import io.github.bksdk.buildkite.model.GithubWebhookState;
import io.github.bksdk.buildkite.model.Pipeline;
import io.github.bksdk.buildkite.model.PipelineStep;
import io.github.bksdk.buildkite.model.PipelineStepType;
import io.github.bksdk.buildkite.model.PipelineTeamAccessLevel;
import io.github.bksdk.buildkite.model.PipelineVisibility;
import io.github.bksdk.buildkite.model.ProviderSettings;
import io.github.bksdk.buildkite.model.ProviderTriggerMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Pipelines, including the path-encoding scenarios. */
final class PipelineScenarios {
  private static final String ORG = "acme-inc";
  private static final String SLUG = "my-pipeline";
  private static final String BASE = "/v2/organizations/acme-inc/pipelines";
  private static final UUID CLUSTER = UUID.fromString("b7c9bc4f-526f-4c18-a3be-dc854ab75d57");
  private static final String TEAM = "3a7d6a1e-1f5f-4f0e-9c1b-3f1e8f2d4c5b";

  private PipelineScenarios() {}

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listPipelines")
            .call(c -> c.pipelines().listPipelines(ORG))
            .path(BASE)
            .respondExample(200, "pipelines-list.json")
            .responseHeader("Link", linkHeader(BASE, 1, 2, 7))
            .checkPage(Pipeline.class, page -> {
              assertThat(page.items()).hasSize(1);
              Pipeline pipeline = page.items().get(0);
              assertThat(pipeline.id()).isEqualTo("849411f9-9e6d-4739-a0d8-e247088e9b52");
              assertThat(pipeline.slug()).isEqualTo("my-pipeline");
              assertThat(pipeline.name()).isEqualTo("My Pipeline");
              assertThat(pipeline.createdAt()).contains(ts("2013-09-03T13:24:38Z"));
              assertThat(pipeline.visibility()).contains(PipelineVisibility.PRIVATE);
              assertThat(page.links().next()).contains(pageLink(BASE, 2));
              assertThat(page.links().last()).contains(pageLink(BASE, 7));
            }),

        Scenario.of("listPipelines").label("name, repository, page, per_page")
            .call(c -> c.pipelines().listPipelines(ORG, ListPipelinesParams.builder()
                .name("My Pipeline")
                .repository("git@github.com:acme-inc/my-pipeline.git")
                .page(2)
                .perPage(25)
                .build()))
            .path(BASE)
            .query("name", "My Pipeline")
            .query("repository", "git@github.com:acme-inc/my-pipeline.git")
            .query("page", "2")
            .query("per_page", "25")
            .respondExample(200, "pipelines-list.json")
            .responseHeader("Link", linkHeader(BASE + "?per_page=25", 1, 3, 3))
            .checkPage(Pipeline.class, page -> {
              assertThat(page.items()).extracting(Pipeline::repository)
                  .containsExactly(java.util.Optional.of("git@github.com:acme-inc/my-pipeline.git"));
              assertThat(page.links().prev()).contains(pageLink(BASE + "?per_page=25", 1));
              assertThat(page.links().next()).contains(pageLink(BASE + "?per_page=25", 3));
            }),

        Scenario.of("createPipeline").label("YAML configuration")
            .call(c -> c.pipelines().createPipeline(ORG, CreatePipelineRequest.builder()
                .name("My Pipeline X")
                .clusterId(CLUSTER)
                .repository("git@github.com:acme-inc/my-pipeline.git")
                .configuration("env:\n \"FOO\": \"bar\"\n\"steps\":\n - command: \"script/release.sh\"\n   \"name\": \"Build :package:\"")
                .allowRebuilds(true)
                .defaultBranch("main")
                .description("Releases the app")
                .tags(List.of("release", "backend"))
                .teams(Map.of(TEAM, PipelineTeamAccessLevel.MANAGE_BUILD_AND_READ))
                .visibility(PipelineVisibility.PRIVATE)
                .providerSettings(ProviderSettings.builder()
                    .triggerMode(ProviderTriggerMode.CODE)
                    .buildPullRequests(true)
                    .publishCommitStatus(true)
                    .build())
                .build()))
            .path(BASE)
            .jsonBody("""
                {
                  "name": "My Pipeline X",
                  "cluster_id": "b7c9bc4f-526f-4c18-a3be-dc854ab75d57",
                  "repository": "git@github.com:acme-inc/my-pipeline.git",
                  "configuration": "env:\\n \\"FOO\\": \\"bar\\"\\n\\"steps\\":\\n - command: \\"script/release.sh\\"\\n   \\"name\\": \\"Build :package:\\"",
                  "allow_rebuilds": true,
                  "default_branch": "main",
                  "description": "Releases the app",
                  "tags": ["release", "backend"],
                  "teams": {"3a7d6a1e-1f5f-4f0e-9c1b-3f1e8f2d4c5b": "manage_build_and_read"},
                  "visibility": "private",
                  "provider_settings": {
                    "trigger_mode": "code",
                    "build_pull_requests": true,
                    "publish_commit_status": true
                  }
                }
                """)
            .respondExample(201, "pipelines-create.json")
            .check(Pipeline.class, pipeline -> {
              assertThat(pipeline.id()).isEqualTo("ad93b461-96ab-4a1e-9281-260ead506a0e");
              assertThat(pipeline.slug()).isEqualTo("my-pipeline-x");
              assertThat(pipeline.name()).isEqualTo("My Pipeline X");
              assertThat(pipeline.description()).isEmpty();
              assertThat(pipeline.clusterId()).isEmpty();
              assertThat(pipeline.allowRebuilds()).contains(true);
              assertThat(pipeline.env()).containsExactly(Map.entry("FOO", "bar"));
              assertThat(pipeline.tags()).isEmpty();
              assertThat(pipeline.configuration()).hasValueSatisfying(yaml -> assertThat(yaml)
                  .startsWith("env:\n").contains("command: \"script/release.sh\""));
              assertThat(pipeline.createdBy()).hasValueSatisfying(user -> assertThat(user.name()).contains("Sam Wright"));
              assertThat(pipeline.createdAt()).contains(ts("2021-05-06T14:54:21.088Z"));
              assertThat(pipeline.provider()).hasValueSatisfying(provider -> {
                assertThat(provider.id()).contains("github");
                assertThat(provider.settings()).hasValueSatisfying(settings -> {
                  assertThat(settings.triggerMode()).contains(ProviderTriggerMode.CODE);
                  assertThat(settings.skipPullRequestBuildsForExistingCommits()).contains(true);
                  assertThat(settings.repository()).contains("acme-inc/my-pipeline");
                });
              });
              assertThat(pipeline.steps()).hasSize(1);
              assertThat(pipeline.steps().get(0).type()).isEqualTo(PipelineStepType.SCRIPT);
              assertThat(pipeline.steps().get(0).command()).contains("script/release.sh");
            }),

        // What the real API accepted (201): no cluster_id, teams given by the older team_uuids. The answer has the
        // shape recorded responses show: null-valued step fields, a waiter step, plugins on a command step.
        Scenario.of("createPipeline").label("without cluster_id, with team_uuids, real response shape")
            .call(c -> c.pipelines().createPipeline(ORG, CreatePipelineRequest.builder()
                .name("My pipeline")
                .repository("git@github.com:acme/pipeline.git")
                .teamUuids(List.of(UUID.fromString(TEAM)))
                .steps(List.of(PipelineStep.builder().type(PipelineStepType.SCRIPT).name("Build")
                    .command("script/build.sh").build()))
                .build()))
            .path(BASE)
            .jsonBody("""
                {"name": "My pipeline", "repository": "git@github.com:acme/pipeline.git",
                 "team_uuids": ["3a7d6a1e-1f5f-4f0e-9c1b-3f1e8f2d4c5b"],
                 "steps": [{"type": "script", "name": "Build", "command": "script/build.sh"}]}
                """)
            .respond(201, """
                {"id": "5f0b7e7e-2a43-4bb7-9d0e-51c1d4a9e0a1",
                 "url": "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline",
                 "web_url": "https://buildkite.com/my-great-org/my-pipeline", "name": "My pipeline",
                 "slug": "my-pipeline", "repository": "git@github.com:acme/pipeline.git", "cluster_id": null,
                 "emoji": null, "color": null, "default_command_step_timeout": null,
                 "maximum_command_step_timeout": null, "created_at": "2016-11-08T19:22:51.390Z",
                 "steps": [
                   {"type": "script", "name": "Build", "command": "script/build.sh", "artifact_paths": null,
                    "branch_configuration": null, "env": {}, "timeout_in_minutes": null, "agent_query_rules": [],
                    "concurrency": null, "parallelism": null,
                    "plugins": [{"docker#v5.11.0": {"image": "node:22"}}]},
                   {"type": "waiter", "continue_after_failure": true}],
                 "env": {}, "scheduled_builds_count": 0, "running_builds_count": 0, "scheduled_jobs_count": 0,
                 "running_jobs_count": 0, "waiting_jobs_count": 0}
                """)
            .check(Pipeline.class, pipeline -> {
              assertThat(pipeline.clusterId()).isEmpty();
              assertThat(pipeline.emoji()).isEmpty();
              assertThat(pipeline.defaultCommandStepTimeout()).isEmpty();
              assertThat(pipeline.steps()).hasSize(2);
              assertThat(pipeline.steps().get(0).plugins()).hasValueSatisfying(plugins ->
                  assertThat(plugins).isInstanceOf(List.class));
              assertThat(pipeline.steps().get(1).type()).isEqualTo(PipelineStepType.WAITER);
              assertThat(pipeline.steps().get(1).continueAfterFailure()).contains(true);
            }),

        Scenario.of("createPipeline").label("visual steps")
            .call(c -> c.pipelines().createPipeline(ORG, CreatePipelineRequest.builder()
                .name("My Pipeline")
                .clusterId(CLUSTER)
                .repository("git@github.com:acme-inc/my-pipeline.git")
                .steps(List.of(
                    PipelineStep.builder().type(PipelineStepType.SCRIPT).name("Build :package:")
                        .command("script/release.sh").build(),
                    PipelineStep.builder().type(PipelineStepType.WAITER).build(),
                    PipelineStep.builder().type(PipelineStepType.SCRIPT).name("Test :wrench:")
                        .command("script/release.sh").artifactPaths("log/*").build(),
                    PipelineStep.builder().type(PipelineStepType.MANUAL).label("Deploy").build(),
                    PipelineStep.builder().type(PipelineStepType.SCRIPT).name("Release :rocket:")
                        .command("script/release.sh").branchConfiguration("main")
                        .env(Map.of("AMAZON_S3_BUCKET_NAME", "my-pipeline-releases"))
                        .timeoutInMinutes(10).agentQueryRules(List.of("aws=true")).build(),
                    PipelineStep.builder().type(PipelineStepType.TRIGGER).label("Deploy :ship:")
                        .triggerProjectSlug("deploy").triggerCommit("HEAD").triggerBranch("main").triggerAsync(true)
                        .build()))
                .build()))
            .path(BASE)
            .jsonBody("""
                {
                  "name": "My Pipeline",
                  "cluster_id": "b7c9bc4f-526f-4c18-a3be-dc854ab75d57",
                  "repository": "git@github.com:acme-inc/my-pipeline.git",
                  "steps": [
                    {"type": "script", "name": "Build :package:", "command": "script/release.sh"},
                    {"type": "waiter"},
                    {"type": "script", "name": "Test :wrench:", "command": "script/release.sh", "artifact_paths": "log/*"},
                    {"type": "manual", "label": "Deploy"},
                    {"type": "script", "name": "Release :rocket:", "command": "script/release.sh",
                     "branch_configuration": "main", "env": {"AMAZON_S3_BUCKET_NAME": "my-pipeline-releases"},
                     "timeout_in_minutes": 10, "agent_query_rules": ["aws=true"]},
                    {"type": "trigger", "label": "Deploy :ship:", "trigger_project_slug": "deploy",
                     "trigger_commit": "HEAD", "trigger_branch": "main", "trigger_async": true}
                  ]
                }
                """)
            .respondExample(201, "pipelines-create-visual-steps.json")
            .check(Pipeline.class, pipeline -> {
              assertThat(pipeline.id()).isEqualTo("14e9501c-69fe-4cda-ae07-daea9ca3afd3");
              assertThat(pipeline.createdAt()).contains(ts("2018-08-15T05:47:45.813Z"));
              assertThat(pipeline.steps()).extracting(PipelineStep::type).containsExactly(
                  PipelineStepType.SCRIPT, PipelineStepType.WAITER, PipelineStepType.SCRIPT,
                  PipelineStepType.MANUAL, PipelineStepType.SCRIPT, PipelineStepType.TRIGGER);
              PipelineStep release = pipeline.steps().get(4);
              assertThat(release.env()).containsEntry("AMAZON_S3_BUCKET_NAME", "my-pipeline-releases");
              assertThat(release.timeoutInMinutes()).contains(10);
              assertThat(release.agentQueryRules()).containsExactly("aws=true");
              assertThat(release.branchConfiguration()).contains("main");
              assertThat(pipeline.steps().get(3).label()).contains("Deploy");
              PipelineStep trigger = pipeline.steps().get(5);
              assertThat(trigger.pipeline()).contains("deploy");
              assertThat(trigger.async()).contains(true);
              assertThat(trigger.build()).hasValueSatisfying(build -> {
                assertThat(build.branch()).contains("main");
                assertThat(build.commit()).contains("HEAD");
                assertThat(build.message()).isEmpty();
                assertThat(build.env()).isEmpty();
              });
            }),

        Scenario.of("getPipeline")
            .call(c -> c.pipelines().getPipeline(ORG, SLUG))
            .path(BASE + "/my-pipeline")
            .respondExample(200, "pipelines-get.json")
            .check(Pipeline.class, pipeline -> {
              assertThat(pipeline.id()).isEqualTo("849411f9-9e6d-4739-a0d8-e247088e9b52");
              assertThat(pipeline.url()).isEqualTo("https://api.buildkite.com/v2/organizations/acme-inc/pipelines/my-pipeline");
              assertThat(pipeline.webUrl()).contains("https://buildkite.com/acme-inc/my-pipeline");
              assertThat(pipeline.name()).isEqualTo("My Pipeline");
              assertThat(pipeline.description()).contains("This pipeline is amazing! :tada:");
              assertThat(pipeline.repository()).contains("git@github.com:acme-inc/my-pipeline.git");
              assertThat(pipeline.branchConfiguration()).isEmpty();
              assertThat(pipeline.defaultBranch()).contains("main");
              assertThat(pipeline.skipQueuedBranchBuilds()).contains(false);
              assertThat(pipeline.provider()).hasValueSatisfying(provider -> {
                assertThat(provider.id()).contains("github");
                assertThat(provider.webhookUrl()).contains("https://webhook.buildkite.com/deliver/xxx");
                assertThat(provider.settings()).hasValueSatisfying(settings -> {
                  assertThat(settings.publishCommitStatus()).contains(true);
                  assertThat(settings.buildPullRequestForks()).contains(false);
                  assertThat(settings.triggerMode()).contains(ProviderTriggerMode.CODE);
                });
              });
              assertThat(pipeline.badgeUrl())
                  .contains("https://badge.buildkite.com/58b3da999635d0ad2daae5f784e56d264343eb02526f129bfb.svg");
              assertThat(pipeline.createdBy()).hasValueSatisfying(user -> {
                assertThat(user.id()).isEqualTo("3d3c3bf0-7d58-4afe-8fe7-b3017d5504de");
                assertThat(user.email()).contains("keith@buildkite.com");
                assertThat(user.createdAt()).contains(ts("2013-08-29T10:10:03.000Z"));
              });
              assertThat(pipeline.createdAt()).contains(ts("2013-09-03T13:24:38Z"));
              assertThat(pipeline.archivedAt()).isEmpty();
              assertThat(pipeline.runningBuildsCount()).contains(0);
              assertThat(pipeline.visibility().map(PipelineVisibility::asString)).contains("private");
              assertThat(pipeline.steps()).hasSize(1);
              PipelineStep step = pipeline.steps().get(0);
              assertThat(step.type()).isEqualTo(PipelineStepType.SCRIPT);
              assertThat(step.name()).contains("Test :white_check_mark:");
              assertThat(step.command()).contains("script/test.sh");
              assertThat(step.artifactPaths()).contains("results/*");
              assertThat(step.branchConfiguration()).contains("main feature/*");
              assertThat(step.timeoutInMinutes()).isEmpty();
              assertThat(pipeline.env()).isEmpty();
            }),

        Scenario.of("getPipeline").label("slug with / ? # and a space")
            .call(c -> c.pipelines().getPipeline(ORG, "team/app?x#y z"))
            .path(BASE + "/team%2Fapp%3Fx%23y%20z")
            .respondExample(200, "pipelines-get.json")
            .check(Pipeline.class, pipeline -> assertThat(pipeline.id()).isEqualTo("849411f9-9e6d-4739-a0d8-e247088e9b52")),

        Scenario.of("getPipeline").label("slug ..")
            .call(c -> c.pipelines().getPipeline(ORG, ".."))
            .path(BASE + "/%2E%2E")
            .respondExample(200, "pipelines-get.json")
            .check(Pipeline.class, pipeline -> assertThat(pipeline.slug()).isEqualTo("my-pipeline")),

        Scenario.of("updatePipeline")
            .call(c -> c.pipelines().updatePipeline(ORG, SLUG, io.github.bksdk.buildkite.model.UpdatePipelineRequest.builder()
                .repository("git@github.com:acme-inc/new-repo.git")
                .configuration("steps:\n  - command: \"new.sh\"\n    agents:\n    - \"something=true\"")
                .branchConfiguration("main")
                .description(null)
                .build()))
            .path(BASE + "/my-pipeline")
            .jsonBody("""
                {
                  "repository": "git@github.com:acme-inc/new-repo.git",
                  "configuration": "steps:\\n  - command: \\"new.sh\\"\\n    agents:\\n    - \\"something=true\\"",
                  "branch_configuration": "main",
                  "description": null
                }
                """)
            .respondExample(200, "pipelines-update.json")
            .check(Pipeline.class, pipeline -> {
              assertThat(pipeline.id()).isEqualTo("14e9501c-69fe-4cda-ae07-daea9ca3afd3");
              assertThat(pipeline.repository()).contains("git@github.com:acme-inc/new-repo.git");
              assertThat(pipeline.branchConfiguration()).contains("main");
              assertThat(pipeline.description()).isEmpty();
              assertThat(pipeline.createdAt()).contains(ts("2015-03-01T06:44:40Z"));
              assertThat(pipeline.configuration())
                  .contains("steps:\n  - command: \"new.sh\"\n    agents:\n    - \"something=true\"");
              assertThat(pipeline.provider().flatMap(p -> p.settings()).flatMap(s -> s.repository()))
                  .contains("acme-inc/new-repo");
              assertThat(pipeline.steps()).hasSize(1);
              assertThat(pipeline.steps().get(0).name()).isEmpty();
              assertThat(pipeline.steps().get(0).command()).contains("new.sh");
              assertThat(pipeline.steps().get(0).agentQueryRules()).containsExactly("myqueue=true");
            }),

        Scenario.of("updatePipeline").label("clear nullable fields, set teams and visibility")
            .call(c -> {
              Map<String, PipelineTeamAccessLevel> teams = new LinkedHashMap<>();
              teams.put(TEAM, PipelineTeamAccessLevel.BUILD_AND_READ);
              return c.pipelines().updatePipeline(ORG, SLUG, io.github.bksdk.buildkite.model.UpdatePipelineRequest.builder()
                  .clusterId(CLUSTER)
                  .cloneMirrorUrl(null)
                  .pipelineTemplateUuid(null)
                  .skipQueuedBranchBuilds(true)
                  .skipQueuedBranchBuildsFilter("!main")
                  .cancelRunningBranchBuilds(true)
                  .cancelRunningBranchBuildsFilter(null)
                  .defaultCommandStepTimeout(30)
                  .maximumCommandStepTimeout(120)
                  .env(Map.of("DEPLOY_ENV", "staging"))
                  .tags(List.of("backend"))
                  .teams(teams)
                  .visibility(PipelineVisibility.PUBLIC)
                  .build());
            })
            .path(BASE + "/my-pipeline")
            .jsonBody("""
                {
                  "cluster_id": "b7c9bc4f-526f-4c18-a3be-dc854ab75d57",
                  "clone_mirror_url": null,
                  "pipeline_template_uuid": null,
                  "skip_queued_branch_builds": true,
                  "skip_queued_branch_builds_filter": "!main",
                  "cancel_running_branch_builds": true,
                  "cancel_running_branch_builds_filter": null,
                  "default_command_step_timeout": 30,
                  "maximum_command_step_timeout": 120,
                  "env": {"DEPLOY_ENV": "staging"},
                  "tags": ["backend"],
                  "teams": {"3a7d6a1e-1f5f-4f0e-9c1b-3f1e8f2d4c5b": "build_and_read"},
                  "visibility": "public"
                }
                """)
            .respondExample(200, "pipelines-update.json")
            .check(Pipeline.class, pipeline -> {
              assertThat(pipeline.slug()).isEqualTo("my-pipeline");
              assertThat(pipeline.visibility()).contains(PipelineVisibility.PRIVATE);
              assertThat(pipeline.archivedAt()).isEmpty();
            }),

        Scenario.of("deletePipeline")
            .run(c -> c.pipelines().deletePipeline(ORG, SLUG))
            .path(BASE + "/my-pipeline")
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("deletePipeline").label("with response")
            .call(c -> c.pipelines().deletePipelineWithResponse(ORG, "old-pipeline", RequestOptions.none()))
            .path(BASE + "/old-pipeline")
            .respond(204, null)
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(204);
              assertThat(response.value()).isNull();
            }),

        Scenario.of("archivePipeline")
            .call(c -> c.pipelines().archivePipeline(ORG, SLUG))
            .path(BASE + "/my-pipeline/archive")
            .respondExample(200, "pipelines-archive.json")
            .check(Pipeline.class, pipeline -> {
              assertThat(pipeline.id()).isEqualTo("14e9501c-69fe-4cda-ae07-daea9ca3afd3");
              assertThat(pipeline.archivedAt()).contains(ts("2021-06-01T08:23:35Z"));
              assertThat(pipeline.branchConfiguration()).contains("main");
            }),

        Scenario.of("unarchivePipeline")
            .call(c -> c.pipelines().unarchivePipeline(ORG, SLUG))
            .path(BASE + "/my-pipeline/unarchive")
            .respondExample(200, "pipelines-unarchive.json")
            .check(Pipeline.class, pipeline -> {
              assertThat(pipeline.id()).isEqualTo("14e9501c-69fe-4cda-ae07-daea9ca3afd3");
              assertThat(pipeline.archivedAt()).isEmpty();
              assertThat(pipeline.createdAt()).contains(ts("2015-03-01T06:44:40Z"));
            }),

        Scenario.of("createPipelineWebhook")
            .run(c -> c.pipelines().createPipelineWebhook(ORG, SLUG))
            .path(BASE + "/my-pipeline/webhook")
            .respond(201, null)
            .returnsNothing(),

        Scenario.of("createPipelineWebhook").label("with response")
            .call(c -> c.pipelines().createPipelineWebhookWithResponse(ORG, SLUG, RequestOptions.none()))
            .path(BASE + "/my-pipeline/webhook")
            .respond(201, null)
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(201);
              assertThat(response.value()).isNull();
            }),

        Scenario.of("getGithubWebhookState")
            .call(c -> c.pipelines().getGithubWebhookState(ORG, SLUG))
            .path(BASE + "/my-pipeline/github-webhooks")
            .respondExample(200, "pipelines-github-webhooks-get.json")
            .check(GithubWebhookState.class, state -> {
              assertThat(state.enabled()).isTrue();
              assertThat(state.url())
                  .contains("https://api.buildkite.com/v2/organizations/acme-inc/pipelines/my-pipeline/github-webhooks");
              assertThat(state.disabledAt()).isEmpty();
              assertThat(state.disabledBy()).isEmpty();
            }),

        Scenario.of("enableGithubWebhooks")
            .call(c -> c.pipelines().enableGithubWebhooks(ORG, SLUG))
            .path(BASE + "/my-pipeline/github-webhooks")
            .respondExample(200, "pipelines-github-webhooks-enable.json")
            .check(GithubWebhookState.class, state -> {
              assertThat(state.enabled()).isTrue();
              assertThat(state.disabledAt()).isEmpty();
            }),

        Scenario.of("disableGithubWebhooks")
            .call(c -> c.pipelines().disableGithubWebhooks(ORG, SLUG))
            .path(BASE + "/my-pipeline/github-webhooks")
            .respondExample(200, "pipelines-github-webhooks-disable.json")
            .check(GithubWebhookState.class, state -> {
              assertThat(state.enabled()).isFalse();
              assertThat(state.disabledAt()).contains(ts("2024-01-15T09:30:00.000Z"));
              assertThat(state.disabledBy()).contains("Jane Doe");
            })
    );
  }
}
