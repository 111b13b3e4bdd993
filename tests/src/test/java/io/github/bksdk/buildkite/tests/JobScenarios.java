package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.JOB;
import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.PIPELINE;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobEnvironment;
import io.github.bksdk.buildkite.model.JobLog;
import io.github.bksdk.buildkite.model.JobSshSession;
import io.github.bksdk.buildkite.model.JobState;
import io.github.bksdk.buildkite.model.JobType;
import io.github.bksdk.buildkite.model.JobVncSession;
import io.github.bksdk.buildkite.model.ReprioritizeJobRequest;
import io.github.bksdk.buildkite.model.UnblockJobRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Jobs, both route shapes (organization-scoped and build-scoped), including logs and environments as JSON and text. */
final class JobScenarios {
  private static final String ORG_JOB = "/v2/organizations/my-great-org/jobs/" + JOB;
  private static final String BUILD = "/v2/organizations/my-great-org/pipelines/my-pipeline/builds/1";
  private static final String BUILD_JOB = BUILD + "/jobs/" + JOB;
  private static final String UNBLOCKER = "cfbb422f-2e4a-41b5-86f0-59e813b3d6e2";

  /** The last 20 bytes of {@link #LOG_TEXT}: what a {@code Range: bytes=-20} request gets back. */
  private static final String LOG_TAIL = "exit status 0 (1.2s)";
  /** A whole job log as text, 1024 bytes long. */
  private static final String LOG_TEXT = logText();

  private static final String ENV_TEXT = """
      CI=true
      BUILDKITE=true
      BUILDKITE_BRANCH=main
      BUILDKITE_BUILD_NUMBER=15
      BUILDKITE_PIPELINE_SLUG=my-pipeline
      """;

  private JobScenarios() {}

  private static String logText() {
    String start = "~~~ Running commands\n" + "$ scripts/build.sh\n".repeat(40) + "Compiling";
    return start + ".".repeat(1024 - start.length() - LOG_TAIL.length() - 1) + "\n" + LOG_TAIL;
  }

