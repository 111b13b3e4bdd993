package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.API;
import static io.github.bksdk.buildkite.tests.Scenarios.linkHeader;
import static io.github.bksdk.buildkite.tests.Scenarios.pageLink;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.errors.UnprocessableEntityException;
import io.github.bksdk.buildkite.model.CreatePipelineScheduleRequest;
import io.github.bksdk.buildkite.model.PipelineSchedule;
import io.github.bksdk.buildkite.model.UpdatePipelineScheduleRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Pipeline schedules (tag PipelineSchedules). */
final class PipelineScheduleScenarios {
  private static final String ORG = "acme-inc";
  private static final String PIPELINE = "my-pipeline";
  private static final String SCHEDULE = "b3a1e9f2-7c4d-4f1a-9e6c-2d8a5f7b1c3d";
  private static final String BASE = "/v2/organizations/acme-inc/pipelines/my-pipeline/schedules";

  private PipelineScheduleScenarios() {}

  /** What every documented schedule example shows, apart from the fields an update changes. */
  private static Consumer<PipelineSchedule> documentedSchedule() {
    return schedule -> {
      assertThat(schedule.id()).isEqualTo(SCHEDULE);
      assertThat(schedule.graphqlId())
          .contains("UGlwZWxpbmVTY2hlZHVsZS0tLWIzYTFlOWYyLTdjNGQtNGYxYS05ZTZjLTJkOGE1ZjdiMWMzZA==");
      assertThat(schedule.url()).isEqualTo("https://api.buildkite.com" + BASE + "/" + SCHEDULE);
      assertThat(schedule.label()).contains("Nightly build");
      assertThat(schedule.message()).contains("Nightly scheduled build");
      assertThat(schedule.commit()).contains("HEAD");
      assertThat(schedule.branch()).contains("main");
      assertThat(schedule.env()).containsExactly(Map.entry("DEPLOY_ENV", "staging"));
      assertThat(schedule.failedMessage()).isEmpty();
      assertThat(schedule.failedAt()).isEmpty();
      assertThat(schedule.createdAt()).contains(ts("2024-01-01T12:00:00.000Z"));
      assertThat(schedule.createdBy()).hasValueSatisfying(user -> {
        assertThat(user.id()).isEqualTo("3d3c3bf0-7d58-4afe-8fe7-b3017d5504de");
        assertThat(user.name()).contains("Sam Kim");
        assertThat(user.email()).contains("sam@example.com");
        assertThat(user.createdAt()).contains(ts("2013-05-03T04:17:55.867Z"));
      });
      assertThat(schedule.pipeline()).hasValueSatisfying(pipeline -> {
        assertThat(pipeline.id()).isEqualTo("9d1d1e9c-5e8f-4f9a-9b0c-1a2b3c4d5e6f");
        assertThat(pipeline.slug()).isEqualTo("my-pipeline");
        assertThat(pipeline.url()).isEqualTo("https://api.buildkite.com/v2/organizations/acme-inc/pipelines/my-pipeline");
      });
    };
  }

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listPipelineSchedules")
            .call(c -> c.pipelineSchedules().listPipelineSchedules(ORG, PIPELINE))
            .path(BASE)
            .respondExample(200, "pipeline-schedules-list.json")
            .responseHeader("Link", linkHeader(BASE, 1, 2, 4))
            .checkPage(PipelineSchedule.class, page -> {
              assertThat(page.items()).hasSize(1);
              PipelineSchedule schedule = page.items().get(0);
              documentedSchedule().accept(schedule);
              assertThat(schedule.cronline()).isEqualTo("@daily");
              assertThat(schedule.enabled()).contains(true);
              assertThat(schedule.nextBuildAt()).contains(ts("2024-01-02T00:00:00.000Z"));
              assertThat(page.hasNextPage()).isTrue();
              assertThat(page.links().next()).contains(pageLink(BASE, 2));
              assertThat(page.links().last()).contains(pageLink(BASE, 4));
            }),

