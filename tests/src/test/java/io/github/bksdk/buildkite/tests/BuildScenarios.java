package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.PIPELINE;
import static io.github.bksdk.buildkite.tests.Scenarios.linkHeader;
import static io.github.bksdk.buildkite.tests.Scenarios.pageLink;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.model.AgentConnectionState;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.BuildAuthor;
import io.github.bksdk.buildkite.model.BuildSource;
import io.github.bksdk.buildkite.model.BuildState;
import io.github.bksdk.buildkite.model.BuildStateFilter;
import io.github.bksdk.buildkite.model.CreateBuildRequest;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobRetryType;
import io.github.bksdk.buildkite.model.JobState;
import io.github.bksdk.buildkite.model.JobType;
import io.github.bksdk.buildkite.model.RetryFailedJobsRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds: the three build lists with every filter, create, get, cancel, rebuild, retry failed jobs. */
final class BuildScenarios {
  private static final String BUILDS = "/v2/organizations/my-great-org/pipelines/my-pipeline/builds";
  private static final UUID CREATOR = UUID.fromString("3d3c3bf0-7d58-4afe-8fe7-b3017d5504de");
  private static final String SHA_1 = "abcd0b72a1e580e90712cdd9eb26d3fb41cd09c8";
  private static final String SHA_2 = "3e4a1f0d9c2b8a7e6f5d4c3b2a1908f7e6d5c4b3";

  /** A build as the lists send it with exclude_jobs and exclude_pipeline: no jobs, no pipeline. */
  private static final String SLIM_BUILDS = """
      [
        {
          "id": "0190a5d1-3c4e-4f7b-9a2d-8e6f1b2c3d4e",
          "graphql_id": "QnVpbGQtLS0wMTkwYTVkMS0zYzRlLTRmN2ItOWEyZC04ZTZmMWIyYzNkNGU=",
          "url": "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/builds/42",
          "web_url": "https://buildkite.com/my-great-org/my-pipeline/builds/42",
          "number": 42,
          "state": "failed",
          "blocked": false,
          "cancel_reason": null,
          "message": "Merge pull request #1234 from acme/feature/x",
          "commit": "abcd0b72a1e580e90712cdd9eb26d3fb41cd09c8",
          "branch": "main",
          "env": {},
          "source": "webhook",
          "created_at": "2024-01-10T09:00:00.000Z",
          "scheduled_at": "2024-01-10T09:00:01.000Z",
          "started_at": "2024-01-10T09:00:05.000Z",
          "failing_at": "2024-01-10T09:07:00.000Z",
          "finished_at": "2024-01-10T09:12:34.567Z",
          "meta_data": {"env": "prod", "release": "2024.1"},
          "pull_request": null,
          "merge_queue": null,
          "rebuilt_from": null
        }
      ]
      """;

  private BuildScenarios() {}

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listAllBuilds")
            .call(c -> c.builds().listAllBuilds())
            .path("/v2/builds")
            .respond(200, SLIM_BUILDS)
            .responseHeader("Link", linkHeader("/v2/builds", 1, 2, 40))
            .checkPage(Build.class, page -> {
              assertThat(page.items()).hasSize(1);
              Build build = page.items().get(0);
              assertThat(build.number()).isEqualTo(42);
              assertThat(build.state()).isEqualTo(BuildState.FAILED);
              assertThat(build.failingAt()).contains(ts("2024-01-10T09:07:00Z"));
              assertThat(build.finishedAt()).contains(ts("2024-01-10T09:12:34.567Z"));
              assertThat(build.jobs()).isEmpty();
              assertThat(build.pipeline()).isEmpty();
              assertThat(build.pullRequest()).isEmpty();
              assertThat(page.links().next()).contains(pageLink("/v2/builds", 2));
              assertThat(page.links().last()).contains(pageLink("/v2/builds", 40));
            }),

