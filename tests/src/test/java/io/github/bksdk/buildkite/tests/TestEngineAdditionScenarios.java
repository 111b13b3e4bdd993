package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.CreateTestEngineSuiteFromPipelineRequest;
import io.github.bksdk.buildkite.model.TestEngineBuildExecution;
import io.github.bksdk.buildkite.model.TestEngineExecutionTrace;
import io.github.bksdk.buildkite.model.TestEngineSuite;
import io.github.bksdk.buildkite.model.TestEngineTraceSpanCategory;
import io.github.bksdk.buildkite.model.TestEngineTraceView;
import io.github.bksdk.buildkite.model.TestEngineUpload;
import java.util.List;

/**
 * Test Engine endpoints known from Buildkite's Test Engine OpenAPI document and the official Go client rather than the
 * docs pages: creating a suite from a pipeline (OIDC), uploads, execution traces and a build's slowest executions.
 * Their examples are reconstructed with invented values.
 */
final class TestEngineAdditionScenarios {
  private static final String ANALYTICS = "/v2/analytics/organizations/my-great-org";
  private static final String SUITE = ANALYTICS + "/suites/my-suite";
  private static final String EXECUTION = "7b1c9a2e-3d4f-4a5b-8c6d-9e0f1a2b3c4d";
  private static final String BUILD = "89c02425-7712-4ee5-a694-c94b56b4d54c";

  private TestEngineAdditionScenarios() {}

  static List<Scenario> all() {
    return List.of(
        Scenario.of("createTestEngineSuiteFromPipeline")
            .call(c -> c.testEngineSuites().createTestEngineSuiteFromPipelineWithResponse(ORG, CreateTestEngineSuiteFromPipelineRequest.builder().slug("web-unit").build(), RequestOptions.none()))
            .path(ANALYTICS + "/suites/create_from_pipeline")
            .jsonBody("{\"slug\": \"web-unit\"}")
            .respondExample(201, "test-engine-suites-create.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(201);
              assertThat(((TestEngineSuite) response.value()).slug()).isEqualTo("jasmine");
            }),

        Scenario.of("createTestEngineSuiteFromPipeline").label("no body: the suite already exists")
            .call(c -> c.testEngineSuites().createTestEngineSuiteFromPipelineWithResponse(ORG, null, RequestOptions.none()))
            .path(ANALYTICS + "/suites/create_from_pipeline")
            .respondExample(200, "test-engine-suites-get.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).as("idempotent: the existing suite").isEqualTo(200);
              assertThat(response.value()).isInstanceOf(TestEngineSuite.class);
            }),

        Scenario.of("getTestEngineUpload")
            .call(c -> c.testEngineUploads().getTestEngineUpload(ORG, "my-suite", "01951a5c-7e2b-4c6f-9d1a-3b4c5d6e7f80"))
            .path(SUITE + "/uploads/01951a5c-7e2b-4c6f-9d1a-3b4c5d6e7f80")
            .respondExample(200, "test-engine-uploads-get.json")
            .check(TestEngineUpload.class, upload -> {
              assertThat(upload.id()).isEqualTo("01951a5c-7e2b-4c6f-9d1a-3b4c5d6e7f80");
              assertThat(upload.runId()).contains("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
              assertThat(upload.runEnv()).containsEntry("CI", "buildkite").containsEntry("branch", "main");
              assertThat(upload.tags()).containsEntry("language.name", "ruby");
              assertThat(upload.uploadedAt()).contains(ts("2026-08-11T10:15:32.000Z"));
              assertThat(upload.additionalProperties()).isEmpty();
            }),

        Scenario.of("getTestEngineExecutionTrace")
            .call(c -> c.testEngineExecutions().getTestEngineExecutionTrace(ORG, "my-suite", EXECUTION))
            .path(SUITE + "/executions/" + EXECUTION + "/trace")
            .respondExample(200, "test-engine-executions-trace.json")
            .check(TestEngineExecutionTrace.class, trace -> {
              assertThat(trace.executionId()).contains(EXECUTION);
              assertThat(trace.view()).contains(TestEngineTraceView.SUMMARY);
              assertThat(trace.duration()).contains(1.84);
              assertThat(trace.traceDurationNs()).contains(1_840_000_000L);
              assertThat(trace.categories()).extracting(category -> category.category().orElseThrow())
                  .containsExactly(TestEngineTraceSpanCategory.SQL, TestEngineTraceSpanCategory.HTTP);
              assertThat(trace.slowestSpans()).singleElement().satisfies(span -> {
                assertThat(span.name()).contains("SELECT users");
                assertThat(span.durationNs()).contains(210_000_000L);
                assertThat(span.error()).contains(false);
              });
              assertThat(trace.spans()).as("only the full view lists every span").isEmpty();
              assertThat(trace.additionalProperties()).isEmpty();
            }),

        Scenario.of("getTestEngineExecutionTrace").label("full view; no trace recorded")
            .call(c -> c.testEngineExecutions().getTestEngineExecutionTrace(ORG, "my-suite", EXECUTION,
                GetTestEngineExecutionTraceParams.builder().view(TestEngineTraceView.FULL).build()))
            .path(SUITE + "/executions/" + EXECUTION + "/trace")
            .query("view", "full")
            .respond(200, """
                {
                  "execution_id": "7b1c9a2e-3d4f-4a5b-8c6d-9e0f1a2b3c4d",
                  "view": "full",
                  "trace_id": "",
                  "span_count": 0,
                  "truncated": false,
                  "trace_duration_ns": 0,
                  "duration": null,
                  "categories": [],
                  "slowest_spans": [],
                  "spans": []
                }
                """)
            .check(TestEngineExecutionTrace.class, trace -> {
              assertThat(trace.traceId()).contains("");
              assertThat(trace.duration()).isEmpty();
              assertThat(trace.spans()).isEmpty();
            }),

        Scenario.of("listSlowestTestEngineExecutions")
            .call(c -> c.testEngineExecutions().listSlowestTestEngineExecutions(ORG, BUILD))
            .path(ANALYTICS + "/builds/" + BUILD + "/executions/slowest")
            .respondExample(200, "test-engine-executions-slowest.json")
            .checkPage(TestEngineBuildExecution.class, page -> {
              assertThat(page.items()).singleElement().satisfies(execution -> {
                assertThat(execution.id()).isEqualTo(EXECUTION);
                assertThat(execution.suiteSlug()).contains("my-suite");
                assertThat(execution.duration()).contains(12.7);
                assertThat(execution.hasTrace()).contains(true);
              });
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listSlowestTestEngineExecutions").label("limit")
            .call(c -> c.testEngineExecutions().listSlowestTestEngineExecutions(ORG, BUILD,
                ListSlowestTestEngineExecutionsParams.builder().limit(5).build()))
            .path(ANALYTICS + "/builds/" + BUILD + "/executions/slowest")
            .query("limit", "5")
            .respond(200, "[]")
            .checkPage(TestEngineBuildExecution.class, page -> assertThat(page.items()).isEmpty())
    );
  }
}
