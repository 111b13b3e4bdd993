package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.linkHeader;
import static io.github.bksdk.buildkite.tests.Scenarios.pageLink;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.Cluster;
import io.github.bksdk.buildkite.model.ClusterMaintainer;
import io.github.bksdk.buildkite.model.ClusterMaintainerActorType;
import io.github.bksdk.buildkite.model.ClusterMaintainerTarget;
import io.github.bksdk.buildkite.model.CreateClusterRequest;
import io.github.bksdk.buildkite.model.UpdateClusterRequest;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Clusters: list (with paging), get, create (with maintainers), update (partial, hosted flags), delete. */
final class ClusterScenarios {
  static final String CLUSTER = "42f1a7da-812d-4430-93d8-1cc7c33a6bcf";
  static final String CLUSTERS = "/v2/organizations/my-great-org/clusters";
  private static final String DEFAULT_QUEUE = "01885682-55a7-44f5-84f3-0402fb452e66";

  private ClusterScenarios() {}

  /** What every documented cluster example shares. */
  private static final Consumer<Cluster> DOCUMENTED_CLUSTER = cluster -> {
    assertThat(cluster.id()).isEqualTo(CLUSTER);
    assertThat(cluster.graphqlId()).contains("Q2x1c3Rlci0tLTQyZjFhN2RhLTgxMmQtNDQzMC05M2Q4LTFjYzdjMzNhNmJjZg==");
    assertThat(cluster.name()).isEqualTo("Open Source");
    assertThat(cluster.description()).contains("A place for safely running our open source builds");
    assertThat(cluster.emoji()).contains(":technologist:");
    assertThat(cluster.color()).contains("#FFE0F1");
    assertThat(cluster.url()).isEqualTo("http://api.buildkite.com/v2/organizations/acme-inc/clusters/" + CLUSTER);
    assertThat(cluster.webUrl()).contains("http://buildkite.com/organizations/acme-inc/clusters/" + CLUSTER);
    assertThat(cluster.queuesUrl()).hasValueSatisfying(url -> assertThat(url).endsWith(CLUSTER + "/queues"));
    assertThat(cluster.createdAt()).contains(ts("2023-05-03T04:17:55.867Z"));
    assertThat(cluster.createdBy()).hasValueSatisfying(user -> {
      assertThat(user.id()).isEqualTo("3d3c3bf0-7d58-4afe-8fe7-b3017d5504de");
      assertThat(user.name()).contains("Sam Kim");
      assertThat(user.email()).contains("sam@example.com");
      assertThat(user.createdAt()).contains(ts("2013-08-29T10:10:03.000Z"));
    });
  };

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listClusters")
            .call(c -> c.clusters().listClusters(ORG))
            .path(CLUSTERS)
            .respondExample(200, "clusters-list.json")
            .responseHeader("Link", linkHeader(CLUSTERS, 1, 2, 3))
            .checkPage(Cluster.class, page -> {
              assertThat(page.items()).hasSize(1);
              Cluster cluster = page.items().get(0);
              DOCUMENTED_CLUSTER.accept(cluster);
              assertThat(cluster.defaultQueueId()).contains(DEFAULT_QUEUE);
              assertThat(cluster.maintainers()).hasValueSatisfying(m -> {
                assertThat(m.users()).isEmpty();
                assertThat(m.teams()).isEmpty();
              });
              // only sent to callers who may manage the cluster
              assertThat(cluster.hostedGitMirrorEnabled()).isEmpty();
              assertThat(cluster.hostedContainerCacheEnabled()).isEmpty();
              assertThat(page.links().next()).contains(pageLink(CLUSTERS, 2));
              assertThat(page.links().last()).contains(pageLink(CLUSTERS, 3));
            }),

        Scenario.of("listClusters").label("every query parameter")
            .call(c -> c.clusters().listClusters(ORG, ListClustersParams.builder().page(2).perPage(50).build()))
            .path(CLUSTERS)
            .query("page", "2")
            .query("per_page", "50")
            .respondExample(200, "clusters-list.json")
            .responseHeader("Link", linkHeader(CLUSTERS + "?per_page=50", 1, 3, 3))
            .checkPage(Cluster.class, page -> {
              assertThat(page.items()).extracting(Cluster::id).containsExactly(CLUSTER);
              assertThat(page.links().prev()).contains(pageLink(CLUSTERS + "?per_page=50", 1));
              assertThat(page.hasNextPage()).isTrue();
            }),

        Scenario.of("getCluster")
            .call(c -> c.clusters().getCluster(ORG, CLUSTER))
            .path(CLUSTERS + "/" + CLUSTER)
            .respondExample(200, "clusters-get.json")
            .check(Cluster.class, cluster -> {
              DOCUMENTED_CLUSTER.accept(cluster);
              assertThat(cluster.defaultQueueId()).contains(DEFAULT_QUEUE);
              assertThat(cluster.defaultQueueUrl()).hasValueSatisfying(url -> assertThat(url).contains("/queues/"));
              assertThat(cluster.hostedGitMirrorEnabled()).contains(false);
              assertThat(cluster.hostedContainerCacheEnabled()).contains(false);
              assertThat(cluster.maintainers()).hasValueSatisfying(m -> {
                assertThat(m.users()).hasSize(1);
                ClusterMaintainer user = m.users().get(0);
                assertThat(user.id()).isEqualTo("56c210cb-474c-47a7-b4ef-5761a1cb91c1");
                assertThat(user.actor().id()).isEqualTo("da206b36-e5ae-4f4a-aca6-07dd478f3a48");
                assertThat(user.actor().name()).contains("John Smith");
                assertThat(user.actor().email()).contains("john.smith@example.com");
                assertThat(user.actor().type()).contains(ClusterMaintainerActorType.USER);
                assertThat(m.teams()).hasSize(1);
                ClusterMaintainer team = m.teams().get(0);
                assertThat(team.id()).isEqualTo("77ec8d4c-edb3-430e-baba-488757a418e2");
                assertThat(team.actor().name()).contains("Fearless Frontenders");
                assertThat(team.actor().slug()).contains("fearless-frontenders");
                assertThat(team.actor().email()).isEmpty();
                // the documented team entry carries no "type"
                assertThat(team.actor().type()).isEmpty();
              });
            }),