  static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    all.addAll(lists());
    all.addAll(jobs());
    all.addAll(actions());
    all.addAll(logs());
    all.addAll(environments());
    return all;
  }

  private static List<Scenario> lists() {
    return List.of(
        Scenario.of("listJobs")
            .call(c -> c.jobs().listJobs(ORG, PIPELINE, 1))
            .path(BUILD + "/jobs")
            .respondExample(200, "jobs-list.json")
            .checkPage(Job.class, page -> {
              assertThat(page.items()).hasSize(1);
              Job job = page.items().get(0);
              assertThat(job.id()).isEqualTo(JOB);
              assertThat(job.type()).isEqualTo(JobType.SCRIPT);
              assertThat(job.name()).contains(":package: Build");
              assertThat(job.state()).contains(JobState.PASSED);
              assertThat(job.priority().flatMap(p -> p.number())).contains(0);
              assertThat(job.finishedAt()).contains(ts("2015-05-09T21:06:20.000Z"));
              assertThat(page.hasNextPage()).isTrue();
              assertThat(page.links().next()).contains(URI.create(
                  "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/builds/1/jobs?after=...&per_page=30"));
            }),

        Scenario.of("listJobs").label("filters and after cursor")
            .call(c -> c.jobs().listJobs(ORG, PIPELINE, 1, ListJobsParams.builder()
                .state(JobState.FAILED, JobState.TIMED_OUT)
                .includeRetriedJobs(false)
                .stepKey("build")
                .groupKey("tests")
                .perPage(50)
                .after("eyJpZCI6IjAxOGYifQ==")
                .build()))
            .path(BUILD + "/jobs")
            .query("state[]", "failed")
            .query("state[]", "timed_out")
            .query("include_retried_jobs", "false")
            .query("step_key", "build")
            .query("group_key", "tests")
            .query("per_page", "50")
            .query("after", "eyJpZCI6IjAxOGYifQ==")
            .respondExample(200, "jobs-list.json")
            .checkPage(Job.class, page -> {
              assertThat(page.items()).extracting(Job::stepKey).containsExactly(java.util.Optional.of("build"));
              assertThat(page.hasNextPage()).isTrue();
            }),

        Scenario.of("listJobs").label("before cursor")
            .call(c -> c.jobs().listJobs(ORG, PIPELINE, 1, ListJobsParams.builder()
                .perPage(30)
                .before("eyJpZCI6IjAxOTAifQ==")
                .build()))
            .path(BUILD + "/jobs")
            .query("per_page", "30")
            .query("before", "eyJpZCI6IjAxOTAifQ==")
            .respond(200, """
                {
                  "items": [],
                  "links": {
                    "self": "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/builds/1/jobs?before=eyJpZCI6IjAxOTAifQ%3D%3D&per_page=30",
                    "next": null,
                    "prev": null
                  }
                }
                """)
            .checkPage(Job.class, page -> {
              assertThat(page.items()).isEmpty();
              assertThat(page.hasNextPage()).isFalse();
              assertThat(page.links().next()).isEmpty();
            })
    );
  }

  private static Consumer<Job> documentedJob() {
    return job -> {
      assertThat(job.id()).isEqualTo(JOB);
      assertThat(job.graphqlId()).contains("Sm9iLS0tMTQ4YWQ0MzgtM2E2My00YWIxLWIzMjItNzIxM2Y3YzJhMWFi");
      assertThat(job.type()).isEqualTo(JobType.SCRIPT);
      assertThat(job.name()).contains(":package: Build");
      assertThat(job.stepKey()).contains("build");
      assertThat(job.step().flatMap(s -> s.id())).contains("...");
      assertThat(job.agentQueryRules()).isEmpty();
      assertThat(job.state()).contains(JobState.PASSED);
      assertThat(job.state().map(JobState::asString)).contains("passed");
      assertThat(job.retryType()).isEmpty(); // null in the example: "null" is in the enum, and reads as empty
      assertThat(job.rawLogUrl()).contains("https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/builds/1/jobs/" + JOB + "/log.txt");
      assertThat(job.command()).contains("scripts/build.sh");
      assertThat(job.softFailed()).contains(false);
      assertThat(job.exitStatus()).contains(0);
      assertThat(job.signalReason()).isEmpty();
      assertThat(job.runnableAt()).contains(ts("2015-05-09T21:06:00.000Z"));
      assertThat(job.startedAt()).contains(ts("2015-05-09T21:06:05.000Z"));
      assertThat(job.finishedAt()).contains(ts("2015-05-09T21:06:20.000Z"));
      assertThat(job.retried()).contains(false);
      assertThat(job.retriesCount()).isEmpty();
      assertThat(job.matrix()).isEmpty();
      assertThat(job.agent()).isEmpty();
      assertThat(job.clusterQueueId()).isEmpty();
    };
  }

  private static List<Scenario> jobs() {
    return List.of(
        Scenario.of("getJobInBuild")
            .call(c -> c.jobs().getJobInBuild(ORG, PIPELINE, 1, JOB))
            .path(BUILD_JOB)
            .respondExample(200, "jobs-get.json")
            .check(Job.class, documentedJob()),

        Scenario.of("getJobInBuild").label("trigger job")
            .call(c -> c.jobs().getJobInBuild(ORG, PIPELINE, 1, JOB))
            .path(BUILD_JOB)
            .respondExample(200, "builds-get-trigger-job-fragment.json")
            .check(Job.class, job -> {
              assertThat(job.type()).isEqualTo(JobType.TRIGGER);
              assertThat(job.name()).contains("Deploy to production");
              assertThat(job.async()).contains(false);
              assertThat(job.triggeredBuild()).hasValueSatisfying(build -> {
                assertThat(build.id()).isEqualTo("f62a1b4d-10f9-4790-bc1c-e2c3a0c80983");
                assertThat(build.number()).contains(15);
                assertThat(build.webUrl()).contains("https://buildkite.com/my-great-org/deploy-pipeline/builds/15");
              });
            }),

        Scenario.of("getJob")
            .call(c -> c.jobs().getJob(ORG, JOB))
            .path(ORG_JOB)
            .respondExample(200, "jobs-get.json")
            .check(Job.class, documentedJob()),

        Scenario.of("getJob").label("trigger job")
            .call(c -> c.jobs().getJob(ORG, JOB))
            .path(ORG_JOB)
            .respondExample(200, "builds-get-trigger-job-fragment.json")
            .check(Job.class, job -> {
              assertThat(job.type().asString()).isEqualTo("trigger");
              assertThat(job.stepKey()).contains("deploy-production");
              assertThat(job.finishedAt()).contains(ts("2015-05-09T21:08:59.874Z"));
              assertThat(job.triggeredBuild().map(b -> b.url()))
                  .contains(java.util.Optional.of("https://api.buildkite.com/v2/organizations/my-great-org/pipelines/deploy-pipeline/builds/15"));
            }),

        Scenario.of("createVncSession")
            .call(c -> c.jobs().createVncSession(ORG, JOB))
            .path(ORG_JOB + "/vnc-session")
            .respondExample(200, "jobs-create-vnc-session.json")
            .responseHeader("Cache-Control", "no-store")
            .check(JobVncSession.class, session -> {
              assertThat(session.endpoint()).isEqualTo("wss://example.remote-access.invalid");
              assertThat(session.accessToken()).isEqualTo("<access-token>");
              assertThat(session.expiresAt()).contains(ts("2026-08-19T04:30:00Z"));
              assertThat(session.vnc()).hasValueSatisfying(vnc -> {
                assertThat(vnc.username()).contains("<username>");
                assertThat(vnc.password()).contains("<password>");
              });
            }),

        Scenario.of("createSshSession")
            .call(c -> c.jobs().createSshSessionWithResponse(ORG, JOB, RequestOptions.none()))
            .path(ORG_JOB + "/ssh-session")
            .respondExample(200, "jobs-create-ssh-session.json")
            .responseHeader("Cache-Control", "no-store")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              assertThat(response.header("Cache-Control")).contains("no-store");
              JobSshSession session = (JobSshSession) response.value();
              assertThat(session.endpoint()).isEqualTo("wss://example.remote-access.invalid");
              assertThat(session.accessToken()).isEqualTo("<access-token>");
              assertThat(session.expiresAt()).contains(ts("2026-08-19T04:30:00Z"));
              assertThat(session.transport()).contains("namespace_ingress");
              assertThat(session.ssh()).hasValueSatisfying(ssh -> {
                assertThat(ssh.username()).contains("<username>");
                assertThat(ssh.privateKey()).contains("<private-key>");
              });
            })
    );
  }

  private static List<Scenario> actions() {
    return List.of(
        Scenario.of("retryJob")
            .call(c -> c.jobs().retryJob(ORG, JOB))
            .path(ORG_JOB + "/retry")
            .respondExample(200, "jobs-retry.json")
            .check(Job.class, job -> {
              assertThat(job.id()).isEqualTo(JOB);
              assertThat(job.state()).contains(JobState.SCHEDULED);
              assertThat(job.retriesCount()).contains(1);
              assertThat(job.agentQueryRules()).containsExactly("*");
              assertThat(job.priority().flatMap(p -> p.number())).contains(0);
              assertThat(job.startedAt()).isEmpty();
            }),

        Scenario.of("retryJobInBuild")
            .call(c -> c.jobs().retryJobInBuild(ORG, PIPELINE, 1, JOB))
            .path(BUILD_JOB + "/retry")
            .respondExample(200, "jobs-retry.json")
            .check(Job.class, job -> {
              assertThat(job.state().map(JobState::asString)).contains("scheduled");
              assertThat(job.retriesCount()).contains(1);
              assertThat(job.scheduledAt()).contains(ts("2015-05-09T21:05:59.874Z"));
            }),

        Scenario.of("reprioritizeJob")
            .call(c -> c.jobs().reprioritizeJob(ORG, JOB, ReprioritizeJobRequest.builder().priority(5).build()))
            .path(ORG_JOB + "/reprioritize")
            .jsonBody("{\"priority\": 5}")
            .respondExample(200, "jobs-reprioritize.json")
            .check(Job.class, job -> {
              assertThat(job.priority().flatMap(p -> p.number())).contains(5);
              assertThat(job.state()).contains(JobState.SCHEDULED);
              assertThat(job.stepKey()).contains("package");
            }),

        Scenario.of("reprioritizeJobInBuild")
            .call(c -> c.jobs().reprioritizeJobInBuild(ORG, PIPELINE, 1, JOB,
                ReprioritizeJobRequest.builder().priority(-1).build()))
            .path(BUILD_JOB + "/reprioritize")
            .jsonBody("{\"priority\": -1}")
            .respondExample(200, "jobs-reprioritize.json")
            .check(Job.class, job -> {
              assertThat(job.id()).isEqualTo(JOB);
              assertThat(job.priority().flatMap(p -> p.number())).contains(5);
            }),

        Scenario.of("unblockJob")
            .call(c -> c.jobs().unblockJob(ORG, "ded35de2-7de0-4da8-8daa-b4ce0b7f1064", UnblockJobRequest.builder()
                .unblocker(UNBLOCKER)
                .fields(Map.of("release-name", "Flying Dolphin"))
                .build()))
            .path("/v2/organizations/my-great-org/jobs/ded35de2-7de0-4da8-8daa-b4ce0b7f1064/unblock")
            .jsonBody("{\"unblocker\": \"" + UNBLOCKER + "\", \"fields\": {\"release-name\": \"Flying Dolphin\"}}")
            .respondExample(200, "jobs-unblock.json")
            .check(Job.class, job -> {
              assertThat(job.id()).isEqualTo("ded35de2-7de0-4da8-8daa-b4ce0b7f1064");
              assertThat(job.type()).isEqualTo(JobType.MANUAL);
              assertThat(job.label()).contains("Deploy");
              assertThat(job.state()).contains(JobState.UNBLOCKED);
              assertThat(job.webUrl()).isEmpty();
              assertThat(job.unblockedBy()).hasValueSatisfying(user -> {
                assertThat(user.id()).isEqualTo(UNBLOCKER);
                assertThat(user.name()).contains("Liam Neeson");
              });
              assertThat(job.unblockedAt()).contains(ts("2015-05-09T21:06:10.264Z"));
              assertThat(job.unblockable()).contains(false);
              assertThat(job.unblockUrl())
                  .contains("https://buildkite.com/my-great-org/my-pipeline/builds/1#ded35de2-7de0-4da8-8daa-b4ce0b7f1064");
            }),

        Scenario.of("unblockJob").label("no body")
            .call(c -> c.jobs().unblockJob(ORG, "ded35de2-7de0-4da8-8daa-b4ce0b7f1064", null))
            .path("/v2/organizations/my-great-org/jobs/ded35de2-7de0-4da8-8daa-b4ce0b7f1064/unblock")
            .respondExample(200, "jobs-unblock.json")
            .check(Job.class, job -> assertThat(job.state()).contains(JobState.UNBLOCKED)),

        Scenario.of("unblockJobInBuild")
            .call(c -> {
              Map<String, String> fields = new LinkedHashMap<>();
              fields.put("release-name", "Spring Release");
              fields.put("notes", "Ship it & watch the graphs");
              return c.jobs().unblockJobInBuild(ORG, PIPELINE, 1, "ded35de2-7de0-4da8-8daa-b4ce0b7f1064",
                  UnblockJobRequest.builder().fields(fields).build());
            })
            .path(BUILD + "/jobs/ded35de2-7de0-4da8-8daa-b4ce0b7f1064/unblock")
            .jsonBody("{\"fields\": {\"release-name\": \"Spring Release\", \"notes\": \"Ship it & watch the graphs\"}}")
            .respondExample(200, "jobs-unblock.json")
            .check(Job.class, job -> {
              assertThat(job.state()).contains(JobState.UNBLOCKED);
              assertThat(job.unblockedBy().flatMap(u -> u.email())).contains("liam@evilbatmanvillans.com");
            }),

        Scenario.of("unblockJobInBuild").label("empty options")
            .call(c -> c.jobs().unblockJobInBuild(ORG, PIPELINE, 1, "ded35de2-7de0-4da8-8daa-b4ce0b7f1064",
                UnblockJobRequest.builder().build()))
            .path(BUILD + "/jobs/ded35de2-7de0-4da8-8daa-b4ce0b7f1064/unblock")
            .jsonBody("{}")
            .respondExample(200, "jobs-unblock.json")
            .check(Job.class, job -> assertThat(job.unblockable()).contains(false))
    );
  }

  private static List<Scenario> logs() {
    return List.of(
        Scenario.of("getJobLog")
            .call(c -> c.jobs().getJobLog(ORG, JOB))
            .path(ORG_JOB + "/log")
            .respondExample(200, "jobs-log.json")
            .check(JobLog.class, log -> {
              assertThat(log.url()).contains(
                  "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/builds/1/jobs/" + JOB + "/log");
              assertThat(log.content()).contains("This is the job's log output");
              assertThat(log.size()).contains(28L);
              assertThat(log.headerTimes()).hasSize(5);
              assertThat(log.headerTimes().get(0)).isEqualTo(1563337899810051000L);
              assertThat(log.headerTimes().get(4)).isEqualTo(156333791038291900L);
            }),

        Scenario.of("getJobLog").label("raw text")
            .call(c -> Scenario.Raw.read(c.jobs().getJobLogRaw(ORG, JOB, GetJobLogParams.builder().accept("text/plain").build(), RequestOptions.none())))
            .path(ORG_JOB + "/log")
            .requestHeader("Accept", "text/plain")
            .respondText(200, "text/plain; charset=utf-8", LOG_TEXT)
            .responseHeader("Accept-Ranges", "bytes")
            .check(Scenario.Raw.class, raw -> {
              assertThat(raw.statusCode()).isEqualTo(200);
              assertThat(raw.header("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
              assertThat(raw.body()).isEqualTo(LOG_TEXT).hasSize(1024);
            }),

        Scenario.of("getJobLog").label("raw tail, Range bytes=-20")
            .call(c -> Scenario.Raw.read(c.jobs().getJobLogRaw(ORG, JOB, GetJobLogParams.builder().accept("text/plain").range("bytes=-20").build(), RequestOptions.none())))
            .path(ORG_JOB + "/log")
            .requestHeader("Accept", "text/plain")
            .requestHeader("Range", "bytes=-20")
            .respondText(206, "text/plain", LOG_TAIL)
            .responseHeader("Accept-Ranges", "bytes")
            .responseHeader("Content-Range", "bytes 1004-1023/1024")
            .check(Scenario.Raw.class, raw -> {
              assertThat(raw.statusCode()).isEqualTo(206);
              assertThat(raw.header("Content-Range")).contains("bytes 1004-1023/1024");
              assertThat(raw.body()).isEqualTo("exit status 0 (1.2s)").hasSize(20);
            }),

        Scenario.of("getJobLog").label("raw html")
            .call(c -> Scenario.Raw.read(c.jobs().getJobLogRaw(ORG, JOB, GetJobLogParams.builder().accept("text/html").build(), RequestOptions.none())))
            .path(ORG_JOB + "/log")
            .requestHeader("Accept", "text/html")
            .respondText(200, "text/html", "<pre class=\"term\"><span class=\"term-fg32\">OK</span></pre>")
            .check(Scenario.Raw.class, raw -> {
              assertThat(raw.statusCode()).isEqualTo(200);
              assertThat(raw.body()).contains("<span class=\"term-fg32\">OK</span>");
            }),

        Scenario.of("getJobLogInBuild")
            .call(c -> c.jobs().getJobLogInBuild(ORG, PIPELINE, 1, JOB))
            .path(BUILD_JOB + "/log")
            .respondExample(200, "jobs-log.json")
            .check(JobLog.class, log -> {
              assertThat(log.content()).contains("This is the job's log output");
              assertThat(log.size()).contains(28L);
              assertThat(log.headerTimes()).startsWith(1563337899810051000L, 1563337899811015000L);
            }),

        Scenario.of("getJobLogInBuild").label("raw text")
            .call(c -> Scenario.Raw.read(c.jobs().getJobLogInBuildRaw(ORG, PIPELINE, 1, JOB, GetJobLogInBuildParams.builder().accept("text/plain").build(), RequestOptions.none())))
            .path(BUILD_JOB + "/log")
            .requestHeader("Accept", "text/plain")
            .respondText(200, "text/plain", LOG_TEXT)
            .check(Scenario.Raw.class, raw -> {
              assertThat(raw.statusCode()).isEqualTo(200);
              assertThat(raw.body()).startsWith("~~~ Running commands\n$ scripts/build.sh\n").endsWith(LOG_TAIL);
            }),

        Scenario.of("getJobLogInBuild").label("raw tail, Range bytes=-20")
            .call(c -> Scenario.Raw.read(c.jobs().getJobLogInBuildRaw(ORG, PIPELINE, 1, JOB, GetJobLogInBuildParams.builder().accept("text/plain").range("bytes=-20").build(), RequestOptions.none())))
            .path(BUILD_JOB + "/log")
            .requestHeader("Accept", "text/plain")
            .requestHeader("Range", "bytes=-20")
            .respondText(206, "text/plain", LOG_TAIL)
            .responseHeader("Content-Range", "bytes 1004-1023/1024")
            .check(Scenario.Raw.class, raw -> {
              assertThat(raw.statusCode()).isEqualTo(206);
              assertThat(raw.header("Content-Range")).contains("bytes 1004-1023/1024");
              assertThat(raw.body()).isEqualTo(LOG_TAIL);
            }),

        Scenario.of("getJobLogSize")
            .call(c -> c.jobs().getJobLogSizeWithResponse(ORG, JOB, RequestOptions.none()))
            .path(ORG_JOB + "/log")
            .respond(200, null)
            .responseHeader("Content-Length", "1024")
            .responseHeader("Accept-Ranges", "bytes")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              assertThat(response.header("Content-Length")).contains("1024");
              assertThat(response.header("Accept-Ranges")).contains("bytes");
              assertThat(response.value()).isEqualTo(java.util.OptionalLong.of(1024));
            }),

        Scenario.of("getJobLogSizeInBuild")
            .call(c -> c.jobs().getJobLogSizeInBuildWithResponse(ORG, PIPELINE, 1, JOB, RequestOptions.none()))
            .path(BUILD_JOB + "/log")
            .respond(200, null)
            .responseHeader("Content-Length", "28")
            .responseHeader("Accept-Ranges", "bytes")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              assertThat(response.header("content-length")).contains("28");
              assertThat(response.value()).isEqualTo(java.util.OptionalLong.of(28));
            }),

        Scenario.of("deleteJobLog")
            .run(c -> c.jobs().deleteJobLog(ORG, JOB))
            .path(ORG_JOB + "/log")
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("deleteJobLogInBuild")
            .run(c -> c.jobs().deleteJobLogInBuild(ORG, PIPELINE, 1, JOB))
            .path(BUILD_JOB + "/log")
            .respond(204, null)
            .returnsNothing()
    );
  }

  private static Consumer<JobEnvironment> documentedEnv() {
    return env -> {
      // 23 lines in the example, one of them a repeated BUILDKITE_COMMAND
      assertThat(env.env()).hasSize(22);
      assertThat(env.env()).containsEntry("CI", "true")
          .containsEntry("BUILDKITE_TAG", "")
          .containsEntry("BUILDKITE_BUILD_NUMBER", "15")
          .containsEntry("BUILDKITE_COMMAND", "buildkite-agent pipeline upload")
          .containsEntry("BUILDKITE_REPO", "git@github.com:my-great-org/my-repo.git")
          .containsEntry("BUILDKITE_AGENT_META_DATA_LOCAL", "true");
    };
  }

  private static List<Scenario> environments() {
    return List.of(
        Scenario.of("getJobEnv")
            .call(c -> c.jobs().getJobEnv(ORG, JOB))
            .path(ORG_JOB + "/env")
            .respondExample(200, "jobs-env.json")
            .check(JobEnvironment.class, documentedEnv()),

        Scenario.of("getJobEnv").label("raw text")
            .call(c -> Scenario.Raw.read(c.jobs().getJobEnvRaw(ORG, JOB, GetJobEnvParams.builder().accept("text/plain").build(), RequestOptions.none())))
            .path(ORG_JOB + "/env")
            .requestHeader("Accept", "text/plain")
            .respondText(200, "text/plain", ENV_TEXT)
            .check(Scenario.Raw.class, raw -> {
              assertThat(raw.statusCode()).isEqualTo(200);
              assertThat(raw.body()).isEqualTo(ENV_TEXT);
              assertThat(raw.body().lines()).contains("BUILDKITE_BUILD_NUMBER=15").hasSize(5);
            }),

        Scenario.of("getJobEnvInBuild")
            .call(c -> c.jobs().getJobEnvInBuild(ORG, PIPELINE, 1, JOB))
            .path(BUILD_JOB + "/env")
            .respondExample(200, "jobs-env.json")
            .check(JobEnvironment.class, documentedEnv()),

        Scenario.of("getJobEnvInBuild").label("raw text")
            .call(c -> Scenario.Raw.read(c.jobs().getJobEnvInBuildRaw(ORG, PIPELINE, 1, JOB, GetJobEnvInBuildParams.builder().accept("text/plain").build(), RequestOptions.none())))
            .path(BUILD_JOB + "/env")
            .requestHeader("Accept", "text/plain")
            .respondText(200, "text/plain", ENV_TEXT)
            .check(Scenario.Raw.class, raw -> {
              assertThat(raw.statusCode()).isEqualTo(200);
              assertThat(raw.header("Content-Type")).contains("text/plain");
              assertThat(raw.body()).startsWith("CI=true\nBUILDKITE=true\n");
            })
    );
  }
}