        Scenario.of("listPipelineSchedules").label("page, per_page")
            .call(c -> c.pipelineSchedules().listPipelineSchedules(ORG, PIPELINE,
                ListPipelineSchedulesParams.builder().page(3).perPage(50).build()))
            .path(BASE)
            .query("page", "3")
            .query("per_page", "50")
            .respond(200, "[]")
            .responseHeader("Link", "<" + API + BASE + "?page=1&per_page=50>; rel=\"first\", "
                + "<" + API + BASE + "?page=2&per_page=50>; rel=\"prev\"")
            .checkPage(PipelineSchedule.class, page -> {
              assertThat(page.items()).isEmpty();
              assertThat(page.hasNextPage()).isFalse();
              assertThat(page.links().prev()).contains(URI.create(API + BASE + "?page=2&per_page=50"));
              assertThat(page.links().first()).contains(URI.create(API + BASE + "?page=1&per_page=50"));
            }),

        Scenario.of("getPipelineSchedule")
            .call(c -> c.pipelineSchedules().getPipelineSchedule(ORG, PIPELINE, SCHEDULE))
            .path(BASE + "/" + SCHEDULE)
            .respondExample(200, "pipeline-schedules-get.json")
            .check(PipelineSchedule.class, schedule -> {
              documentedSchedule().accept(schedule);
              assertThat(schedule.cronline()).isEqualTo("@daily");
              assertThat(schedule.enabled()).contains(true);
              assertThat(schedule.nextBuildAt()).contains(ts("2024-01-02T00:00:00.000Z"));
            }),

        Scenario.of("getPipelineSchedule").label("schedule whose last build failed to start")
            .call(c -> c.pipelineSchedules().getPipelineSchedule(ORG, PIPELINE, SCHEDULE))
            .path(BASE + "/" + SCHEDULE)
            .respond(200, """
                {
                  "id": "b3a1e9f2-7c4d-4f1a-9e6c-2d8a5f7b1c3d",
                  "url": "https://api.buildkite.com/v2/organizations/acme-inc/pipelines/my-pipeline/schedules/b3a1e9f2-7c4d-4f1a-9e6c-2d8a5f7b1c3d",
                  "label": null,
                  "cronline": "0 3 * * 1-5 Europe/Berlin",
                  "message": null,
                  "commit": "HEAD",
                  "branch": "release",
                  "env": {},
                  "enabled": false,
                  "next_build_at": null,
                  "failed_message": "Branch release does not exist",
                  "failed_at": "2024-03-05T02:00:01.123Z",
                  "created_at": "2024-01-01T12:00:00.000Z",
                  "created_by": null,
                  "pipeline": {"id": "9d1d1e9c-5e8f-4f9a-9b0c-1a2b3c4d5e6f", "slug": "my-pipeline",
                    "url": "https://api.buildkite.com/v2/organizations/acme-inc/pipelines/my-pipeline"}
                }
                """)
            .check(PipelineSchedule.class, schedule -> {
              assertThat(schedule.label()).isEmpty();
              assertThat(schedule.message()).isEmpty();
              assertThat(schedule.cronline()).isEqualTo("0 3 * * 1-5 Europe/Berlin");
              assertThat(schedule.env()).isEmpty();
              assertThat(schedule.enabled()).contains(false);
              assertThat(schedule.nextBuildAt()).isEmpty();
              assertThat(schedule.failedMessage()).contains("Branch release does not exist");
              assertThat(schedule.failedAt()).contains(ts("2024-03-05T02:00:01.123Z"));
              assertThat(schedule.createdBy()).isEmpty();
              assertThat(schedule.pipeline()).hasValueSatisfying(p -> assertThat(p.slug()).isEqualTo("my-pipeline"));
            }),

        Scenario.of("createPipelineSchedule")
            .call(c -> {
              Map<String, String> env = new LinkedHashMap<>();
              env.put("DEPLOY_ENV", "staging");
              return c.pipelineSchedules().createPipelineSchedule(ORG, PIPELINE, CreatePipelineScheduleRequest.builder()
                  .cronline("@daily")
                  .label("Nightly build")
                  .message("Nightly scheduled build")
                  .commit("HEAD")
                  .branch("main")
                  .env(env)
                  .enabled(true)
                  .build());
            })
            .path(BASE)
            .jsonBody("""
                {
                  "cronline": "@daily",
                  "label": "Nightly build",
                  "message": "Nightly scheduled build",
                  "commit": "HEAD",
                  "branch": "main",
                  "env": {"DEPLOY_ENV": "staging"},
                  "enabled": true
                }
                """)
            .respondExample(201, "pipeline-schedules-create.json")
            .check(PipelineSchedule.class, schedule -> {
              documentedSchedule().accept(schedule);
              assertThat(schedule.cronline()).isEqualTo("@daily");
              assertThat(schedule.enabled()).contains(true);
              assertThat(schedule.nextBuildAt()).contains(ts("2024-01-02T00:00:00.000Z"));
            }),

