package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.PIPELINE;
import static io.github.bksdk.buildkite.tests.Scenarios.linkHeader;
import static io.github.bksdk.buildkite.tests.Scenarios.pageLink;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bksdk.buildkite.model.Artifact;
import io.github.bksdk.buildkite.model.ArtifactState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Artifacts, both route shapes; downloads only in their raw form, which must return the 302 unfollowed. */
final class ArtifactScenarios {
  private static final String JOB = "aae578fe-994c-44e6-84da-4102616928ba";
  private static final String ARTIFACT = "76365070-34d5-4104-8b91-952780f8029f";
  private static final String BUILD = "/v2/organizations/my-great-org/pipelines/my-pipeline/builds/1";
  private static final String ORG_JOB = "/v2/organizations/my-great-org/jobs/" + JOB;
  private static final String BUILD_JOB = BUILD + "/jobs/" + JOB;
  private static final String SIGNED_URL = "https://buildkiteartifacts.com/artifacts/2196c80a1ff393a88482aebe929f9648/"
      + "dist/app.tar.gz?AWSAccessKeyId=AKIAIPPJ2IPWN5U3O1OA&Expires=1288526454&Signature=5i4%2B99rUwhpP2SbNsJKhT/nSzsQ";

  private ArtifactScenarios() {}

