package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.linkHeader;
import static io.github.bksdk.buildkite.tests.Scenarios.pageLink;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.CreateTestEngineSuiteRequest;
import io.github.bksdk.buildkite.model.FindTestEngineTestRequest;
import io.github.bksdk.buildkite.model.TestEngineExecutionTags;
import io.github.bksdk.buildkite.model.TestEngineFailedExecution;
import io.github.bksdk.buildkite.model.TestEngineFlakyTest;
import io.github.bksdk.buildkite.model.TestEngineFlakyTestPeriod;
import io.github.bksdk.buildkite.model.TestEngineLabelsOperator;
import io.github.bksdk.buildkite.model.TestEngineRun;
import io.github.bksdk.buildkite.model.TestEngineRunResult;
import io.github.bksdk.buildkite.model.TestEngineRunState;
import io.github.bksdk.buildkite.model.TestEngineSortOrder;
import io.github.bksdk.buildkite.model.TestEngineSuite;
import io.github.bksdk.buildkite.model.TestEngineTest;
import io.github.bksdk.buildkite.model.TestEngineTestSortBy;
import io.github.bksdk.buildkite.model.TestEngineTestState;
import io.github.bksdk.buildkite.model.UpdateTestEngineExecutionTagsRequest;
import io.github.bksdk.buildkite.model.UpdateTestEngineSuiteRequest;
import io.github.bksdk.buildkite.model.UpdateTestEngineTestLabelsRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Test Engine: suites, runs and their failed executions, tests (metrics, labels, quarantine), the tests of a build,
 * the deprecated flaky-test listing and execution tags.
 */
final class TestEngineScenarios {
  private static final String ANALYTICS = "/v2/analytics/organizations/my-great-org";
  private static final String SUITES = ANALYTICS + "/suites";
  private static final String SUITE_SLUG = "my_suite_slug";
  private static final String SUITE = SUITES + "/" + SUITE_SLUG;
  private static final String RUN = "64374307-12ab-4b13-a3f3-6a408f644ea2";
  private static final String TEST = "01867216-8478-7fde-a55a-0300f88bb49b";
  private static final String QUARANTINED = "80b455d3-d197-8c6d-a7bf-09d252c1bf6e";
  private static final String BUILD = "89c02425-7712-4ee5-a694-c94b56b4d54c";
  private static final String VERSION = "2026-08-01";

  private TestEngineScenarios() {}