        Scenario.of("createPipelineSchedule").label("cronline only, defaults left to the API")
            .call(c -> c.pipelineSchedules().createPipelineSchedule(ORG, PIPELINE,
                CreatePipelineScheduleRequest.builder().cronline("0 3 * * 1-5 Europe/Berlin").build()))
            .path(BASE)
            .jsonBody("{\"cronline\": \"0 3 * * 1-5 Europe/Berlin\"}")
            .respondExample(201, "pipeline-schedules-create.json")
            .check(PipelineSchedule.class, schedule -> assertThat(schedule.id()).isEqualTo(SCHEDULE)),

        Scenario.of("createPipelineSchedule").label("invalid cronline")
            .call(c -> catchThrowable(() -> c.pipelineSchedules().createPipelineSchedule(ORG, PIPELINE,
                CreatePipelineScheduleRequest.builder().cronline("every day").build())))
            .path(BASE)
            .jsonBody("{\"cronline\": \"every day\"}")
            .respond(422, "{\"message\": \"Validation failed: Cronline is invalid\"}")
            .check(Throwable.class, thrown -> {
              assertThat(thrown).isInstanceOf(UnprocessableEntityException.class);
              UnprocessableEntityException e = (UnprocessableEntityException) thrown;
              assertThat(e.statusCode()).isEqualTo(422);
              assertThat(e.apiMessage()).contains("Validation failed: Cronline is invalid");
              assertThat(e.errors()).isEmpty();
            }),

        Scenario.of("updatePipelineSchedule")
            .call(c -> c.pipelineSchedules().updatePipelineSchedule(ORG, PIPELINE, SCHEDULE,
                UpdatePipelineScheduleRequest.builder().cronline("@hourly").enabled(false).build()))
            .path(BASE + "/" + SCHEDULE)
            .jsonBody("{\"cronline\": \"@hourly\", \"enabled\": false}")
            .respondExample(200, "pipeline-schedules-update.json")
            .check(PipelineSchedule.class, schedule -> {
              documentedSchedule().accept(schedule);
              assertThat(schedule.cronline()).isEqualTo("@hourly");
              assertThat(schedule.enabled()).contains(false);
              assertThat(schedule.nextBuildAt()).isEmpty();
            }),

        Scenario.of("updatePipelineSchedule").label("re-enable with new branch, commit, message, label and env")
            .call(c -> c.pipelineSchedules().updatePipelineSchedule(ORG, PIPELINE, SCHEDULE,
                UpdatePipelineScheduleRequest.builder()
                    .label("Nightly build")
                    .message("Nightly scheduled build")
                    .branch("main")
                    .commit("HEAD")
                    .env(Map.of("DEPLOY_ENV", "staging"))
                    .enabled(true)
                    .build()))
            .path(BASE + "/" + SCHEDULE)
            .jsonBody("""
                {
                  "label": "Nightly build",
                  "message": "Nightly scheduled build",
                  "branch": "main",
                  "commit": "HEAD",
                  "env": {"DEPLOY_ENV": "staging"},
                  "enabled": true
                }
                """)
            .respondExample(200, "pipeline-schedules-get.json")
            .check(PipelineSchedule.class, schedule -> {
              assertThat(schedule.enabled()).contains(true);
              assertThat(schedule.failedAt()).isEmpty();
              assertThat(schedule.nextBuildAt()).contains(ts("2024-01-02T00:00:00.000Z"));
            }),

        Scenario.of("deletePipelineSchedule")
            .run(c -> c.pipelineSchedules().deletePipelineSchedule(ORG, PIPELINE, SCHEDULE))
            .path(BASE + "/" + SCHEDULE)
            .respond(204, null)
            .returnsNothing()
    );
  }
}
