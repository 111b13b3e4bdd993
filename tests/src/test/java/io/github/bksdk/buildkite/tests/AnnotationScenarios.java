package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.PIPELINE;
import static io.github.bksdk.buildkite.tests.Scenarios.linkHeader;
import static io.github.bksdk.buildkite.tests.Scenarios.pageLink;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.model.Annotation;
import io.github.bksdk.buildkite.model.AnnotationScope;
import io.github.bksdk.buildkite.model.AnnotationScopeFilter;
import io.github.bksdk.buildkite.model.AnnotationStyle;
import io.github.bksdk.buildkite.model.CreateAnnotationRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Annotations of builds and of jobs, both route shapes for jobs. */
final class AnnotationScenarios {
  private static final String JOB = "01234567-89ab-4cde-8f01-23456789abcd";
  private static final String BUILD = "/v2/organizations/my-great-org/pipelines/my-pipeline/builds/1";
  private static final String ORG_JOB = "/v2/organizations/my-great-org/jobs/" + JOB;
  private static final String BUILD_JOB = BUILD + "/jobs/" + JOB;
  private static final String JOB_ANNOTATION = "a7c5b1d2-4f3e-4a1b-9c8d-6e2f1a3b4c5d";

  private AnnotationScenarios() {}

  private static Consumer<Annotation> jobAnnotation(String bodyHtml) {
    return annotation -> {
      assertThat(annotation.id()).isEqualTo(JOB_ANNOTATION);
      assertThat(annotation.context()).contains("test-results");
      assertThat(annotation.style()).contains(AnnotationStyle.SUCCESS);
      assertThat(annotation.scope()).contains(AnnotationScope.JOB);
      assertThat(annotation.jobId()).contains(JOB);
      assertThat(annotation.priority()).contains(3);
      assertThat(annotation.bodyHtml()).contains(bodyHtml);
      assertThat(annotation.createdAt()).contains(ts("2024-01-15T10:30:00.000Z"));
      assertThat(annotation.updatedAt()).contains(ts("2024-01-15T10:30:00.000Z"));
    };
  }

  private static final String JOB_ANNOTATION_BODY = """
      {"body": "Test results: 42 passed", "style": "success", "context": "test-results"}""";

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listBuildAnnotations")
            .call(c -> c.annotations().listBuildAnnotations(ORG, PIPELINE, 1))
            .path(BUILD + "/annotations")
            .respondExample(200, "annotations-list.json")
            .responseHeader("Link", linkHeader(BUILD + "/annotations", 1, 2, 2))
            .checkPage(Annotation.class, page -> {
              assertThat(page.items()).extracting(Annotation::id)
                  .containsExactly("de0d4ab5-6360-467a-a34b-e5ef5db5320d", "5b3ceff6-78cb-4fe9-88ae-51be5f145977");
              Annotation first = page.items().get(0);
              assertThat(first.context()).contains("default");
              assertThat(first.style()).contains(AnnotationStyle.INFO);
              assertThat(first.scope()).contains(AnnotationScope.BUILD);
              assertThat(first.jobId()).isEmpty();
              assertThat(first.priority()).contains(3);
              assertThat(first.bodyHtml()).hasValueSatisfying(html -> assertThat(html).startsWith("<h1>My Markdown Heading</h1>"));
              assertThat(first.createdAt()).contains(ts("2019-04-09T18:07:15.775Z"));
              assertThat(first.updatedAt()).contains(ts("2019-08-06T20:58:49.396Z"));
              assertThat(page.items().get(1).context()).contains("coverage");
              assertThat(page.links().next()).contains(pageLink(BUILD + "/annotations", 2));
            }),

        // A list item as the real API once sent it: no scope (issue 9). It validates and reads as an empty scope.
        Scenario.of("listBuildAnnotations").label("a recorded item without scope")
            .call(c -> c.annotations().listBuildAnnotations(ORG, PIPELINE, 1))
            .path(BUILD + "/annotations")
            .respond(200, """
                [{"id": "de0d4ab5-6360-467a-a34b-e5ef5db5320d", "context": "default", "style": "info",
                  "body_html": "<h1>Ship it</h1>", "created_at": "2019-04-09T18:07:15.775Z",
                  "updated_at": "2019-08-06T20:58:49.396Z"}]
                """)
            .checkPage(Annotation.class, page -> {
              assertThat(page.items()).singleElement().satisfies(a -> {
                assertThat(a.scope()).isEmpty();
                assertThat(a.bodyHtml()).contains("<h1>Ship it</h1>");
              });
            }),

