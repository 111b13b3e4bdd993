package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.PIPELINE;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.errors.ConflictException;
import io.github.bksdk.buildkite.errors.NotFoundException;
import io.github.bksdk.buildkite.model.ClusterQueueMigration;
import io.github.bksdk.buildkite.model.CreateClusterQueueMigrationRequest;
import io.github.bksdk.buildkite.model.PipelineMigrationBlockingConcurrencyGroup;
import io.github.bksdk.buildkite.model.PipelineMigrationConcurrencyGroupBlocker;
import io.github.bksdk.buildkite.model.PipelineMigrationConcurrencyGroupScope;
import io.github.bksdk.buildkite.model.PipelineMigrationQueueBlocker;
import io.github.bksdk.buildkite.model.PipelineMigrationReadiness;
import io.github.bksdk.buildkite.model.PipelineMigrationReadinessStatus;
import io.github.bksdk.buildkite.model.UpdateClusterQueueMigrationRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** ClusterQueueMigrations: moving unclustered queue keys into cluster queues, and the readiness check. */
final class ClusterQueueMigrationScenarios {
  private static final String MIGRATIONS = "/v2/organizations/my-great-org/cluster-queue-migrations";
  private static final String CLUSTER = "42f1a7da-812d-4430-93d8-1cc7c33a6bcf";
  private static final String NEXT = "https://api.buildkite.com/v2/organizations/acme-inc/cluster-queue-migrations"
      + "?per_page=30&after=eyJ1dWlkIjoiLi4uIn0";

  private ClusterQueueMigrationScenarios() {}

  private static Consumer<ClusterQueueMigration> documentedMigration(int routedPercent) {
    return migration -> {
      assertThat(migration.queueKey()).isEqualTo("default");
      assertThat(migration.destination()).hasValueSatisfying(destination -> {
        assertThat(destination.clusterId()).contains(CLUSTER);
        assertThat(destination.queueId()).contains("01885682-55a7-44f5-84f3-0402fb452e66");
        assertThat(destination.queueKey()).contains("default");
      });
      assertThat(migration.routedPercent()).contains(routedPercent);
      assertThat(migration.url()).isEqualTo("https://api.buildkite.com/v2/organizations/acme-inc/cluster-queue-migrations/default");
      assertThat(migration.createdAt()).contains(ts("2026-08-07T04:17:55.867Z"));
      assertThat(migration.additionalProperties()).as("every documented field is modelled").isEmpty();
    };
  }

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listClusterQueueMigrations")
            .call(c -> c.clusterQueueMigrations().listClusterQueueMigrations(ORG))
            .path(MIGRATIONS)
            .respondExample(200, "cluster-queue-migrations-list.json")
            .responseHeader("Link", "<" + NEXT + ">; rel=\"next\"")
            .checkPage(ClusterQueueMigration.class, page -> {
              assertThat(page.items()).hasSize(1);
              documentedMigration(70).accept(page.items().get(0));
              assertThat(page.links().next()).contains(URI.create(NEXT));
            }),

        Scenario.of("listClusterQueueMigrations").label("page size and cursors")
            .call(c -> c.clusterQueueMigrations().listClusterQueueMigrations(ORG,
                ListClusterQueueMigrationsParams.builder()
                    .perPage(100).after("eyJ1dWlkIjoiLi4uIn0").build()))
            .path(MIGRATIONS)
            .query("per_page", "100")
            .query("after", "eyJ1dWlkIjoiLi4uIn0")
            .respond(200, "{\"items\": [], \"links\": {\"self\": \"https://api.buildkite.com/v2/organizations/my-great-org/cluster-queue-migrations?per_page=100\"}}")
            .checkPage(ClusterQueueMigration.class, page -> {
              assertThat(page.items()).isEmpty();
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listClusterQueueMigrations").label("before cursor")
            .call(c -> c.clusterQueueMigrations().listClusterQueueMigrations(ORG,
                ListClusterQueueMigrationsParams.builder().before("eyJ1dWlkIjoiYiJ9").build()))
            .path(MIGRATIONS)
            .query("before", "eyJ1dWlkIjoiYiJ9")
            .respondExample(200, "cluster-queue-migrations-list.json")
            .checkPage(ClusterQueueMigration.class, page ->
                assertThat(page.items()).extracting(ClusterQueueMigration::queueKey).containsExactly("default")),

        Scenario.of("createClusterQueueMigration")
            .call(c -> c.clusterQueueMigrations().createClusterQueueMigrationWithResponse(ORG, CreateClusterQueueMigrationRequest.builder().clusterId(UUID.fromString(CLUSTER)).queueKey("default").build(), RequestOptions.none()))
            .path(MIGRATIONS)
            .jsonBody("{\"cluster_id\": \"" + CLUSTER + "\", \"queue_key\": \"default\"}")
            .respondExample(201, "cluster-queue-migrations-create.json")
            .responseHeader("Location", "https://api.buildkite.com/v2/organizations/acme-inc/cluster-queue-migrations/default")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(201);
              assertThat(response.header("Location"))
                  .contains("https://api.buildkite.com/v2/organizations/acme-inc/cluster-queue-migrations/default");
              documentedMigration(0).accept((ClusterQueueMigration) response.value());
            }),

