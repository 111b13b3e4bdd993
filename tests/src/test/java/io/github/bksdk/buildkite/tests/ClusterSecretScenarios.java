package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.ClusterScenarios.CLUSTER;
import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.linkHeader;
import static io.github.bksdk.buildkite.tests.Scenarios.pageLink;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.model.ClusterSecret;
import io.github.bksdk.buildkite.model.CreateClusterSecretRequest;
import io.github.bksdk.buildkite.model.UpdateClusterSecretRequest;
import io.github.bksdk.buildkite.model.UpdateClusterSecretValueRequest;
import java.util.List;
import java.util.function.Consumer;

/** Cluster secrets: list, get, create, update description and policy, update the value, delete. */
final class ClusterSecretScenarios {
  private static final String SECRETS = "/v2/organizations/my-great-org/clusters/" + CLUSTER + "/secrets";
  private static final String LISTED = "9bf7650d-52ba-40e6-a18e-7a34a109f8bc";
  private static final String CREATED = "30f93dd5-bc23-4a14-8ad3-fd1920ea8eb5";
  private static final String MAIN_POLICY = "- pipeline_slug: my-pipeline\n  build_branch: main";
  private static final String PRODUCTION_POLICY = "- pipeline_slug: my-pipeline\n  build_branch: production";
  private static final String STAFF = "01987d6e-44a6-415c-85d1-c247c938e8d5";

  private ClusterSecretScenarios() {}

  /** What every documented secret example shares. */
  private static final Consumer<ClusterSecret> DOCUMENTED_SECRET = secret -> {
    assertThat(secret.key()).isEqualTo("MY_SECRET");
    assertThat(secret.url()).hasValueSatisfying(url -> assertThat(url).endsWith("/secrets/" + secret.id()));
    assertThat(secret.clusterUrl()).hasValueSatisfying(url -> assertThat(url).endsWith("/clusters/{cluster.id}"));
    assertThat(secret.createdBy()).hasValueSatisfying(user -> {
      assertThat(user.id()).isEqualTo(STAFF);
      assertThat(user.name()).contains("Staff");
      assertThat(user.email()).contains("test+staff@example.com");
      assertThat(user.graphqlId()).isEmpty();
    });
    assertThat(secret.lastReadAt()).isEmpty();
    assertThat(secret.organization()).hasValueSatisfying(org -> {
      assertThat(org.id()).isEqualTo("0198e45b-c0d5-4a0b-8e37-e140af750d2d");
      assertThat(org.slug()).isEqualTo("my-org");
      assertThat(org.url()).isEqualTo("http://api.buildkite.com/v2/organizations/my-org");
      assertThat(org.webUrl()).contains("http://buildkite.com/my-org");
    });
    // the value is write-only and never comes back
    assertThat(secret.additionalProperties()).doesNotContainKey("value");
  };

  /** A secret after an update: new description and policy, updated by Staff. */
  private static Consumer<ClusterSecret> updatedSecret(String updatedAt) {
    return secret -> {
      assertThat(secret.id()).isEqualTo(CREATED);
      DOCUMENTED_SECRET.accept(secret);
      assertThat(secret.description()).contains("Updated description");
      assertThat(secret.policy()).contains(PRODUCTION_POLICY);
      assertThat(secret.updatedAt()).contains(ts(updatedAt));
      assertThat(secret.updatedBy()).hasValueSatisfying(user -> assertThat(user.id()).isEqualTo(STAFF));
    };
  }

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listClusterSecrets")
            .call(c -> c.clusterSecrets().listClusterSecrets(ORG, CLUSTER))
            .path(SECRETS)
            .respondExample(200, "cluster-secrets-list.json")
            .responseHeader("Link", linkHeader(SECRETS, 1, 2, 2))
            .checkPage(ClusterSecret.class, page -> {
              assertThat(page.items()).hasSize(1);
              ClusterSecret secret = page.items().get(0);
              assertThat(secret.id()).isEqualTo(LISTED);
              DOCUMENTED_SECRET.accept(secret);
              assertThat(secret.description()).contains("My secret description");
              assertThat(secret.policy()).contains(MAIN_POLICY);
              assertThat(secret.createdAt()).contains(ts("2025-10-01T06:51:21.067Z"));
              assertThat(secret.updatedAt()).contains(ts("2025-10-01T06:51:21.173Z"));
              assertThat(secret.updatedBy()).isEmpty();
              assertThat(page.links().next()).contains(pageLink(SECRETS, 2));
            }),

