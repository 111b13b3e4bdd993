package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.errors.NotFoundException;
import io.github.bksdk.buildkite.model.CreateWorkloadIdentityRequest;
import io.github.bksdk.buildkite.model.UpdateWorkloadIdentityRequest;
import io.github.bksdk.buildkite.model.WorkloadIdentity;
import java.util.List;

/**
 * WorkloadIdentities. No example is documented and the paths are inferred (see the spec's x-doc-conflict notes), so
 * the payloads here are built from the documented data model; fields beyond it are kept, not dropped.
 */
final class WorkloadIdentityScenarios {
  private static final String IDENTITIES = "/v2/organizations/my-great-org/workload-identities";
  private static final String IDENTITY = "01990c1e-4b2a-7c3d-8e4f-5a6b7c8d9e0f";
  private static final String BODY = """
      {
        "uuid": "01990c1e-4b2a-7c3d-8e4f-5a6b7c8d9e0f",
        "url": "https://api.buildkite.com/v2/organizations/my-great-org/workload-identities/01990c1e-4b2a-7c3d-8e4f-5a6b7c8d9e0f",
        "client_id": "bkwi_0123456789abcdef",
        "name": "GitHub Actions deploys",
        "description": "Deploy workflow of acme/web",
        "oidc_issuer": "https://token.actions.githubusercontent.com",
        "oidc_audience": "https://buildkite.com/my-great-org",
        "oidc_subject": "repo:acme/web:ref:refs/heads/*"
      }
      """;

  private WorkloadIdentityScenarios() {}

  private static void modelled(WorkloadIdentity identity) {
    assertThat(identity.uuid()).isEqualTo(IDENTITY);
    assertThat(identity.clientId()).contains("bkwi_0123456789abcdef");
    assertThat(identity.name()).contains("GitHub Actions deploys");
    assertThat(identity.oidcIssuer()).contains("https://token.actions.githubusercontent.com");
    assertThat(identity.oidcAudience()).contains("https://buildkite.com/my-great-org");
    assertThat(identity.oidcSubject()).contains("repo:acme/web:ref:refs/heads/*");
  }

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listWorkloadIdentities")
            .call(c -> c.workloadIdentities().listWorkloadIdentities(ORG))
            .path(IDENTITIES)
            .respond(200, "{\"items\": [" + BODY + "], \"links\": {\"self\": \"https://api.buildkite.com" + IDENTITIES
                + "\", \"next\": \"https://api.buildkite.com" + IDENTITIES + "?after=eyJpZCI6MX0\"}}")
            .checkPage(WorkloadIdentity.class, page -> {
              modelled(page.items().get(0));
              assertThat(page.hasNextPage()).isTrue();
            }),

        Scenario.of("listWorkloadIdentities").label("page size and cursors; fields beyond the documented model")
            .call(c -> c.workloadIdentities().listWorkloadIdentities(ORG,
                ListWorkloadIdentitiesParams.builder()
                    .perPage(50).after("eyJpZCI6MX0").before("eyJpZCI6OX0").build()))
            .path(IDENTITIES)
            .offSpecResponse("a field beyond the documented start of the data model, to show it is kept, not dropped")
            .query("per_page", "50")
            .query("after", "eyJpZCI6MX0")
            .query("before", "eyJpZCI6OX0")
            .respond(200, "{\"items\": [" + BODY.replace("\"oidc_subject\"",
                "\"scopes\": [\"read_builds\"], \"oidc_subject\"") + "], \"links\": {}}")
            .checkPage(WorkloadIdentity.class, page -> {
              WorkloadIdentity identity = page.items().get(0);
              assertThat(identity.additionalProperties()).containsOnlyKeys("scopes");
              assertThat(identity.additionalProperties().get("scopes").get(0).asText()).isEqualTo("read_builds");
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("getWorkloadIdentity")
            .call(c -> c.workloadIdentities().getWorkloadIdentity(ORG, IDENTITY))
            .path(IDENTITIES + "/" + IDENTITY)
            .respond(200, BODY)
            .check(WorkloadIdentity.class, WorkloadIdentityScenarios::modelled),

        Scenario.of("getWorkloadIdentity").label("feature not enabled")
            .call(c -> catchThrowable(() -> c.workloadIdentities().getWorkloadIdentity(ORG, IDENTITY)))
            .path(IDENTITIES + "/" + IDENTITY)
            .respond(404, "{\"message\": \"Not Found\"}")
            .check(Throwable.class, thrown -> assertThat(thrown).isInstanceOf(NotFoundException.class)),

        Scenario.of("createWorkloadIdentity")
            .call(c -> c.workloadIdentities().createWorkloadIdentityWithResponse(ORG, CreateWorkloadIdentityRequest.builder()
                .name("GitHub Actions deploys")
                .description("Deploy workflow of acme/web")
                .oidcIssuer("https://token.actions.githubusercontent.com")
                .oidcAudience("https://buildkite.com/my-great-org")
                .oidcSubject("repo:acme/web:ref:refs/heads/*")
                .build(), RequestOptions.none()))
            .path(IDENTITIES)
            .jsonBody("""
                {
                  "name": "GitHub Actions deploys",
                  "description": "Deploy workflow of acme/web",
                  "oidc_issuer": "https://token.actions.githubusercontent.com",
                  "oidc_audience": "https://buildkite.com/my-great-org",
                  "oidc_subject": "repo:acme/web:ref:refs/heads/*"
                }
                """)
            .respond(201, BODY)
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(201);
              modelled((WorkloadIdentity) response.value());
            }),

        Scenario.of("updateWorkloadIdentity")
            .call(c -> c.workloadIdentities().updateWorkloadIdentity(ORG, IDENTITY, UpdateWorkloadIdentityRequest.builder()
                .description(null)
                .oidcSubject("repo:acme/web:environment:production")
                .build()))
            .path(IDENTITIES + "/" + IDENTITY)
            .jsonBody("{\"description\": null, \"oidc_subject\": \"repo:acme/web:environment:production\"}")
            .respond(200, BODY.replace("\"Deploy workflow of acme/web\"", "null")
                .replace("repo:acme/web:ref:refs/heads/*", "repo:acme/web:environment:production"))
            .check(WorkloadIdentity.class, identity -> {
              assertThat(identity.description()).isEmpty();
              assertThat(identity.oidcSubject()).contains("repo:acme/web:environment:production");
            }),

        Scenario.of("deleteWorkloadIdentity")
            .run(c -> c.workloadIdentities().deleteWorkloadIdentity(ORG, IDENTITY))
            .path(IDENTITIES + "/" + IDENTITY)
            .respond(204, null)
            .returnsNothing()
    );
  }
}