  static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    all.addAll(suites());
    all.addAll(runs());
    all.addAll(tests());
    all.addAll(quarantine());
    all.addAll(buildTests());
    all.addAll(flakyTests());
    all.addAll(executionTags());
    return all;
  }

  // ------------------------------------------------------------------------------------------------ suites

  private static Consumer<TestEngineSuite> suite(String slug, String name) {
    return suite -> {
      assertThat(suite.id()).isEqualTo("3e979a94-a479-4a6e-ab8d-8b6607ffb62c");
      assertThat(suite.graphqlId()).contains("U3VpdGUtLS0zZTk3OWE5NC1hNDc5LTRhNmUtYWI4ZC04YjY2MDdmZmI2MmM=");
      assertThat(suite.organizationId()).contains("a1b2c3d4-e5f6-7890-abcd-ef1234567890");
      assertThat(suite.slug()).isEqualTo(slug);
      assertThat(suite.name()).contains(name);
      assertThat(suite.url()).isEqualTo("https://api.buildkite.com/v2/analytics/organizations/my_great_org/suites/" + slug);
      assertThat(suite.webUrl()).contains("https://buildkite.com/organizations/my_great_org/analytics/suites/" + slug);
      assertThat(suite.defaultBranch()).contains("main");
      assertThat(suite.applicationName()).contains("Buildkite");
      assertThat(suite.color()).contains("#FFF700");
      assertThat(suite.emoji()).contains("\uD83C\uDF4B");
      assertThat(suite.oidcPolicy()).isEmpty();
    };
  }

  private static List<Scenario> suites() {
    return List.of(
        Scenario.of("listTestEngineSuites")
            .call(c -> c.testEngineSuites().listTestEngineSuites(ORG))
            .path(SUITES)
            .respondExample(200, "test-engine-suites-list.json")
            .responseHeader("Link", linkHeader(SUITES, 1, 2, 3))
            .checkPage(TestEngineSuite.class, page -> {
              assertThat(page.items()).hasSize(1);
              suite(SUITE_SLUG, "My suite name").accept(page.items().get(0));
              assertThat(page.items().get(0).apiToken()).isEmpty();
              assertThat(page.links().next()).contains(pageLink(SUITES, 2));
              assertThat(page.links().last()).contains(pageLink(SUITES, 3));
            }),

        Scenario.of("listTestEngineSuites").label("with API tokens, page 2")
            .call(c -> c.testEngineSuites().listTestEngineSuites(ORG, ListTestEngineSuitesParams.builder()
                .showApiToken(true)
                .page(2)
                .perPage(10)
                .build()))
            .path(SUITES)
            .query("show_api_token", "true")
            .query("page", "2")
            .query("per_page", "10")
            .respond(200, """
                [{"id": "3e979a94-a479-4a6e-ab8d-8b6607ffb62d", "slug": "rspec",
                  "url": "https://api.buildkite.com/v2/analytics/organizations/my-great-org/suites/rspec",
                  "name": "RSpec", "default_branch": "main", "emoji": ":rspec:", "oidc_policy": null,
                  "api_token": "BBBBBBBBBBBBBBBBBBBBBBBB"}]
                """)
            .checkPage(TestEngineSuite.class, page -> {
              TestEngineSuite rspec = page.items().get(0);
              assertThat(rspec.slug()).isEqualTo("rspec");
              assertThat(rspec.emoji()).contains(":rspec:");
              assertThat(rspec.apiToken()).contains("BBBBBBBBBBBBBBBBBBBBBBBB");
              assertThat(rspec.toString()).contains("api_token=***").doesNotContain("BBBB");
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("getTestEngineSuite")
            .call(c -> c.testEngineSuites().getTestEngineSuite(ORG, SUITE_SLUG))
            .path(SUITE)
            .respondExample(200, "test-engine-suites-get.json")
            .check(TestEngineSuite.class, suite(SUITE_SLUG, "My suite name")),

        Scenario.of("getTestEngineSuite").label("show_api_token false")
            .call(c -> c.testEngineSuites().getTestEngineSuite(ORG, SUITE_SLUG,
                GetTestEngineSuiteParams.builder().showApiToken(false).build()))
            .path(SUITE)
            .query("show_api_token", "false")
            .respondExample(200, "test-engine-suites-get.json")
            .check(TestEngineSuite.class, suite -> assertThat(suite.apiToken()).isEmpty()),

        Scenario.of("createTestEngineSuite")
            .call(c -> c.testEngineSuites().createTestEngineSuite(ORG, CreateTestEngineSuiteRequest.builder()
                .name("Jasmine")
                .defaultBranch("main")
                .applicationName("Buildkite")
                .color("#FFF700")
                .emoji("\uD83C\uDF4B")
                .showApiToken(true)
                .teamIds(List.of("3f4aa5ee-671b-41b0-9b44-b94831db6cc8"))
                .build()))
            .path(SUITES)
            .jsonBody("""
                {
                  "name": "Jasmine",
                  "default_branch": "main",
                  "application_name": "Buildkite",
                  "color": "#FFF700",
                  "emoji": "\uD83C\uDF4B",
                  "show_api_token": true,
                  "team_ids": ["3f4aa5ee-671b-41b0-9b44-b94831db6cc8"]
                }
                """)
            .respondExample(201, "test-engine-suites-create.json")
            .check(TestEngineSuite.class, suite -> {
              suite("jasmine", "Jasmine").accept(suite);
              assertThat(suite.apiToken()).contains("AAAAAAAAAAAAAAAAAAAAAAAA");
              assertThat(suite.toString()).contains("api_token=***").doesNotContain("AAAAAAAA");
            }),

        Scenario.of("createTestEngineSuite").label("required fields and a YAML OIDC policy")
            .call(c -> c.testEngineSuites().createTestEngineSuite(ORG, CreateTestEngineSuiteRequest.builder()
                .name("Jasmine")
                .defaultBranch("main")
                .oidcPolicy("- iss: \"https://agent.buildkite.com\"\n  claims:\n    organization_slug: my-org\n"
                    + "  scopes:\n    - read_suites\n    - write_uploads\n")
                .build()))
            .path(SUITES)
            .jsonBody("""
                {
                  "name": "Jasmine",
                  "default_branch": "main",
                  "oidc_policy": "- iss: \\"https://agent.buildkite.com\\"\\n  claims:\\n    organization_slug: my-org\\n  scopes:\\n    - read_suites\\n    - write_uploads\\n"
                }
                """)
            .respondExample(201, "test-engine-suites-create.json")
            .check(TestEngineSuite.class, suite -> assertThat(suite.slug()).isEqualTo("jasmine")),

        Scenario.of("updateTestEngineSuite")
            .call(c -> c.testEngineSuites().updateTestEngineSuite(ORG, "jasmine", UpdateTestEngineSuiteRequest.builder()
                .name("Jasmine")
                .defaultBranch("main")
                .build()))
            .path(SUITES + "/jasmine")
            .jsonBody("{\"name\": \"Jasmine\", \"default_branch\": \"main\"}")
            .respondExample(200, "test-engine-suites-update.json")
            .check(TestEngineSuite.class, suite -> {
              suite("jasmine", "Jasmine").accept(suite);
              assertThat(suite.apiToken()).isEmpty();
            }),

        Scenario.of("updateTestEngineSuite").label("clear the OIDC policy, show_api_token false, name left out")
            .call(c -> c.testEngineSuites().updateTestEngineSuiteWithResponse(ORG, "jasmine", UpdateTestEngineSuiteRequest.builder()
                .applicationName("Web app")
                .color("#ffb7c5")
                .emoji(":cherry_blossom:")
                .showApiToken(false)
                .oidcPolicy(null)
                .build(), RequestOptions.none()))
            .path(SUITES + "/jasmine")
            .jsonBody("""
                {"application_name": "Web app", "color": "#ffb7c5", "emoji": ":cherry_blossom:",
                 "show_api_token": false, "oidc_policy": null}
                """)
            .respondExample(200, "test-engine-suites-update.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              assertThat(response.value()).isInstanceOfSatisfying(TestEngineSuite.class,
                  suite -> assertThat(suite.oidcPolicy()).isEmpty());
            }),

        Scenario.of("deleteTestEngineSuite")
            .run(c -> c.testEngineSuites().deleteTestEngineSuite(ORG, "jasmine"))
            .path(SUITES + "/jasmine")
            .respond(204, null)
            .returnsNothing()
    );
  }

  // ------------------------------------------------------------------------------------------------ runs

  private static Consumer<TestEngineRun> documentedRun() {
    return run -> {
      assertThat(run.id()).isEqualTo(RUN);
      assertThat(run.branch()).contains("main");
      assertThat(run.commitSha()).contains("1c3214fcceb2c14579a2c3c50cd78f1442fd8936");
      assertThat(run.state()).isEqualTo(TestEngineRunState.FINISHED);
      assertThat(run.result()).contains(TestEngineRunResult.PASSED);
      assertThat(run.url()).isEqualTo("https://api.buildkite.com/v2/analytics/organizations/my_great_org/suites/my_suite_slug/runs/" + RUN);
      assertThat(run.webUrl()).contains("https://buildkite.com/organizations/my_great_org/analytics/suites/my_suite_slug/runs/" + RUN);
      assertThat(run.buildId()).contains(BUILD);
      assertThat(run.createdAt()).contains(ts("2023-06-25T05:32:53.228Z"));
    };
  }

  private static List<Scenario> runs() {
    String runs = SUITE + "/runs";
    String failed = runs + "/" + RUN + "/failed_executions";
    return List.of(
        Scenario.of("listTestEngineRuns")
            .call(c -> c.testEngineRuns().listTestEngineRuns(ORG, SUITE_SLUG))
            .path(runs)
            .respondExample(200, "test-engine-runs-list.json")
            .responseHeader("Link", linkHeader(runs, 1, 2, 9))
            .checkPage(TestEngineRun.class, page -> {
              assertThat(page.items()).hasSize(1);
              documentedRun().accept(page.items().get(0));
              assertThat(page.links().next()).contains(pageLink(runs, 2));
            }),

        Scenario.of("listTestEngineRuns").label("one build, page 3")
            .call(c -> c.testEngineRuns().listTestEngineRuns(ORG, SUITE_SLUG, ListTestEngineRunsParams.builder()
                .buildId(UUID.fromString("018c133d-5419-7fe3-9e9e-3c51464490a2"))
                .page(3)
                .perPage(100)
                .build()))
            .path(runs)
            .query("build_id", "018c133d-5419-7fe3-9e9e-3c51464490a2")
            .query("page", "3")
            .query("per_page", "100")
            .respond(200, """
                [{"id": "75bbcd9a-662c-46f5-9d40-adfa6549eff1", "state": "running", "result": "stale",
                  "url": "https://api.buildkite.com/v2/analytics/organizations/my-great-org/suites/my_suite_slug/runs/75bbcd9a-662c-46f5-9d40-adfa6549eff1",
                  "build_id": "018c133d-5419-7fe3-9e9e-3c51464490a2", "branch": null, "commit_sha": null,
                  "created_at": "2026-07-16T06:00:00Z"}]
                """)
            .checkPage(TestEngineRun.class, page -> {
              TestEngineRun run = page.items().get(0);
              assertThat(run.state()).isEqualTo(TestEngineRunState.RUNNING);
              assertThat(run.result()).contains(TestEngineRunResult.STALE);
              assertThat(run.branch()).isEmpty();
              assertThat(run.createdAt()).contains(ts("2026-07-16T06:00:00Z"));
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("getTestEngineRun")
            .call(c -> c.testEngineRuns().getTestEngineRun(ORG, SUITE_SLUG, RUN))
            .path(runs + "/" + RUN)
            .respondExample(200, "test-engine-runs-get.json")
            .check(TestEngineRun.class, documentedRun()),

        Scenario.of("listTestEngineRunFailedExecutions")
            .call(c -> c.testEngineRuns().listTestEngineRunFailedExecutions(ORG, SUITE_SLUG, RUN))
            .path(failed)
            .respondExample(200, "test-engine-runs-failed-executions.json")
            .responseHeader("Link", linkHeader(failed, 1, 2, 2))
            .checkPage(TestEngineFailedExecution.class, page -> {
              assertThat(page.items()).hasSize(1);
              TestEngineFailedExecution execution = page.items().get(0);
              assertThat(execution.executionId()).isEqualTo("60f0e64c-ae4b-870e-b41f-5431205caf06");
              assertThat(execution.runId()).contains("075bbcd9-662c-86f5-9d40-adfa6549eff1");
              assertThat(execution.testId()).contains("f6cb6c43-df94-8b60-81ed-14f9db7bbfd8");
              assertThat(execution.runName()).contains("075bbcd9-662c-86f5-9d40-adfa6549eff1");
              assertThat(execution.createdAt()).contains(ts("2025-02-03T05:32:53.228Z"));
              assertThat(execution.branch()).contains("main");
              assertThat(execution.failureReason()).contains("it didn't work");
              assertThat(execution.failureExpanded()).isEmpty();
              assertThat(execution.duration()).contains(3.79073);
              assertThat(execution.location()).contains("./spec/models/user.rb:23");
              assertThat(execution.testName()).contains("Deploy should be available");
              assertThat(execution.testExecutionUrl()).hasValueSatisfying(
                  url -> assertThat(url).endsWith("?execution_id=60f0e64c-ae4b-870e-b41f-5431205caf06"));
              assertThat(execution.tags()).containsExactly(Map.entry("language.name", "ruby"),
                  Map.entry("language.version", "3.3.6"), Map.entry("custom.env", "staging"));
              assertThat(page.links().next()).contains(pageLink(failed, 2));
            }),

        Scenario.of("listTestEngineRunFailedExecutions").label("expanded failures, page 2")
            .call(c -> c.testEngineRuns().listTestEngineRunFailedExecutions(ORG, SUITE_SLUG, RUN,
                ListTestEngineRunFailedExecutionsParams.builder()
                    .includeFailureExpanded(true)
                    .page(2)
                    .perPage(50)
                    .build()))
            .path(failed)
            .query("include_failure_expanded", "true")
            .query("page", "2")
            .query("per_page", "50")
            .respond(200, """
                [{"execution_id": "60f0e64c-ae4b-870e-b41f-5431205caf07", "failure_reason": "expected 1, got 2",
                  "failure_expanded": [{"expanded": ["expected: 1", "     got: 2"], "backtrace": ["./spec/a_spec.rb:3"]}],
                  "duration": 0.5, "tags": {}}]
                """)
            .checkPage(TestEngineFailedExecution.class, page -> {
              TestEngineFailedExecution execution = page.items().get(0);
              assertThat(execution.failureExpanded()).hasValueSatisfying(expanded ->
                  assertThat(expanded).isInstanceOf(List.class).asList().hasSize(1));
              assertThat(execution.tags()).isEmpty();
              assertThat(execution.duration()).contains(0.5);
            })
    );
  }

  // ------------------------------------------------------------------------------------------------ tests

  /** The test of the documented list, get and find examples, with or without metrics. */
  private static Consumer<TestEngineTest> documentedTest(String suitePart) {
    return test -> {
      assertThat(test.id()).isEqualTo(TEST);
      assertThat(test.url()).contains("https://api.buildkite.com/v2/analytics/organizations/my_great_org/suites/" + suitePart + "/tests/" + TEST);
      assertThat(test.webUrl()).contains("https://buildkite.com/organizations/my_great_org/analytics/suites/" + suitePart + "/tests/" + TEST);
      assertThat(test.scope()).contains("User#email");
      assertThat(test.name()).contains("is correctly formatted");
      assertThat(test.location()).contains("./spec/models/user_spec.rb:42");
      assertThat(test.fileName()).contains("./spec/models/user_spec.rb");
    };
  }

  private static Consumer<TestEngineTest> withMetrics(int executions) {
    return test -> {
      assertThat(test.labels()).containsExactly("flaky");
      assertThat(test.reliability()).contains(0.98);
      assertThat(test.durationAvg()).contains(0.213);
      assertThat(test.durationSum()).contains(23.856);
      assertThat(test.durationMin()).contains(0.108);
      assertThat(test.durationMax()).contains(1.942);
      assertThat(test.executionsCount()).contains(executions);
      assertThat(test.executionsCountByResult()).hasValueSatisfying(counts -> {
        assertThat(counts.passed()).contains(110);
        assertThat(counts.failed()).contains(2);
        assertThat(counts.pending()).isEmpty();
        assertThat(counts.unknown()).isEmpty();
      });
    };
  }

  /** A test as sent without the version header: attributes up to labels, no metrics. */
  private static final String LEGACY_TESTS = """
      [{"id": "01867216-8478-7fde-a55a-0300f88bb49b",
        "url": "https://api.buildkite.com/v2/analytics/organizations/my_great_org/suites/my_suite_name/tests/01867216-8478-7fde-a55a-0300f88bb49b",
        "web_url": "https://buildkite.com/organizations/my_great_org/analytics/suites/my_suite_name/tests/01867216-8478-7fde-a55a-0300f88bb49b",
        "scope": "User#email", "name": "is correctly formatted", "location": "./spec/models/user_spec.rb:42",
        "file_name": "./spec/models/user_spec.rb", "labels": ["flaky"]}]
      """;

  private static List<Scenario> tests() {
    String tests = SUITE + "/tests";
    return List.of(
        Scenario.of("listTestEngineTests")
            .call(c -> c.testEngineTests().listTestEngineTests(ORG, SUITE_SLUG))
            .path(tests)
            .respond(200, LEGACY_TESTS)
            .responseHeader("Link", linkHeader(tests, 1, 2, 4))
            .checkPage(TestEngineTest.class, page -> {
              assertThat(page.items()).hasSize(1);
              TestEngineTest test = page.items().get(0);
              documentedTest("my_suite_name").accept(test);
              assertThat(test.labels()).containsExactly("flaky");
              assertThat(test.reliability()).isEmpty();
              assertThat(test.executionsCount()).isEmpty();
              assertThat(test.executionsCountByResult()).isEmpty();
              assertThat(page.links().next()).contains(pageLink(tests, 2));
            }),

        Scenario.of("listTestEngineTests").label("Buildkite-Version header")
            .call(c -> c.testEngineTests().listTestEngineTests(ORG, SUITE_SLUG, 
                ListTestEngineTestsParams.builder().buildkiteVersion(VERSION).period("28days").build()))
            .path(tests)
            .query("period", "28days")
            .requestHeader("Buildkite-Version", VERSION)
            .respondExample(200, "test-engine-tests-list.json")
            .checkPage(TestEngineTest.class, page -> assertThat(page.items()).singleElement().satisfies(test -> {
              documentedTest("my_suite_name").accept(test);
              withMetrics(112).accept(test);
              assertThat(test.executionsCountByResult().flatMap(counts -> counts.skipped())).isEmpty();
            })),

        Scenario.of("listTestEngineTests").label("every filter")
            .call(c -> c.testEngineTests().listTestEngineTests(ORG, SUITE_SLUG,  ListTestEngineTestsParams.builder()
                .labels("flaky,!slow")
                .branch("feature*")
                .owners("payments,!platform")
                .state(TestEngineTestState.MUTED)
                .tags("framework:!rspec,scm.branch:feature*,result:^passed")
                .sortBy(TestEngineTestSortBy.RELIABILITY)
                .order(TestEngineSortOrder.ASC)
                .minTimestamp(OffsetDateTime.of(2026, 7, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .maxTimestamp(OffsetDateTime.of(2026, 7, 23, 0, 0, 0, 0, ZoneOffset.UTC))
                .page(2)
                .perPage(100)
                .build()))
            .path(tests)
            .query("labels", "flaky,!slow")
            .query("branch", "feature*")
            .query("owners", "payments,!platform")
            .query("state", "muted")
            .query("tags", "framework:!rspec,scm.branch:feature*,result:^passed")
            .query("sort_by", "reliability")
            .query("order", "asc")
            .query("min_timestamp", "2026-07-01T00:00:00Z")
            .query("max_timestamp", "2026-07-23T00:00:00Z")
            .query("page", "2")
            .query("per_page", "100")
            .respondExample(200, "test-engine-tests-list.json")
            .checkPage(TestEngineTest.class, page -> {
              assertThat(page.items()).extracting(TestEngineTest::id).containsExactly(TEST);
              withMetrics(112).accept(page.items().get(0));
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listTestEngineTests").label("legacy single label")
            .call(c -> c.testEngineTests().listTestEngineTests(ORG, SUITE_SLUG, 
                ListTestEngineTestsParams.builder().label("flaky").build()))
            .path(tests)
            .query("label", "flaky")
            .respond(200, LEGACY_TESTS)
            .checkPage(TestEngineTest.class, page -> assertThat(page.items()).singleElement()
                .satisfies(test -> assertThat(test.labels()).containsExactly("flaky"))),

        Scenario.of("getTestEngineTest")
            .call(c -> c.testEngineTests().getTestEngineTest(ORG, SUITE_SLUG, TEST))
            .path(tests + "/" + TEST)
            .respondExample(200, "test-engine-tests-get.json")
            .check(TestEngineTest.class, test -> {
              documentedTest("my_suite_name").accept(test);
              withMetrics(112).accept(test);
            }),

        Scenario.of("getTestEngineTest").label("Buildkite-Version header and a timestamp window")
            .call(c -> c.testEngineTests().getTestEngineTestWithResponse(ORG, SUITE_SLUG, TEST, GetTestEngineTestParams.builder().buildkiteVersion(VERSION)
                    .minTimestamp(OffsetDateTime.of(2026, 7, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                    .maxTimestamp(OffsetDateTime.of(2026, 7, 23, 12, 0, 0, 0, ZoneOffset.ofHours(10)))
                    .build(), RequestOptions.none()))
            .path(tests + "/" + TEST)
            .query("min_timestamp", "2026-07-01T00:00:00Z")
            .query("max_timestamp", "2026-07-23T12:00:00+10:00")
            .requestHeader("Buildkite-Version", VERSION)
            .respond(200, """
                {"id": "01867216-8478-7fde-a55a-0300f88bb49b", "scope": "User#email", "name": "is correctly formatted",
                 "labels": [], "reliability": null, "duration_avg": null, "duration_sum": null, "duration_min": null,
                 "duration_max": null, "executions_count": 0, "executions_count_by_result": {"passed": 0, "failed": 0}}
                """)
            .check(Response.class, response -> assertThat(response.value()).isInstanceOfSatisfying(TestEngineTest.class, test -> {
              assertThat(test.reliability()).isEmpty();
              assertThat(test.durationAvg()).isEmpty();
              assertThat(test.executionsCount()).contains(0);
              assertThat(test.executionsCountByResult().flatMap(counts -> counts.passed())).contains(0);
              assertThat(test.labels()).isEmpty();
            })),

        Scenario.of("getTestEngineTest").label("period")
            .call(c -> c.testEngineTests().getTestEngineTest(ORG, SUITE_SLUG, TEST, 
                GetTestEngineTestParams.builder().period("7days").build()))
            .path(tests + "/" + TEST)
            .query("period", "7days")
            .respondExample(200, "test-engine-tests-get.json")
            .check(TestEngineTest.class, test -> assertThat(test.executionsCount()).contains(112)),

        Scenario.of("findTestEngineTest")
            .call(c -> c.testEngineTests().findTestEngineTest(ORG, SUITE_SLUG, FindTestEngineTestRequest.builder()
                .scope("User#email")
                .name("is correctly formatted")
                .build()))
            .path(tests + "/find")
            .jsonBody("{\"scope\": \"User#email\", \"name\": \"is correctly formatted\"}")
            .respondExample(200, "test-engine-tests-find.json")
            .check(TestEngineTest.class, test -> {
              documentedTest("my_suite_name").accept(test);
              assertThat(test.labels()).isEmpty();
              assertThat(test.reliability()).isEmpty();
            }),

        Scenario.of("updateTestEngineTestLabels")
            .call(c -> c.testEngineTests().updateTestEngineTestLabels(ORG, "acme-suite", "ccd837ee-d484-8864-a6ee-29cfae965bd8",
                UpdateTestEngineTestLabelsRequest.builder()
                    .operator(TestEngineLabelsOperator.ADD)
                    .labels(List.of("flaky", "slow"))
                    .build()))
            .path(SUITES + "/acme-suite/tests/ccd837ee-d484-8864-a6ee-29cfae965bd8/labels")
            .jsonBody("{\"operator\": \"add\", \"labels\": [\"flaky\", \"slow\"]}")
            .respondExample(200, "test-engine-tests-labels.json")
            .check(TestEngineTest.class, test -> {
              assertThat(test.id()).isEqualTo("ccd837ee-d484-8864-a6ee-29cfae965bd8");
              assertThat(test.labels()).containsExactly("flaky", "slow");
              assertThat(test.scope()).contains("A fancy feature");
              assertThat(test.name()).contains("one plus one");
              assertThat(test.location()).contains("./spec/features/cool_spec.rb:232");
            }),

        Scenario.of("updateTestEngineTestLabels").label("remove")
            .call(c -> c.testEngineTests().updateTestEngineTestLabels(ORG, "acme-suite", "ccd837ee-d484-8864-a6ee-29cfae965bd8",
                UpdateTestEngineTestLabelsRequest.builder()
                    .operator(TestEngineLabelsOperator.REMOVE)
                    .labels(List.of("slow"))
                    .build()))
            .path(SUITES + "/acme-suite/tests/ccd837ee-d484-8864-a6ee-29cfae965bd8/labels")
            .jsonBody("{\"operator\": \"remove\", \"labels\": [\"slow\"]}")
            .respondExample(200, "test-engine-tests-labels.json")
            .check(TestEngineTest.class, test -> assertThat(test.fileName()).contains("./spec/features/cool_spec.rb"))
    );
  }

  private static Consumer<TestEngineTest> quarantinedTest(String location) {
    return test -> {
      assertThat(test.scope()).contains("Flaky test");
      assertThat(test.name()).contains("passes only on the second try on BK CI");
      assertThat(test.location()).contains(location);
      assertThat(test.url()).hasValueSatisfying(url -> assertThat(url).startsWith(
          "http://api.buildkite.com/v2/analytics/organizations/buildkite/suites/my-sample-suite/tests/"));
    };
  }

  private static List<Scenario> quarantine() {
    String test = SUITE + "/tests/" + QUARANTINED;
    return List.of(
        Scenario.of("skipTestEngineTest")
            .call(c -> c.testEngineTests().skipTestEngineTest(ORG, SUITE_SLUG, QUARANTINED))
            .path(test + "/skip")
            .respondExample(200, "test-engine-tests-skip.json")
            .check(TestEngineTest.class, t -> {
              assertThat(t.id()).isEqualTo(QUARANTINED);
              quarantinedTest("./spec/flaky_spec.rb:6").accept(t);
            }),

        Scenario.of("muteTestEngineTest")
            .call(c -> c.testEngineTests().muteTestEngineTest(ORG, SUITE_SLUG, QUARANTINED))
            .path(test + "/mute")
            .respondExample(200, "test-engine-tests-mute.json")
            .check(TestEngineTest.class, t -> {
              assertThat(t.id()).isEqualTo(QUARANTINED);
              quarantinedTest("./spec/flaky_spec.rb:6").accept(t);
            }),

        Scenario.of("enableTestEngineTest")
            .call(c -> c.testEngineTests().enableTestEngineTestWithResponse(ORG, SUITE_SLUG, QUARANTINED, RequestOptions.none()))
            .path(test + "/enable")
            .respondExample(200, "test-engine-tests-enable.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              assertThat(response.value()).isInstanceOfSatisfying(TestEngineTest.class, t -> {
                assertThat(t.fileName()).contains("./spec/flaky_spec.rb");
                quarantinedTest("./spec/flaky_spec.rb:6").accept(t);
              });
            }),

        Scenario.of("listMutedTestEngineTests")
            .call(c -> c.testEngineTests().listMutedTestEngineTests(ORG, SUITE_SLUG))
            .path(SUITE + "/tests/muted")
            .respondExample(200, "test-engine-tests-list-muted.json")
            .checkPage(TestEngineTest.class, page -> {
              assertThat(page.items()).singleElement().satisfies(t -> {
                assertThat(t.id()).isEqualTo("160988e4-836e-88ab-af45-22170a169e23");
                quarantinedTest("flaky.spec.js:1").accept(t);
              });
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listSkippedTestEngineTests")
            .call(c -> c.testEngineTests().listSkippedTestEngineTests(ORG, SUITE_SLUG))
            .path(SUITE + "/tests/skipped")
            .respondExample(200, "test-engine-tests-list-skipped.json")
            .checkPage(TestEngineTest.class, page -> {
              assertThat(page.items()).singleElement().satisfies(t -> {
                assertThat(t.id()).isEqualTo("160988e4-836e-88ab-af45-22170a169e23");
                assertThat(t.fileName()).contains("flaky.spec.js");
                quarantinedTest("flaky.spec.js:1").accept(t);
              });
            })
    );
  }

  // ------------------------------------------------------------------------------------------------ build tests

  private static List<Scenario> buildTests() {
    String tests = ANALYTICS + "/builds/" + BUILD + "/tests";
    return List.of(
        Scenario.of("listTestEngineBuildTests")
            .call(c -> c.testEngineBuildTests().listTestEngineBuildTests(ORG, BUILD))
            .path(tests)
            .respondExample(200, "test-engine-build-tests-list.json")
            .responseHeader("Link", linkHeader(tests, 1, 2, 2))
            .checkPage(TestEngineTest.class, page -> {
              assertThat(page.items()).hasSize(1);
              TestEngineTest test = page.items().get(0);
              assertThat(test.id()).isEqualTo("a915535c-a8f1-4e1a-bd6a-a5589e09f349");
              assertThat(test.scope()).contains("User#email");
              withMetrics(113).accept(test);
              assertThat(test.executionsCountByResult().flatMap(counts -> counts.skipped())).contains(1);
              assertThat(page.links().next()).contains(pageLink(tests, 2));
            }),

        Scenario.of("listTestEngineBuildTests").label("every filter")
            .call(c -> c.testEngineBuildTests().listTestEngineBuildTests(ORG, BUILD,
                ListTestEngineBuildTestsParams.builder()
                    .labels("flaky")
                    .branch("!main")
                    .owners("payments")
                    .state(TestEngineTestState.ENABLED)
                    .tags("result:~failed")
                    .sortBy(TestEngineTestSortBy.DURATION_MAX)
                    .order(TestEngineSortOrder.DESC)
                    .page(1)
                    .perPage(25)
                    .build()))
            .path(tests)
            .query("labels", "flaky")
            .query("branch", "!main")
            .query("owners", "payments")
            .query("state", "enabled")
            .query("tags", "result:~failed")
            .query("sort_by", "duration_max")
            .query("order", "desc")
            .query("page", "1")
            .query("per_page", "25")
            .respond(200, "[]")
            .checkPage(TestEngineTest.class, page -> {
              assertThat(page.items()).isEmpty();
              assertThat(page.hasNextPage()).isFalse();
            })
    );
  }

  // ------------------------------------------------------------------------------------------------ flaky tests

  private static List<Scenario> flakyTests() {
    String flaky = SUITE + "/flaky-tests";
    return List.of(
        Scenario.of("listTestEngineFlakyTests")
            .call(c -> c.testEngineFlakyTests().listTestEngineFlakyTests(ORG, SUITE_SLUG))
            .path(flaky)
            .respondExample(200, "test-engine-flaky-tests-list.json")
            .checkPage(TestEngineFlakyTest.class, page -> {
              assertThat(page.items()).hasSize(1);
              TestEngineFlakyTest test = page.items().get(0);
              assertThat(test.id()).isEqualTo(TEST);
              assertThat(test.webUrl()).hasValueSatisfying(url -> assertThat(url).endsWith("/tests/" + TEST));
              assertThat(test.scope()).contains("User#email");
              assertThat(test.name()).contains("is correctly formatted");
              assertThat(test.location()).contains("./spec/models/user_spec.rb:42");
              assertThat(test.fileName()).contains("./spec/models/user_spec.rb");
              assertThat(test.instances()).contains(1);
              assertThat(test.latestOccurrenceAt()).contains(ts("2024-07-15T00:07:02.547Z"));
              assertThat(test.mostRecentInstanceAt()).contains(ts("2024-07-15T00:07:02.547Z"));
              assertThat(test.lastResolvedAt()).isEmpty();
              assertThat(test.ownershipTeamIds())
                  .containsExactly("4c15a4c7-6674-4585-b592-4adcc8630383", "d30fd7ba-82d8-487f-9d98-6e1a057bcca8");
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listTestEngineFlakyTests").label("every filter")
            .call(c -> c.testEngineFlakyTests().listTestEngineFlakyTests(ORG, SUITE_SLUG,
                ListTestEngineFlakyTestsParams.builder()
                    .search("User#find_email")
                    .branch("main")
                    .period(TestEngineFlakyTestPeriod._28DAYS)
                    .page(2)
                    .perPage(5)
                    .build()))
            .path(flaky)
            .query("search", "User#find_email")
            .query("branch", "main")
            .query("period", "28days")
            .query("page", "2")
            .query("per_page", "5")
            .respondExample(200, "test-engine-flaky-tests-list.json")
            .checkPage(TestEngineFlakyTest.class, page ->
                assertThat(page.items()).extracting(TestEngineFlakyTest::id).containsExactly(TEST))
    );
  }

  // ------------------------------------------------------------------------------------------------ execution tags

  private static List<Scenario> executionTags() {
    String path = SUITE + "/execution-tags";
    return List.of(
        Scenario.of("updateTestEngineExecutionTags")
            .call(c -> {
              Map<String, String> classified = new LinkedHashMap<>();
              classified.put("mut.classification", "infrastructure");
              classified.put("mut.reason", "api_timeout");
              return c.testEngineExecutionTags().updateTestEngineExecutionTags(ORG, SUITE_SLUG,
                  UpdateTestEngineExecutionTagsRequest.builder()
                      .executions(List.of(
                          TestEngineExecutionTags.builder()
                              .id(UUID.fromString("019eddd0-3d40-7582-a010-7eb1967c61d9"))
                              .tags(classified)
                              .build(),
                          TestEngineExecutionTags.builder()
                              .id(UUID.fromString("01867216-8478-7fde-a55a-0300f88bb49b"))
                              .tags(Map.of("mut.label", "flaky"))
                              .build()))
                      .build());
            })
            .path(path)
            .jsonBody("""
                {
                  "executions": [
                    {"id": "019eddd0-3d40-7582-a010-7eb1967c61d9",
                     "tags": {"mut.classification": "infrastructure", "mut.reason": "api_timeout"}},
                    {"id": "01867216-8478-7fde-a55a-0300f88bb49b", "tags": {"mut.label": "flaky"}}
                  ]
                }
                """)
            .respond(200, "{}")
            .check(Map.class, result -> assertThat(result).isEmpty()),

        Scenario.of("updateTestEngineExecutionTags").label("clear the tags of one execution")
            .call(c -> c.testEngineExecutionTags().updateTestEngineExecutionTagsWithResponse(ORG, SUITE_SLUG, UpdateTestEngineExecutionTagsRequest.builder()
                    .executions(List.of(TestEngineExecutionTags.builder()
                        .id(UUID.fromString("019eddd0-3d40-7582-a010-7eb1967c61d9"))
                        .tags(Map.of())
                        .build()))
                    .build(), RequestOptions.none()))
            .path(path)
            .jsonBody("{\"executions\": [{\"id\": \"019eddd0-3d40-7582-a010-7eb1967c61d9\", \"tags\": {}}]}")
            .respond(200, "{}")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              assertThat(response.value()).isEqualTo(Map.of());
            })
    );
  }
}