        Scenario.of("listClusterSecrets").label("every query parameter")
            .call(c -> c.clusterSecrets().listClusterSecrets(ORG, CLUSTER,
                ListClusterSecretsParams.builder().page(2).perPage(25).build()))
            .path(SECRETS)
            .query("page", "2")
            .query("per_page", "25")
            .respondExample(200, "cluster-secrets-list.json")
            .checkPage(ClusterSecret.class, page ->
                assertThat(page.items()).extracting(ClusterSecret::key).containsExactly("MY_SECRET")),

        Scenario.of("getClusterSecret")
            .call(c -> c.clusterSecrets().getClusterSecret(ORG, CLUSTER, LISTED))
            .path(SECRETS + "/" + LISTED)
            .respondExample(200, "cluster-secrets-get.json")
            .check(ClusterSecret.class, secret -> {
              assertThat(secret.id()).isEqualTo(LISTED);
              DOCUMENTED_SECRET.accept(secret);
              assertThat(secret.policy()).contains(MAIN_POLICY);
              assertThat(secret.updatedBy()).isEmpty();
            }),

        Scenario.of("createClusterSecret")
            .call(c -> {
              CreateClusterSecretRequest request = CreateClusterSecretRequest.builder()
                  .key("MY_SECRET")
                  .value("secret-value")
                  .description("My secret description")
                  .policy(MAIN_POLICY)
                  .build();
              // the value is masked when the request is logged
              assertThat(request.toString()).contains("value=***").doesNotContain("secret-value");
              return c.clusterSecrets().createClusterSecret(ORG, CLUSTER, request);
            })
            .path(SECRETS)
            .jsonBody("""
                {
                  "key": "MY_SECRET",
                  "value": "secret-value",
                  "description": "My secret description",
                  "policy": "- pipeline_slug: my-pipeline\\n  build_branch: main"
                }
                """)
            .respondExample(201, "cluster-secrets-create.json")
            .check(ClusterSecret.class, secret -> {
              assertThat(secret.id()).isEqualTo(CREATED);
              DOCUMENTED_SECRET.accept(secret);
              assertThat(secret.createdAt()).contains(ts("2025-10-01T07:43:38.648Z"));
              assertThat(secret.updatedBy()).isEmpty();
            }),

        Scenario.of("createClusterSecret").label("key only")
            .call(c -> c.clusterSecrets().createClusterSecret(ORG, CLUSTER,
                CreateClusterSecretRequest.builder().key("DEPLOY_KEY").build()))
            .path(SECRETS)
            .jsonBody("{\"key\": \"DEPLOY_KEY\"}")
            .respondExample(201, "cluster-secrets-create.json")
            .check(ClusterSecret.class, secret -> assertThat(secret.id()).isEqualTo(CREATED)),

        Scenario.of("updateClusterSecret")
            .call(c -> c.clusterSecrets().updateClusterSecret(ORG, CLUSTER, CREATED, UpdateClusterSecretRequest.builder()
                .description("Updated description")
                .policy(PRODUCTION_POLICY)
                .build()))
            .path(SECRETS + "/" + CREATED)
            .jsonBody("""
                {"description": "Updated description", "policy": "- pipeline_slug: my-pipeline\\n  build_branch: production"}
                """)
            .respondExample(200, "cluster-secrets-update.json")
            .check(ClusterSecret.class, updatedSecret("2025-10-01T07:43:46.949Z")),

        Scenario.of("updateClusterSecret").label("policy only")
            .call(c -> c.clusterSecrets().updateClusterSecret(ORG, CLUSTER, CREATED,
                UpdateClusterSecretRequest.builder().policy(PRODUCTION_POLICY).build()))
            .path(SECRETS + "/" + CREATED)
            .jsonBody("{\"policy\": \"- pipeline_slug: my-pipeline\\n  build_branch: production\"}")
            .respondExample(200, "cluster-secrets-update.json")
            .check(ClusterSecret.class, secret -> assertThat(secret.policy()).contains(PRODUCTION_POLICY)),

        Scenario.of("updateClusterSecretValue")
            .call(c -> {
              UpdateClusterSecretValueRequest request = UpdateClusterSecretValueRequest.builder()
                  .value("new-secret-value")
                  .build();
              assertThat(request.toString()).doesNotContain("new-secret-value");
              return c.clusterSecrets().updateClusterSecretValue(ORG, CLUSTER, CREATED, request);
            })
            .path(SECRETS + "/" + CREATED + "/value")
            .jsonBody("{\"value\": \"new-secret-value\"}")
            .respondExample(200, "cluster-secrets-update-value.json")
            .check(ClusterSecret.class, updatedSecret("2025-10-01T07:44:09.081Z")),

        Scenario.of("deleteClusterSecret")
            .run(c -> c.clusterSecrets().deleteClusterSecret(ORG, CLUSTER, CREATED))
            .path(SECRETS + "/" + CREATED)
            .respond(204, null)
            .returnsNothing()
    );
  }
}