        Scenario.of("listBuildAnnotations").label("scope, omit_body, page, per_page")
            .call(c -> c.annotations().listBuildAnnotations(ORG, PIPELINE, 1,
                ListBuildAnnotationsParams.builder()
                    .scope(AnnotationScopeFilter.ALL)
                    .omitBody(true)
                    .page(2)
                    .perPage(5)
                    .build()))
            .path(BUILD + "/annotations")
            .query("scope", "all")
            .query("omit_body", "true")
            .query("page", "2")
            .query("per_page", "5")
            .respond(200, """
                [
                  {"id": "de0d4ab5-6360-467a-a34b-e5ef5db5320d", "context": "default", "style": "info",
                   "scope": "build", "job_id": null, "priority": 3,
                   "created_at": "2019-04-09T18:07:15.775Z", "updated_at": "2019-08-06T20:58:49.396Z"},
                  {"id": "a7c5b1d2-4f3e-4a1b-9c8d-6e2f1a3b4c5d", "context": "test-results", "style": "success",
                   "scope": "job", "job_id": "01234567-89ab-4cde-8f01-23456789abcd", "priority": 3,
                   "created_at": "2024-01-15T10:30:00.000Z", "updated_at": "2024-01-15T10:30:00.000Z"}
                ]
                """)
            .checkPage(Annotation.class, page -> {
              assertThat(page.items()).extracting(Annotation::scope).containsExactly(Optional.of(AnnotationScope.BUILD), Optional.of(AnnotationScope.JOB));
              assertThat(page.items()).allSatisfy(a -> assertThat(a.bodyHtml()).isEmpty());
              assertThat(page.items().get(1).jobId()).contains(JOB);
            }),

        Scenario.of("createBuildAnnotation")
            .call(c -> c.annotations().createBuildAnnotation(ORG, PIPELINE, 1, CreateAnnotationRequest.builder()
                .body("Hello world!")
                .style(AnnotationStyle.INFO)
                .priority(5)
                .context("greeting")
                .build()))
            .path(BUILD + "/annotations")
            .jsonBody("{\"body\": \"Hello world!\", \"style\": \"info\", \"priority\": 5, \"context\": \"greeting\"}")
            .respondExample(201, "annotations-create.json")
            .check(Annotation.class, annotation -> {
              assertThat(annotation.id()).isEqualTo("018b8d10-6b5b-4df2-b0ff-dfa2af566050");
              assertThat(annotation.context()).contains("greeting");
              assertThat(annotation.style()).contains(AnnotationStyle.INFO);
              assertThat(annotation.scope()).contains(AnnotationScope.BUILD);
              assertThat(annotation.jobId()).isEmpty();
              assertThat(annotation.priority()).contains(5);
              assertThat(annotation.bodyHtml()).contains("<p>Hello world!</p>\n");
              assertThat(annotation.createdAt()).contains(ts("2023-11-01T22:45:45.435Z"));
            }),

        Scenario.of("createBuildAnnotation").label("append")
            .call(c -> c.annotations().createBuildAnnotation(ORG, PIPELINE, 1, CreateAnnotationRequest.builder()
                .body("\n* one more thing")
                .context("greeting")
                .append(true)
                .build()))
            .path(BUILD + "/annotations")
            .jsonBody("{\"body\": \"\\n* one more thing\", \"context\": \"greeting\", \"append\": true}")
            .respondExample(201, "annotations-create.json")
            .check(Annotation.class, annotation -> assertThat(annotation.style().map(AnnotationStyle::asString)).contains("info")),