        Scenario.of("listAllBuilds").label("every filter")
            .call(c -> c.builds().listAllBuilds(ListAllBuildsParams.builder()
                .branch("main", "feature/x y")
                .commit(SHA_1, SHA_2)
                .createdFrom(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .createdTo(OffsetDateTime.of(2024, 2, 1, 12, 30, 45, 500_000_000, ZoneOffset.ofHours(1)))
                .creator(CREATOR)
                .excludeJobs(true)
                .excludePipeline(true)
                .finishedFrom(OffsetDateTime.of(2024, 1, 2, 8, 15, 0, 0, ZoneOffset.UTC))
                .includePaused(false)
                .includeRetriedJobs(true)
                .putMetaData("env", "prod")
                .putMetaData("release", "2024.1")
                .state(BuildStateFilter.PASSED, BuildStateFilter.FAILED)
                .page(3)
                .perPage(100)
                .build()))
            .path("/v2/builds")
            .query("branch[]", "main")
            .query("branch[]", "feature/x y")
            .query("commit[]", SHA_1)
            .query("commit[]", SHA_2)
            .query("created_from", "2024-01-01T00:00:00Z")
            .query("created_to", "2024-02-01T12:30:45.5+01:00")
            .query("creator", "3d3c3bf0-7d58-4afe-8fe7-b3017d5504de")
            .query("exclude_jobs", "true")
            .query("exclude_pipeline", "true")
            .query("finished_from", "2024-01-02T08:15:00Z")
            .query("include_paused", "false")
            .query("include_retried_jobs", "true")
            .query("meta_data[env]", "prod")
            .query("meta_data[release]", "2024.1")
            .query("state[]", "passed")
            .query("state[]", "failed")
            .query("page", "3")
            .query("per_page", "100")
            .respond(200, SLIM_BUILDS)
            .checkPage(Build.class, page -> {
              assertThat(page.items()).extracting(Build::number).containsExactly(42);
              assertThat(page.items().get(0).metaData()).containsEntry("env", "prod").containsEntry("release", "2024.1");
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listBuildsForOrganization")
            .call(c -> c.builds().listBuildsForOrganization(ORG))
            .path("/v2/organizations/my-great-org/builds")
            .respond(200, SLIM_BUILDS)
            .responseHeader("Link", linkHeader("/v2/organizations/my-great-org/builds", 1, 2, 5))
            .checkPage(Build.class, page -> {
              Build build = page.items().get(0);
              assertThat(build.id()).isEqualTo("0190a5d1-3c4e-4f7b-9a2d-8e6f1b2c3d4e");
              assertThat(build.branch()).contains("main");
              assertThat(build.source()).contains(BuildSource.WEBHOOK);
              assertThat(build.createdAt()).contains(ts("2024-01-10T09:00:00Z"));
              assertThat(page.links().next()).contains(pageLink("/v2/organizations/my-great-org/builds", 2));
            }),

        Scenario.of("listBuildsForOrganization").label("every filter")
            .call(c -> c.builds().listBuildsForOrganization(ORG, ListBuildsForOrganizationParams.builder()
                .branch("release/*")
                .commit(SHA_1)
                .createdFrom(OffsetDateTime.of(2024, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .createdTo(OffsetDateTime.of(2024, 3, 31, 23, 59, 59, 0, ZoneOffset.UTC))
                .creator(CREATOR)
                .excludeJobs(false)
                .excludePipeline(true)
                .finishedFrom(OffsetDateTime.of(2024, 3, 2, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(-5, -30)))
                .includePaused(true)
                .includeRetriedJobs(false)
                .putMetaData("team", "payments & billing")
                .state(BuildStateFilter.FINISHED)
                .page(1)
                .perPage(30)
                .build()))
            .path("/v2/organizations/my-great-org/builds")
            .query("branch[]", "release/*")
            .query("commit[]", SHA_1)
            .query("created_from", "2024-03-01T00:00:00Z")
            .query("created_to", "2024-03-31T23:59:59Z")
            .query("creator", "3d3c3bf0-7d58-4afe-8fe7-b3017d5504de")
            .query("exclude_jobs", "false")
            .query("exclude_pipeline", "true")
            .query("finished_from", "2024-03-02T00:00:00-05:30")
            .query("include_paused", "true")
            .query("include_retried_jobs", "false")
            .query("meta_data[team]", "payments & billing")
            .query("state[]", "finished")
            .query("page", "1")
            .query("per_page", "30")
            .respond(200, SLIM_BUILDS)
            .checkPage(Build.class, page -> {
              assertThat(page.items()).hasSize(1);
              assertThat(page.items().get(0).state().asString()).isEqualTo("failed");
            }),

        Scenario.of("listBuildsForPipeline")
            .call(c -> c.builds().listBuildsForPipeline(ORG, PIPELINE))
            .path(BUILDS)
            .respondExample(200, "builds-list-for-pipeline.json")
            .responseHeader("Link", linkHeader(BUILDS, 1, 2, 3))
            .checkPage(Build.class, page -> {
              assertThat(page.items()).hasSize(1);
              Build build = page.items().get(0);
              assertThat(build.id()).isEqualTo("f62a1b4d-10f9-4790-bc1c-e2c3a0c80983");
              assertThat(build.number()).isEqualTo(1);
              assertThat(build.state()).isEqualTo(BuildState.PASSED);
              assertThat(build.cancelReason()).contains("reason for a canceled build");
              assertThat(build.rebuiltFrom()).isEmpty();
              assertThat(build.jobs()).hasSize(1);
              assertThat(build.jobs().get(0).agent()).hasValueSatisfying(agent -> {
                assertThat(agent.id()).isEqualTo("0b461f65-e7be-4c80-888a-ef11d81fd971");
                assertThat(agent.name()).contains("my-agent-123");
              });
              assertThat(build.pipeline()).hasValueSatisfying(pipeline -> {
                assertThat(pipeline.slug()).isEqualTo("great-pipeline");
                assertThat(pipeline.provider().flatMap(p -> p.settings()).flatMap(s -> s.publishBlockedAsPending()))
                    .contains(false);
              });
              assertThat(page.links().first()).contains(pageLink(BUILDS, 1));
              assertThat(page.links().next()).contains(pageLink(BUILDS, 2));
              assertThat(page.links().last()).contains(pageLink(BUILDS, 3));
            }),

        Scenario.of("listBuildsForPipeline").label("every filter")
            .call(c -> c.builds().listBuildsForPipeline(ORG, PIPELINE, ListBuildsForPipelineParams.builder()
                .branch("main", "feature/x y")
                .commit(SHA_1, SHA_2)
                .createdFrom(OffsetDateTime.of(2015, 5, 9, 0, 0, 0, 0, ZoneOffset.UTC))
                .createdTo(OffsetDateTime.of(2015, 5, 10, 0, 0, 0, 0, ZoneOffset.UTC))
                .creator(CREATOR)
                .excludeJobs(true)
                .excludePipeline(false)
                .finishedFrom(OffsetDateTime.of(2015, 5, 9, 21, 0, 0, 0, ZoneOffset.UTC))
                .includePaused(false)
                .includeRetriedJobs(true)
                .putMetaData("env", "prod")
                .state(BuildStateFilter.PASSED, BuildStateFilter.FAILING, BuildStateFilter.NOT_RUN)
                .page(2)
                .perPage(100)
                .build()))
            .path(BUILDS)
            .query("branch[]", "main")
            .query("branch[]", "feature/x y")
            .query("commit[]", SHA_1)
            .query("commit[]", SHA_2)
            .query("created_from", "2015-05-09T00:00:00Z")
            .query("created_to", "2015-05-10T00:00:00Z")
            .query("creator", "3d3c3bf0-7d58-4afe-8fe7-b3017d5504de")
            .query("exclude_jobs", "true")
            .query("exclude_pipeline", "false")
            .query("finished_from", "2015-05-09T21:00:00Z")
            .query("include_paused", "false")
            .query("include_retried_jobs", "true")
            .query("meta_data[env]", "prod")
            .query("state[]", "passed")
            .query("state[]", "failing")
            .query("state[]", "not_run")
            .query("page", "2")
            .query("per_page", "100")
            .respondExample(200, "builds-list-for-pipeline.json")
            .responseHeader("Link", linkHeader(BUILDS + "?per_page=100", 1, 3, 3))
            .checkPage(Build.class, page -> {
              assertThat(page.items()).extracting(Build::commit).containsExactly(java.util.Optional.of(SHA_1));
              assertThat(page.links().prev()).contains(pageLink(BUILDS + "?per_page=100", 1));
              assertThat(page.links().next()).contains(pageLink(BUILDS + "?per_page=100", 3));
            }),

        Scenario.of("createBuild")
            .call(c -> {
              Map<String, String> env = new LinkedHashMap<>();
              env.put("DEPLOY_TARGET", "production");
              env.put("VERBOSE", "1");
              return c.builds().createBuild(ORG, PIPELINE, CreateBuildRequest.builder()
                  .commit("HEAD")
                  .branch("main")
                  .message("Testing all the things :rocket:")
                  .author(BuildAuthor.builder().name("Keith Pitt").email("me@keithpitt.com").build())
                  .cleanCheckout(true)
                  .env(env)
                  .ignorePipelineBranchFilters(true)
                  .metaData(Map.of("some build data", "value"))
                  .pullRequestBaseBranch("main")
                  .pullRequestId(1234L)
                  .pullRequestLabels(List.of("ready-for-review", "deploy"))
                  .pullRequestRepository("git@github.com:acme/app-fork.git")
                  .build());
            })
            .path(BUILDS)
            .jsonBody("""
                {
                  "commit": "HEAD",
                  "branch": "main",
                  "message": "Testing all the things :rocket:",
                  "author": {"name": "Keith Pitt", "email": "me@keithpitt.com"},
                  "clean_checkout": true,
                  "env": {"DEPLOY_TARGET": "production", "VERBOSE": "1"},
                  "ignore_pipeline_branch_filters": true,
                  "meta_data": {"some build data": "value"},
                  "pull_request_base_branch": "main",
                  "pull_request_id": 1234,
                  "pull_request_labels": ["ready-for-review", "deploy"],
                  "pull_request_repository": "git@github.com:acme/app-fork.git"
                }
                """)
            .respondExample(201, "builds-create.json")
            .check(Build.class, build -> {
              assertThat(build.id()).isEqualTo("f62a1b4d-10f9-4790-bc1c-e2c3a0c80983");
              assertThat(build.number()).isEqualTo(1);
              assertThat(build.state()).isEqualTo(BuildState.SCHEDULED);
              assertThat(build.message()).contains("Testing all the things :rocket:");
              assertThat(build.commit()).contains(SHA_1);
              assertThat(build.jobs()).hasSize(1);
              assertThat(build.jobs().get(0).state()).contains(JobState.SCHEDULED);
              assertThat(build.jobs().get(0).command()).contains("scripts/build.sh");
              assertThat(build.jobStateCounts()).isEmpty();
              assertThat(build.pipeline()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Great Pipeline"));
            }),

        Scenario.of("createBuild").label("only the required fields")
            .call(c -> c.builds().createBuild(ORG, PIPELINE,
                CreateBuildRequest.builder().commit(SHA_1).branch("main").build()))
            .path(BUILDS)
            .jsonBody("{\"commit\": \"" + SHA_1 + "\", \"branch\": \"main\"}")
            .respondExample(201, "builds-create.json")
            .check(Build.class, build -> {
              assertThat(build.url()).isEqualTo("https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/builds/1");
              assertThat(build.state().asString()).isEqualTo("scheduled");
            }),

        Scenario.of("getBuild")
            .call(c -> c.builds().getBuild(ORG, PIPELINE, 2))
            .path(BUILDS + "/2")
            .respondExample(200, "builds-get.json")
            .check(Build.class, build -> {
              assertThat(build.id()).isEqualTo("f62a1b4d-10f9-4790-bc1c-e2c3a0c80983");
              assertThat(build.graphqlId()).contains("QnVpbGQtLS1mYmQ2Zjk3OS0yOTRhLTQ3ZjItOTU0Ni1lNTk0M2VlMTAwNzE=");
              assertThat(build.number()).isEqualTo(2);
              assertThat(build.state()).isEqualTo(BuildState.PASSED);
              assertThat(build.blocked()).contains(false);
              assertThat(build.cancelReason()).isEmpty();
              assertThat(build.message()).contains("Bumping to version 0.2-beta.6");
              assertThat(build.branch()).contains("main");
              assertThat(build.source()).contains(BuildSource.WEBHOOK);
              assertThat(build.creator()).hasValueSatisfying(user -> assertThat(user.name()).contains("Keith Pitt"));
              assertThat(build.jobStateCounts()).hasValueSatisfying(counts -> {
                assertThat(counts.total()).contains(1);
                assertThat(counts.states()).containsExactly(Map.entry("passed", 1));
              });
              assertThat(build.createdAt()).contains(ts("2015-05-09T21:05:59.874Z"));
              assertThat(build.finishedAt()).contains(ts("2015-05-09T21:08:59.874Z"));
              assertThat(build.failingAt()).isEmpty();
              assertThat(build.pullRequest()).isPresent();
              assertThat(build.mergeQueue()).isEmpty();
              assertThat(build.rebuiltFrom()).hasValueSatisfying(ref -> {
                assertThat(ref.id()).isEqualTo("812135b3-eee7-408c-9f63-760538b96bd5");
                assertThat(ref.number()).contains(1);
              });
              assertThat(build.jobs()).hasSize(1);
              Job job = build.jobs().get(0);
              assertThat(job.id()).isEqualTo("b63254c0-3271-4a98-8270-7cfbd6c2f14e");
              assertThat(job.type()).isEqualTo(JobType.SCRIPT);
              assertThat(job.groupKey()).contains("tests");
              assertThat(job.state()).contains(JobState.PASSED);
              assertThat(job.exitStatus()).contains(0);
              assertThat(job.retriesCount()).contains(1);
              assertThat(job.retrySource()).hasValueSatisfying(source -> {
                assertThat(source.jobId()).contains("0194b92a-4d74-46bb-a1bf-61c73c5642af");
                assertThat(source.retryType()).contains(JobRetryType.MANUAL);
              });
              assertThat(job.step().flatMap(s -> s.signature())).hasValueSatisfying(signature -> {
                assertThat(signature.algorithm()).contains("EdDSA");
                assertThat(signature.signedFields())
                    .containsExactly("command", "env", "matrix", "plugins", "repository_url");
              });
              assertThat(job.agent()).hasValueSatisfying(agent -> {
                assertThat(agent.connectionState()).contains(AgentConnectionState.CONNECTED);
                assertThat(agent.hostname()).contains("localhost");
              });
              assertThat(build.pipeline()).hasValueSatisfying(pipeline -> {
                assertThat(pipeline.id()).isEqualTo("849411f9-9e6d-4739-a0d8-e247088e9b52");
                assertThat(pipeline.createdAt()).contains(ts("2013-09-03T13:24:38Z"));
              });
            }),

        // A build as the real API sends it (recorded responses, go-buildkite's models): a waiter job that is only
        // {id, type}, a block job with its unblock fields, a trigger job, and the fields the docs do not show.
        Scenario.of("getBuild").label("real response shape: waiter, block and trigger jobs")
            .call(c -> c.builds().getBuild(ORG, PIPELINE, 3))
            .path(BUILDS + "/3")
            .respond(200, """
                {"id": "01920d5c-0000-4000-8000-000000000003",
                 "url": "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/builds/3",
                 "number": 3, "state": "failing", "blocked": true, "blocked_state": "failed", "tag": null,
                 "author": {"username": "sam", "name": "Sam Doe", "email": "sam@example.com"},
                 "triggered_from": {"build_id": "01920d5c-0000-4000-8000-000000000001", "build_number": 41,
                                    "build_pipeline_slug": "upstream"},
                 "test_engine": {"runs": [{"id": "6a1f0c2e-0000-4000-8000-00000000000a",
                                           "suite": {"id": "6a1f0c2e-0000-4000-8000-00000000000b", "slug": "rspec"}}]},
                 "job_state_counts": {"total": 3, "states": {"passed": 1, "blocked": 1}},
                 "jobs": [
                   {"id": "01920d5c-0000-4000-8000-0000000000a1", "type": "waiter"},
                   {"id": "01920d5c-0000-4000-8000-0000000000a2", "graphql_id": "Sm9iLS0tMDE5MjBk",
                    "type": "manual", "label": "Deploy?", "state": "unblocked", "step_key": null, "web_url": null,
                    "unblocked_by": {"id": "2a9d8b24-0000-4000-8000-000000000001", "name": "Sam Doe",
                                     "email": "sam@example.com", "created_at": "2019-09-18T20:28:31.292Z"},
                    "unblocked_at": "2024-09-20T03:07:36.721Z", "unblockable": false,
                    "unblock_url": "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/builds/3/jobs/01920d5c-0000-4000-8000-0000000000a2/unblock"},
                   {"id": "01920d5c-0000-4000-8000-0000000000a3", "type": "trigger", "name": "Downstream",
                    "state": "passed", "logs_url": null,
                    "triggered_build": {"id": "01920d5c-0000-4000-8000-000000000004", "number": 7,
                      "url": "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/downstream/builds/7",
                      "web_url": "https://buildkite.com/my-great-org/downstream/builds/7"}}]}
                """)
            .check(Build.class, build -> {
              assertThat(build.state()).isEqualTo(BuildState.FAILING);
              assertThat(build.blockedState()).contains("failed");
              assertThat(build.tag()).isEmpty();
              assertThat(build.author()).hasValueSatisfying(a -> assertThat(a.username()).contains("sam"));
              assertThat(build.triggeredFrom()).hasValueSatisfying(t -> assertThat(t.buildNumber()).contains(41));
              assertThat(build.testEngine()).hasValueSatisfying(te -> assertThat(te.runs()).singleElement()
                  .satisfies(run -> assertThat(run.suite()).hasValueSatisfying(suite ->
                      assertThat(suite.slug()).contains("rspec"))));
              assertThat(build.jobs()).extracting(j -> j.type().asString()).containsExactly("waiter", "manual", "trigger");
              assertThat(build.jobs().get(0).state()).isEmpty();
              assertThat(build.jobs().get(0).name()).isEmpty();
              assertThat(build.jobs().get(1).state()).contains(JobState.UNBLOCKED);
              assertThat(build.jobs().get(2).state()).contains(JobState.PASSED);
            }),

        Scenario.of("getBuild").label("every query parameter")
            .call(c -> c.builds().getBuild(ORG, PIPELINE, 2, GetBuildParams.builder()
                .excludeJobs(false)
                .excludePipeline(true)
                .includeRetriedJobs(true)
                .includeTestEngine(true)
                .jobStates(JobState.PASSED, JobState.FAILED, JobState.TIMED_OUT)
                .build()))
            .path(BUILDS + "/2")
            .query("exclude_jobs", "false")
            .query("exclude_pipeline", "true")
            .query("include_retried_jobs", "true")
            .query("include_test_engine", "true")
            .query("job_states[]", "passed")
            .query("job_states[]", "failed")
            .query("job_states[]", "timed_out")
            .respondExample(200, "builds-get.json")
            .check(Build.class, build -> {
              assertThat(build.number()).isEqualTo(2);
              assertThat(build.jobs()).extracting(Job::stepKey).containsExactly(java.util.Optional.of("rspec"));
            }),

        Scenario.of("cancelBuild")
            .call(c -> c.builds().cancelBuild(ORG, PIPELINE, 1))
            .path(BUILDS + "/1/cancel")
            .respondExample(200, "builds-cancel.json")
            .check(Build.class, build -> {
              assertThat(build.number()).isEqualTo(1);
              assertThat(build.state()).isEqualTo(BuildState.CANCELED);
              assertThat(build.cancelReason()).contains("reason for a canceled build");
              assertThat(build.creator().flatMap(u -> u.graphqlId()))
                  .contains("QnVpbGQtLS1mYmQ2Zjk3OS0yOTRhLTQ3ZjItOTU0Ni1lNTk0M2VlMTAwNzE=");
            }),

        Scenario.of("rebuildBuild")
            .call(c -> c.builds().rebuildBuild(ORG, PIPELINE, 1))
            .path(BUILDS + "/1/rebuild")
            .respondExample(200, "builds-rebuild.json")
            .check(Build.class, build -> {
              assertThat(build.url()).isEqualTo("https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/builds/1");
              assertThat(build.state()).isEqualTo(BuildState.SCHEDULED);
              assertThat(build.source()).contains(BuildSource.API);
              assertThat(build.jobs()).extracting(Job::name).containsExactly(java.util.Optional.of(":package:"));
            }),

        Scenario.of("retryFailedJobs")
            .call(c -> c.builds().retryFailedJobs(ORG, PIPELINE, 1,
                RetryFailedJobsRequest.builder().states("failed,timed_out").build()))
            .path(BUILDS + "/1/retry_failed_jobs")
            .jsonBody("{\"states\": \"failed,timed_out\"}")
            .respondExample(202, "builds-retry-failed-jobs.json")
            .check(Build.class, build -> {
              assertThat(build.retriedJobsCount()).contains(2);
              assertThat(build.state()).isEqualTo(BuildState.SCHEDULED);
              assertThat(build.source()).contains(BuildSource.API);
            }),

        Scenario.of("retryFailedJobs").label("empty options")
            .call(c -> c.builds().retryFailedJobs(ORG, PIPELINE, 1, RetryFailedJobsRequest.builder().build()))
            .path(BUILDS + "/1/retry_failed_jobs")
            .jsonBody("{}")
            .respondExample(202, "builds-retry-failed-jobs.json")
            .check(Build.class, build -> assertThat(build.retriedJobsCount()).contains(2)),

        Scenario.of("retryFailedJobs").label("no body")
            .call(c -> c.builds().retryFailedJobs(ORG, PIPELINE, 1, null))
            .path(BUILDS + "/1/retry_failed_jobs")
            .respondExample(202, "builds-retry-failed-jobs.json")
            .check(Build.class, build -> {
              assertThat(build.retriedJobsCount()).contains(2);
              assertThat(build.number()).isEqualTo(2);
            })
    );
  }
}
