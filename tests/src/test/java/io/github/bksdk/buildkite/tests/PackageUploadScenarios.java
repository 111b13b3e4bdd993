package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.PresignedPackageUpload;
import java.util.List;

/**
 * Packages: the presigned upload the official Go client requests before publishing. Its example is reconstructed
 * from the client's structs (values invented), so the checks stay on the fields the client relies on.
 */
final class PackageUploadScenarios {
  private static final String UPLOAD = "/v2/packages/organizations/my-great-org/registries/my-registry/packages/upload";

  private PackageUploadScenarios() {}

  static List<Scenario> all() {
    return List.of(
        Scenario.of("requestPresignedPackageUpload")
            .call(c -> c.packages().requestPresignedPackageUpload(ORG, "my-registry"))
            .path(UPLOAD)
            .respondExample(200, "packages-presigned-upload.json")
            .check(PresignedPackageUpload.class, upload -> {
              assertThat(upload.uri()).contains("https://api.buildkite.com/v2/packages/organizations/my-org/registries/"
                  + "my-registry/packages/upload");
              assertThat(upload.form()).hasValueSatisfying(form -> {
                assertThat(form.fileInput()).contains("file");
                assertThat(form.method()).contains("POST");
                assertThat(form.url()).contains("https://example-bucket.s3.amazonaws.com");
                assertThat(form.data()).containsEntry("key", "uploads/00000000-0000-0000-0000-000000000000/${filename}")
                    .containsKey("x-amz-signature");
                assertThat(form.toString()).as("the signed upload policy is never printed")
                    .doesNotContain("HEX-SIGNATURE").doesNotContain("BASE64-POLICY");
              });
            }),

        Scenario.of("requestPresignedPackageUpload").label("registry slug with reserved characters")
            .call(c -> c.packages().requestPresignedPackageUploadWithResponse(ORG, "team/registry", RequestOptions.none()))
            .path("/v2/packages/organizations/my-great-org/registries/team%2Fregistry/packages/upload")
            .respond(200, """
                {"uri": "https://api.buildkite.com/v2/packages/organizations/my-great-org/registries/team%2Fregistry/packages/upload",
                 "form": {"file_input": "file", "method": "POST", "url": "https://uploads.example.com", "data": {"key": "k/${filename}"}}}
                """)
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              PresignedPackageUpload upload = (PresignedPackageUpload) response.value();
              assertThat(upload.form().map(form -> form.data().get("key"))).contains("k/${filename}");
            })
    );
  }
}