        Scenario.of("deleteBuildAnnotation")
            .run(c -> c.annotations().deleteBuildAnnotation(ORG, PIPELINE, 1, "de0d4ab5-6360-467a-a34b-e5ef5db5320d"))
            .path(BUILD + "/annotations/de0d4ab5-6360-467a-a34b-e5ef5db5320d")
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("listJobAnnotations")
            .call(c -> c.annotations().listJobAnnotations(ORG, JOB))
            .path(ORG_JOB + "/annotations")
            .respondExample(200, "annotations-list-for-job.json")
            .checkPage(Annotation.class, page -> {
              assertThat(page.items()).hasSize(1);
              jobAnnotation("<p>All 42 tests passed</p>\n").accept(page.items().get(0));
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listJobAnnotations").label("page, per_page")
            .call(c -> c.annotations().listJobAnnotations(ORG, JOB,
                ListJobAnnotationsParams.builder().page(2).perPage(1).build()))
            .path(ORG_JOB + "/annotations")
            .query("page", "2")
            .query("per_page", "1")
            .respondExample(200, "annotations-list-for-job.json")
            .responseHeader("Link", linkHeader(ORG_JOB + "/annotations?per_page=1", 1, 3, 3))
            .checkPage(Annotation.class, page -> {
              assertThat(page.items()).extracting(Annotation::id).containsExactly(JOB_ANNOTATION);
              assertThat(page.links().prev()).contains(pageLink(ORG_JOB + "/annotations?per_page=1", 1));
              assertThat(page.links().next()).contains(pageLink(ORG_JOB + "/annotations?per_page=1", 3));
            }),

        Scenario.of("createJobAnnotation")
            .call(c -> c.annotations().createJobAnnotation(ORG, JOB, CreateAnnotationRequest.builder()
                .body("Test results: 42 passed")
                .style(AnnotationStyle.SUCCESS)
                .context("test-results")
                .build()))
            .path(ORG_JOB + "/annotations")
            .jsonBody(JOB_ANNOTATION_BODY)
            .respondExample(201, "annotations-create-for-job.json")
            .check(Annotation.class, jobAnnotation("<p>Test results: 42 passed</p>\n")),

        Scenario.of("listJobAnnotationsInBuild")
            .call(c -> c.annotations().listJobAnnotationsInBuild(ORG, PIPELINE, 1, JOB))
            .path(BUILD_JOB + "/annotations")
            .respondExample(200, "annotations-list-for-job.json")
            .responseHeader("Link", linkHeader(BUILD_JOB + "/annotations", 1, 2, 2))
            .checkPage(Annotation.class, page -> {
              assertThat(page.items()).hasSize(1);
              jobAnnotation("<p>All 42 tests passed</p>\n").accept(page.items().get(0));
              assertThat(page.links().next()).contains(pageLink(BUILD_JOB + "/annotations", 2));
            }),

        Scenario.of("listJobAnnotationsInBuild").label("page, per_page")
            .call(c -> c.annotations().listJobAnnotationsInBuild(ORG, PIPELINE, 1, JOB,
                ListJobAnnotationsInBuildParams.builder().page(1).perPage(100).build()))
            .path(BUILD_JOB + "/annotations")
            .query("page", "1")
            .query("per_page", "100")
            .respondExample(200, "annotations-list-for-job.json")
            .checkPage(Annotation.class, page -> {
              assertThat(page.items()).extracting(Annotation::scope).containsExactly(Optional.of(AnnotationScope.JOB));
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("createJobAnnotationInBuild")
            .call(c -> c.annotations().createJobAnnotationInBuild(ORG, PIPELINE, 1, JOB, CreateAnnotationRequest.builder()
                .body("Test results: 42 passed")
                .style(AnnotationStyle.SUCCESS)
                .context("test-results")
                .build()))
            .path(BUILD_JOB + "/annotations")
            .jsonBody(JOB_ANNOTATION_BODY)
            .respondExample(201, "annotations-create-for-job.json")
            .check(Annotation.class, jobAnnotation("<p>Test results: 42 passed</p>\n")),

        Scenario.of("deleteJobAnnotation")
            .run(c -> c.annotations().deleteJobAnnotation(ORG, JOB, JOB_ANNOTATION))
            .path(ORG_JOB + "/annotations/" + JOB_ANNOTATION)
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("deleteJobAnnotationInBuild")
            .run(c -> c.annotations().deleteJobAnnotationInBuild(ORG, PIPELINE, 1, JOB, JOB_ANNOTATION))
            .path(BUILD_JOB + "/annotations/" + JOB_ANNOTATION)
            .respond(204, null)
            .returnsNothing()
    );
  }
}