        Scenario.of("createClusterQueueMigration").label("the key already has a migration")
            .call(c -> catchThrowable(() -> c.clusterQueueMigrations().createClusterQueueMigration(ORG,
                CreateClusterQueueMigrationRequest.builder().clusterId(UUID.fromString(CLUSTER)).queueKey("default").build())))
            .path(MIGRATIONS)
            .jsonBody("{\"cluster_id\": \"" + CLUSTER + "\", \"queue_key\": \"default\"}")
            .respond(409, "{\"message\": \"A migration for queue key `default` already exists\"}")
            .check(Throwable.class, thrown -> {
              assertThat(thrown).isInstanceOf(ConflictException.class);
              assertThat(((ConflictException) thrown).apiMessage())
                  .contains("A migration for queue key `default` already exists");
            }),

        Scenario.of("getClusterQueueMigration")
            .call(c -> c.clusterQueueMigrations().getClusterQueueMigration(ORG, "default"))
            .path(MIGRATIONS + "/default")
            .respondExample(200, "cluster-queue-migrations-get.json")
            .check(ClusterQueueMigration.class, documentedMigration(70)),

        Scenario.of("getClusterQueueMigration").label("queue key with reserved characters")
            .call(c -> catchThrowable(() -> c.clusterQueueMigrations().getClusterQueueMigration(ORG, "Deploy/EU")))
            .path(MIGRATIONS + "/Deploy%2FEU")
            .respond(404, "{\"message\": \"No cluster queue migration found\"}")
            .check(Throwable.class, thrown -> assertThat(thrown).isInstanceOf(NotFoundException.class)),

        Scenario.of("updateClusterQueueMigration")
            .call(c -> c.clusterQueueMigrations().updateClusterQueueMigration(ORG, "default",
                UpdateClusterQueueMigrationRequest.builder().routedPercent(70).build()))
            .path(MIGRATIONS + "/default")
            .jsonBody("{\"routed_percent\": 70}")
            .respondExample(200, "cluster-queue-migrations-update.json")
            .check(ClusterQueueMigration.class, migration -> {
              documentedMigration(70).accept(migration);
              assertThat(migration.updatedAt()).contains(ts("2026-08-07T05:02:11.221Z"));
            }),

        Scenario.of("getPipelineMigrationReadiness")
            .call(c -> c.clusterQueueMigrations().getPipelineMigrationReadiness(ORG, PIPELINE,
                GetPipelineMigrationReadinessParams.builder().destinationClusterId(UUID.fromString(CLUSTER)).build()))
            .path(MIGRATIONS + "/pipelines/my-pipeline/readiness")
            .query("destination_cluster_id", CLUSTER)
            .respondExample(200, "cluster-queue-migrations-readiness.json")
            .check(PipelineMigrationReadiness.class, readiness -> {
              assertThat(readiness.pipeline()).contains("my-pipeline");
              assertThat(readiness.ready()).isFalse();
              assertThat(readiness.status()).isEqualTo(PipelineMigrationReadinessStatus.BLOCKED);
              assertThat(readiness.retryAfterSeconds()).isEmpty();
              assertThat(readiness.queueObservation()).hasValueSatisfying(queues -> {
                assertThat(queues.windowSeconds()).contains(600);
                assertThat(queues.complete()).contains(false);
                assertThat(queues.observedAt()).contains(ts("2026-08-31T07:00:00.000Z"));
                assertThat(queues.blockingQueues()).singleElement().satisfies(queue -> {
                  assertThat(queue.queue()).contains("deploy");
                  assertThat(queue.reasons()).containsExactly(PipelineMigrationQueueBlocker.ACTIVE_SOURCE_JOBS);
                  assertThat(queue.routedPercent()).contains(100);
                  assertThat(queue.activeSourceJobs()).contains(1);
                });
              });
              assertThat(readiness.concurrencyGroupObservation()).hasValueSatisfying(groups -> {
                PipelineMigrationBlockingConcurrencyGroup group = groups.blockingConcurrencyGroups().get(0);
                assertThat(group.scope()).contains(PipelineMigrationConcurrencyGroupScope.CUSTOM);
                assertThat(group.key()).contains("deploy/settings");
                assertThat(group.reason()).contains(PipelineMigrationConcurrencyGroupBlocker.CONCURRENCY_GROUP_MIGRATION_UNAVAILABLE);
              });
              assertThat(readiness.additionalProperties()).isEmpty();
            }),

        Scenario.of("getPipelineMigrationReadiness").label("observation still pending")
            .call(c -> c.clusterQueueMigrations().getPipelineMigrationReadinessWithResponse(ORG, PIPELINE, GetPipelineMigrationReadinessParams.builder().destinationClusterId(UUID.fromString(CLUSTER)).build(), RequestOptions.none()))
            .path(MIGRATIONS + "/pipelines/my-pipeline/readiness")
            .query("destination_cluster_id", CLUSTER)
            .respond(200, """
                {
                  "pipeline": "my-pipeline",
                  "destination_cluster_id": "42f1a7da-812d-4430-93d8-1cc7c33a6bcf",
                  "ready": false,
                  "status": "observation_pending",
                  "retry_after_seconds": 45,
                  "queue_observation": null,
                  "concurrency_group_observation": null,
                  "url": "https://api.buildkite.com/v2/organizations/my-great-org/cluster-queue-migrations/pipelines/my-pipeline/readiness?destination_cluster_id=42f1a7da-812d-4430-93d8-1cc7c33a6bcf"
                }
                """)
            .check(Response.class, response -> {
              PipelineMigrationReadiness readiness = (PipelineMigrationReadiness) response.value();
              assertThat(readiness.status()).isEqualTo(PipelineMigrationReadinessStatus.OBSERVATION_PENDING);
              assertThat(readiness.retryAfterSeconds()).contains(45);
              assertThat(readiness.queueObservation()).isEmpty();
            })
    );
  }
}
