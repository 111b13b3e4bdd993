package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.PIPELINE;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.errors.BuildkiteException;
import io.github.bksdk.buildkite.errors.UnprocessableEntityException;
import io.github.bksdk.buildkite.model.StepUpload;
import io.github.bksdk.buildkite.model.StepUploadRejectionType;
import io.github.bksdk.buildkite.model.StepUploadState;
import java.net.URI;
import java.util.List;

/** StepUploads: the uploads of steps into a running build. */
final class StepUploadScenarios {
  private static final String UPLOADS = "/v2/organizations/my-great-org/pipelines/my-pipeline/builds/42/step-uploads";
  private static final String UPLOAD = "0198f2f4-1c33-4e0a-9d5e-3a4a5b6c7d8e";
  private static final String SOURCE_JOB = "0198f2f3-64a2-4a8e-8b78-0d9157a0e35f";

  private StepUploadScenarios() {}

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listStepUploads")
            .call(c -> c.stepUploads().listStepUploads(ORG, PIPELINE, 42))
            .path(UPLOADS)
            .respondExample(200, "step-uploads-list.json")
            .checkPage(StepUpload.class, page -> {
              StepUpload upload = page.items().get(0);
              assertThat(upload.uuid()).isEqualTo(UPLOAD);
              assertThat(upload.state()).isEqualTo(StepUploadState.APPLIED);
              assertThat(upload.source()).contains("job");
              assertThat(upload.sourceJobId()).contains(SOURCE_JOB);
              assertThat(upload.replaceExistingSteps()).contains(false);
              assertThat(upload.createdJobsCount()).contains(1);
              assertThat(upload.rejectionType()).isEmpty();
              assertThat(upload.processedAt()).contains(ts("2026-08-11T10:15:33.000Z"));
              assertThat(upload.definitionYaml()).as("lists leave the definition out").isEmpty();
              assertThat(upload.additionalProperties()).as("every documented field is modelled").isEmpty();
              assertThat(page.links().next()).contains(URI.create("https://api.buildkite.com/v2/organizations/"
                  + "my-great-org/pipelines/my-pipeline/builds/42/step-uploads?after=...&per_page=30"));
            }),

        Scenario.of("listStepUploads").label("one job's uploads, page size and cursors; a rejected upload")
            .call(c -> c.stepUploads().listStepUploads(ORG, PIPELINE, 42, ListStepUploadsParams.builder()
                .filterSourceJobId(SOURCE_JOB).perPage(10).after("eyJpZCI6MX0").build()))
            .path(UPLOADS)
            .query("filter[source_job_id]", SOURCE_JOB)
            .query("per_page", "10")
            .query("after", "eyJpZCI6MX0")
            .respond(200, """
                {
                  "items": [
                    {
                      "uuid": "0198f2f5-0000-4000-8000-000000000001",
                      "graphql_id": "QnVpbGRTdGVwVXBsb2FkLS0tMQ==",
                      "state": "rejected",
                      "source": "job",
                      "source_job_id": "0198f2f3-64a2-4a8e-8b78-0d9157a0e35f",
                      "replace_existing_steps": true,
                      "created_jobs_count": null,
                      "rejection_type": "validation_error",
                      "message": "The step \\"deploy\\" has an invalid key",
                      "url": "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/builds/42/step-uploads/0198f2f5-0000-4000-8000-000000000001",
                      "created_at": "2026-08-11T10:16:00.000Z",
                      "processed_at": "2026-08-11T10:16:01.000Z"
                    }
                  ],
                  "links": {"self": "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/builds/42/step-uploads?per_page=10"}
                }
                """)
            .checkPage(StepUpload.class, page -> {
              StepUpload rejected = page.items().get(0);
              assertThat(rejected.state()).isEqualTo(StepUploadState.REJECTED);
              assertThat(rejected.rejectionType()).contains(StepUploadRejectionType.VALIDATION_ERROR);
              assertThat(rejected.createdJobsCount()).as("null until applied").isEmpty();
              assertThat(rejected.message()).contains("The step \"deploy\" has an invalid key");
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listStepUploads").label("before cursor")
            .call(c -> c.stepUploads().listStepUploads(ORG, PIPELINE, 42, ListStepUploadsParams.builder()
                .before("eyJpZCI6Mn0").build()))
            .path(UPLOADS)
            .query("before", "eyJpZCI6Mn0")
            .respondExample(200, "step-uploads-list.json")
            .checkPage(StepUpload.class, page -> assertThat(page.items()).extracting(StepUpload::uuid).containsExactly(UPLOAD)),

        Scenario.of("listStepUploads").label("unknown filter key")
            .call(c -> catchThrowable(() -> c.stepUploads().listStepUploads(ORG, PIPELINE, 42,
                ListStepUploadsParams.builder().filterSourceJobId("not-a-uuid").build())))
            .path(UPLOADS)
            .query("filter[source_job_id]", "not-a-uuid")
            .respond(422, "{\"message\": \"filter[source_job_id] must be a valid UUID\"}")
            .check(Throwable.class, thrown -> assertThat(thrown).isInstanceOf(UnprocessableEntityException.class)),

        Scenario.of("getStepUpload")
            .call(c -> c.stepUploads().getStepUpload(ORG, PIPELINE, 42, UPLOAD))
            .path(UPLOADS + "/" + UPLOAD)
            .respondExample(200, "step-uploads-get.json")
            .check(StepUpload.class, upload -> {
              assertThat(upload.uuid()).isEqualTo(UPLOAD);
              assertThat(upload.definitionBytes()).contains(61L);
              assertThat(upload.definitionYaml()).contains("---\nsteps:\n- command: echo hello\n  key: dynamic-step\n");
              assertThat(upload.definitionYamlOmitted()).contains(false);
              assertThat(upload.additionalProperties()).isEmpty();
            }),

        Scenario.of("getStepUpload").label("build past its lifetime")
            .call(c -> catchThrowable(() -> c.stepUploads().getStepUploadWithResponse(ORG, PIPELINE, 42, UPLOAD, RequestOptions.none())))
            .path(UPLOADS + "/" + UPLOAD)
            .respond(410, "{\"message\": \"This build is no longer available\"}")
            .check(Throwable.class, thrown -> {
              assertThat(thrown).isInstanceOf(BuildkiteException.class);
              assertThat(((BuildkiteException) thrown).statusCode()).isEqualTo(410);
              assertThat(((BuildkiteException) thrown).apiMessage()).contains("This build is no longer available");
            })
    );
  }
}