        Scenario.of("createCluster")
            .call(c -> c.clusters().createCluster(ORG, CreateClusterRequest.builder()
                .name("Open Source")
                .description("A place for safely running our open source builds")
                .emoji(":technologist:")
                .color("#FFE0F1")
                .maintainers(List.of(
                    ClusterMaintainerTarget.builder().user(UUID.fromString("282a043f-4d4f-4db5-ac9a-58673ae02caf")).build(),
                    ClusterMaintainerTarget.builder().team(UUID.fromString("0da645b7-9840-428f-bd80-0b92ee274480")).build()))
                .build()))
            .path(CLUSTERS)
            .jsonBody("""
                {
                  "name": "Open Source",
                  "description": "A place for safely running our open source builds",
                  "emoji": ":technologist:",
                  "color": "#FFE0F1",
                  "maintainers": [
                    {"user": "282a043f-4d4f-4db5-ac9a-58673ae02caf"},
                    {"team": "0da645b7-9840-428f-bd80-0b92ee274480"}
                  ]
                }
                """)
            .respondExample(201, "clusters-create.json")
            .check(Cluster.class, cluster -> {
              DOCUMENTED_CLUSTER.accept(cluster);
              // a new cluster has no queue yet, hence no default queue
              assertThat(cluster.defaultQueueId()).isEmpty();
              assertThat(cluster.defaultQueueUrl()).isEmpty();
            }),

        Scenario.of("createCluster").label("name only, with response")
            .call(c -> c.clusters().createClusterWithResponse(ORG, CreateClusterRequest.builder().name("Deploys").build(), RequestOptions.none()))
            .path(CLUSTERS)
            .jsonBody("{\"name\": \"Deploys\"}")
            .respondExample(201, "clusters-create.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(201);
              assertThat(((Cluster) response.value()).id()).isEqualTo(CLUSTER);
            }),

        Scenario.of("updateCluster")
            .call(c -> c.clusters().updateCluster(ORG, CLUSTER, UpdateClusterRequest.builder()
                .name("Open Source")
                .defaultQueueId(UUID.fromString(DEFAULT_QUEUE))
                .build()))
            .path(CLUSTERS + "/" + CLUSTER)
            .jsonBody("{\"name\": \"Open Source\", \"default_queue_id\": \"" + DEFAULT_QUEUE + "\"}")
            .respondExample(200, "clusters-update.json")
            .check(Cluster.class, cluster -> {
              DOCUMENTED_CLUSTER.accept(cluster);
              assertThat(cluster.defaultQueueId()).contains(DEFAULT_QUEUE);
              assertThat(cluster.hostedGitMirrorEnabled()).contains(false);
            }),

        // The same update with PATCH, which the real API answers with 200 (go-buildkite's verb).
        Scenario.of("patchCluster")
            .call(c -> c.clusters().patchCluster(ORG, CLUSTER, UpdateClusterRequest.builder()
                .name("Open Source")
                .build()))
            .path(CLUSTERS + "/" + CLUSTER)
            .jsonBody("{\"name\": \"Open Source\"}")
            .respondExample(200, "clusters-update.json")
            .check(Cluster.class, DOCUMENTED_CLUSTER),

        Scenario.of("updateCluster").label("every field, hosted caches off, description emptied")
            .call(c -> c.clusters().updateCluster(ORG, CLUSTER, UpdateClusterRequest.builder()
                .name("Hosted builds")
                .description("")
                .emoji(":cloud:")
                .color("#0A0A0A")
                .defaultQueueId(UUID.fromString(DEFAULT_QUEUE))
                .hostedGitMirrorEnabled(false)
                .hostedContainerCacheEnabled(true)
                .build()))
            .path(CLUSTERS + "/" + CLUSTER)
            .jsonBody("""
                {
                  "name": "Hosted builds",
                  "description": "",
                  "emoji": ":cloud:",
                  "color": "#0A0A0A",
                  "default_queue_id": "01885682-55a7-44f5-84f3-0402fb452e66",
                  "hosted_git_mirror_enabled": false,
                  "hosted_container_cache_enabled": true
                }
                """)
            .respondExample(200, "clusters-update.json")
            .check(Cluster.class, cluster -> assertThat(cluster.hostedContainerCacheEnabled()).contains(false)),

        Scenario.of("updateCluster").label("nothing set sends an empty object")
            .call(c -> c.clusters().updateCluster(ORG, CLUSTER, UpdateClusterRequest.builder().description(null).build()))
            .path(CLUSTERS + "/" + CLUSTER)
            .jsonBody("{}")
            .respondExample(200, "clusters-update.json")
            .check(Cluster.class, cluster -> assertThat(cluster.name()).isEqualTo("Open Source")),

        Scenario.of("deleteCluster")
            .run(c -> c.clusters().deleteCluster(ORG, CLUSTER))
            .path(CLUSTERS + "/" + CLUSTER)
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("deleteCluster").label("with response")
            .call(c -> c.clusters().deleteClusterWithResponse(ORG, CLUSTER, RequestOptions.none()))
            .path(CLUSTERS + "/" + CLUSTER)
            .respond(204, null)
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(204);
              assertThat(response.value()).isNull();
            })
    );
  }
}