  private static Consumer<Artifact> documentedArtifact() {
    return artifact -> {
      assertThat(artifact.id()).isEqualTo(ARTIFACT);
      assertThat(artifact.jobId()).contains(JOB);
      assertThat(artifact.url()).isEqualTo("https://api.buildkite.com" + BUILD_JOB + "/artifacts/" + ARTIFACT);
      assertThat(artifact.downloadUrl()).contains("https://api.buildkite.com" + BUILD_JOB + "/artifacts/" + ARTIFACT + "/download");
      assertThat(artifact.state()).isEqualTo(ArtifactState.FINISHED);
      assertThat(artifact.path()).isEqualTo("dist/app.tar.gz");
      assertThat(artifact.dirname()).contains("dist");
      assertThat(artifact.filename()).contains("app.tar.gz");
      assertThat(artifact.mimeType()).contains("application/x-gzip");
      assertThat(artifact.fileSize()).contains(529371L);
      assertThat(artifact.globPath()).isEmpty();
      assertThat(artifact.originalPath()).isEmpty();
      assertThat(artifact.sha1sum()).contains("884c4ad3f2545c85c69d0d0ef50c5d4f5266f0b7");
    };
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listBuildArtifacts")
            .call(c -> c.artifacts().listBuildArtifacts(ORG, PIPELINE, 1))
            .path(BUILD + "/artifacts")
            .respondExample(200, "artifacts-list.json")
            .responseHeader("Link", linkHeader(BUILD + "/artifacts", 1, 2, 2))
            .checkPage(Artifact.class, page -> {
              assertThat(page.items()).hasSize(2);
              documentedArtifact().accept(page.items().get(0));
              Artifact screenshot = page.items().get(1);
              assertThat(screenshot.id()).isEqualTo("89f4ce5c-6e1d-482c-9ca6-88c050291c77");
              assertThat(screenshot.state()).isEqualTo(ArtifactState.NEW);
              assertThat(screenshot.mimeType()).contains("image/png");
              assertThat(screenshot.fileSize()).contains(1521347L);
              assertThat(screenshot.dirname()).contains("tmp/screenshots");
              assertThat(screenshot.sha1sum()).contains("7a788f56fa49ae0ba5ebde780efe4d6a89b5db47");
              assertThat(page.links().next()).contains(pageLink(BUILD + "/artifacts", 2));
              assertThat(page.links().last()).contains(pageLink(BUILD + "/artifacts", 2));
            }),

        Scenario.of("listBuildArtifacts").label("state, path, page, per_page")
            .call(c -> c.artifacts().listBuildArtifacts(ORG, PIPELINE, 1, ListBuildArtifactsParams.builder()
                .state(ArtifactState.FINISHED)
                .path("dist/*.tar.gz")
                .page(2)
                .perPage(10)
                .build()))
            .path(BUILD + "/artifacts")
            .query("state", "finished")
            .query("path", "dist/*.tar.gz")
            .query("page", "2")
            .query("per_page", "10")
            .respondExample(200, "artifacts-list-for-job.json")
            .checkPage(Artifact.class, page -> {
              assertThat(page.items()).hasSize(1);
              documentedArtifact().accept(page.items().get(0));
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listJobArtifacts")
            .call(c -> c.artifacts().listJobArtifacts(ORG, JOB))
            .path(ORG_JOB + "/artifacts")
            .respondExample(200, "artifacts-list-for-job.json")
            .responseHeader("Link", linkHeader(ORG_JOB + "/artifacts", 1, 2, 3))
            .checkPage(Artifact.class, page -> {
              assertThat(page.items()).hasSize(1);
              documentedArtifact().accept(page.items().get(0));
              assertThat(page.links().next()).contains(pageLink(ORG_JOB + "/artifacts", 2));
            }),

        Scenario.of("listJobArtifacts").label("state, path, page, per_page")
            .call(c -> c.artifacts().listJobArtifacts(ORG, JOB, ListJobArtifactsParams.builder()
                .state(ArtifactState.EXPIRED)
                .path("coverage/index.html")
                .page(1)
                .perPage(100)
                .build()))
            .path(ORG_JOB + "/artifacts")
            .query("state", "expired")
            .query("path", "coverage/index.html")
            .query("page", "1")
            .query("per_page", "100")
            .respond(200, "[]")
            .checkPage(Artifact.class, page -> {
              assertThat(page.items()).isEmpty();
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listJobArtifactsInBuild")
            .call(c -> c.artifacts().listJobArtifactsInBuild(ORG, PIPELINE, 1, JOB))
            .path(BUILD_JOB + "/artifacts")
            .respondExample(200, "artifacts-list-for-job.json")
            .responseHeader("Link", linkHeader(BUILD_JOB + "/artifacts", 1, 2, 2))
            .checkPage(Artifact.class, page -> {
              assertThat(page.items()).hasSize(1);
              documentedArtifact().accept(page.items().get(0));
              assertThat(page.links().last()).contains(pageLink(BUILD_JOB + "/artifacts", 2));
            }),

        Scenario.of("listJobArtifactsInBuild").label("state, path, page, per_page")
            .call(c -> c.artifacts().listJobArtifactsInBuild(ORG, PIPELINE, 1, JOB,
                ListJobArtifactsInBuildParams.builder()
                    .state(ArtifactState.NEW)
                    .path("tmp/screenshots/*.png")
                    .page(3)
                    .perPage(5)
                    .build()))
            .path(BUILD_JOB + "/artifacts")
            .query("state", "new")
            .query("path", "tmp/screenshots/*.png")
            .query("page", "3")
            .query("per_page", "5")
            .respondExample(200, "artifacts-list-for-job.json")
            .checkPage(Artifact.class, page -> assertThat(page.items()).extracting(Artifact::filename)
                .containsExactly(java.util.Optional.of("app.tar.gz"))),

        Scenario.of("getArtifact")
            .call(c -> c.artifacts().getArtifact(ORG, JOB, ARTIFACT))
            .path(ORG_JOB + "/artifacts/" + ARTIFACT)
            .respondExample(200, "artifacts-get.json")
            .check(Artifact.class, documentedArtifact()),

        Scenario.of("getArtifactInBuild")
            .call(c -> c.artifacts().getArtifactInBuild(ORG, PIPELINE, 1, JOB, ARTIFACT))
            .path(BUILD_JOB + "/artifacts/" + ARTIFACT)
            .respondExample(200, "artifacts-get.json")
            .check(Artifact.class, documentedArtifact()),

        Scenario.of("deleteArtifact")
            .run(c -> c.artifacts().deleteArtifact(ORG, JOB, ARTIFACT))
            .path(ORG_JOB + "/artifacts/" + ARTIFACT)
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("deleteArtifactInBuild")
            .run(c -> c.artifacts().deleteArtifactInBuild(ORG, PIPELINE, 1, JOB, ARTIFACT))
            .path(BUILD_JOB + "/artifacts/" + ARTIFACT)
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("downloadArtifact")
            .call(c -> Scenario.Raw.read(c.artifacts().downloadArtifactRaw(ORG, JOB, ARTIFACT, DownloadArtifactParams.builder().build(), RequestOptions.none())))
            .path(ORG_JOB + "/artifacts/" + ARTIFACT + "/download")
            .respondExample(302, "artifacts-download.json")
            .responseHeader("Location", SIGNED_URL)
            .check(Scenario.Raw.class, raw -> {
              assertThat(raw.statusCode()).isEqualTo(302);
              assertThat(raw.header("Location")).contains(SIGNED_URL);
              assertThat(json(raw.body()).path("url").asText()).isEqualTo(SIGNED_URL);
            }),

        Scenario.of("downloadArtifactInBuild")
            .call(c -> Scenario.Raw.read(c.artifacts().downloadArtifactInBuildRaw(ORG, PIPELINE, 1, JOB, ARTIFACT, DownloadArtifactInBuildParams.builder().accept("application/json").build(), RequestOptions.none())))
            .path(BUILD_JOB + "/artifacts/" + ARTIFACT + "/download")
            .requestHeader("Accept", "application/json")
            .respondExample(302, "artifacts-download.json")
            .responseHeader("Location", SIGNED_URL)
            .check(Scenario.Raw.class, raw -> {
              assertThat(raw.statusCode()).isEqualTo(302);
              assertThat(raw.header("location")).contains(SIGNED_URL);
              assertThat(json(raw.body())).isEqualTo(json(SpecDocument.example("artifacts-download.json")));
            })
    );
  }
}
