package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.ClusterScenarios.CLUSTER;
import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.linkHeader;
import static io.github.bksdk.buildkite.tests.Scenarios.pageLink;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.errors.UnprocessableEntityException;
import io.github.bksdk.buildkite.model.ClusterQueue;
import io.github.bksdk.buildkite.model.ClusterQueueHostedAgentsCreate;
import io.github.bksdk.buildkite.model.ClusterQueueHostedAgentsUpdate;
import io.github.bksdk.buildkite.model.ClusterQueueInstanceShape;
import io.github.bksdk.buildkite.model.ClusterQueueRetryAgentAffinity;
import io.github.bksdk.buildkite.model.CreateClusterQueueRequest;
import io.github.bksdk.buildkite.model.PauseClusterQueueDispatchRequest;
import io.github.bksdk.buildkite.model.UpdateClusterQueueRequest;
import java.util.List;
import java.util.function.Consumer;

/** Cluster queues: list, get, create (self-hosted and hosted), update (hosted settings), delete, pause, resume. */
final class ClusterQueueScenarios {
  private static final String QUEUES = "/v2/organizations/my-great-org/clusters/" + CLUSTER + "/queues";
  private static final String QUEUE = "01885682-55a7-44f5-84f3-0402fb452e66";
  private static final String PAUSE_NOTE = "Paused while we investigate a security issue";

  private ClusterQueueScenarios() {}

  /** What every documented queue example shares. */
  private static final Consumer<ClusterQueue> DOCUMENTED_QUEUE = queue -> {
    assertThat(queue.id()).isEqualTo(QUEUE);
    assertThat(queue.graphqlId()).contains("Q2x1c3Rlci0tLTQyZjFhN2RhLTgxMmQtNDQzMC05M2Q4LTFjYzdjMzNhNmJjZg==");
    assertThat(queue.key()).isEqualTo("default");
    assertThat(queue.url()).isEqualTo("http://api.buildkite.com/v2/organizations/test/clusters/" + CLUSTER + "/queues/" + QUEUE);
    assertThat(queue.webUrl()).hasValueSatisfying(url -> assertThat(url).endsWith("/queues/" + QUEUE));
    assertThat(queue.clusterUrl()).hasValueSatisfying(url -> assertThat(url).contains("/clusters/"));
    assertThat(queue.createdAt()).contains(ts("2023-05-03T04:17:55.867Z"));
    assertThat(queue.createdBy()).hasValueSatisfying(user -> {
      assertThat(user.id()).isEqualTo("0187dfd4-92cf-4b01-907b-1146c8525dde");
      assertThat(user.name()).contains("Sam Kim");
      assertThat(user.createdAt()).contains(ts("2023-05-03T04:17:43.118Z"));
    });
  };

  /** A queue whose dispatch runs normally. */
  private static final Consumer<ClusterQueue> NOT_PAUSED = queue -> {
    assertThat(queue.dispatchPaused()).contains(false);
    assertThat(queue.dispatchPausedBy()).isEmpty();
    assertThat(queue.dispatchPausedAt()).isEmpty();
    assertThat(queue.dispatchPausedNote()).isEmpty();
  };

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listClusterQueues")
            .call(c -> c.clusterQueues().listClusterQueues(ORG, CLUSTER))
            .path(QUEUES)
            .respondExample(200, "cluster-queues-list.json")
            .responseHeader("Link", linkHeader(QUEUES, 1, 2, 2))
            .checkPage(ClusterQueue.class, page -> {
              assertThat(page.items()).hasSize(1);
              ClusterQueue queue = page.items().get(0);
              DOCUMENTED_QUEUE.accept(queue);
              NOT_PAUSED.accept(queue);
              assertThat(queue.description()).contains("The default queue for this cluster");
              assertThat(queue.retryAgentAffinity()).contains(ClusterQueueRetryAgentAffinity.PREFER_WARMEST);
              assertThat(queue.hosted()).isEmpty();
              assertThat(queue.hostedAgents()).isEmpty();
              assertThat(page.links().next()).contains(pageLink(QUEUES, 2));
            }),

        Scenario.of("listClusterQueues").label("every query parameter")
            .call(c -> c.clusterQueues().listClusterQueues(ORG, CLUSTER,
                ListClusterQueuesParams.builder().page(3).perPage(10).build()))
            .path(QUEUES)
            .query("page", "3")
            .query("per_page", "10")
            .respondExample(200, "cluster-queues-list.json")
            .checkPage(ClusterQueue.class, page -> {
              assertThat(page.items()).extracting(ClusterQueue::key).containsExactly("default");
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("getClusterQueue")
            .call(c -> c.clusterQueues().getClusterQueue(ORG, CLUSTER, QUEUE))
            .path(QUEUES + "/" + QUEUE)
            .respondExample(200, "cluster-queues-get.json")
            .check(ClusterQueue.class, queue -> {
              DOCUMENTED_QUEUE.accept(queue);
              NOT_PAUSED.accept(queue);
              assertThat(queue.retryAgentAffinity()).contains(ClusterQueueRetryAgentAffinity.PREFER_WARMEST);
            }),

        Scenario.of("createClusterQueue")
            .call(c -> c.clusterQueues().createClusterQueue(ORG, CLUSTER, CreateClusterQueueRequest.builder()
                .key("default")
                .description("The default queue for this cluster")
                .retryAgentAffinity(ClusterQueueRetryAgentAffinity.PREFER_DIFFERENT)
                .build()))
            .path(QUEUES)
            .jsonBody("""
                {"key": "default", "description": "The default queue for this cluster", "retry_agent_affinity": "prefer-different"}
                """)
            .respondExample(201, "cluster-queues-create.json")
            .check(ClusterQueue.class, queue -> {
              DOCUMENTED_QUEUE.accept(queue);
              NOT_PAUSED.accept(queue);
              assertThat(queue.description()).contains("The default queue for this cluster");
            }),

        Scenario.of("createClusterQueue").label("Buildkite-hosted queue")
            .call(c -> c.clusterQueues().createClusterQueue(ORG, CLUSTER, CreateClusterQueueRequest.builder()
                .key("default")
                .description("Queue of hosted Buildkite agents")
                .hostedAgents(ClusterQueueHostedAgentsCreate.builder()
                    .instanceShape(ClusterQueueInstanceShape.LINUX_AMD64_2X4)
                    .build())
                .build()))
            .path(QUEUES)
            .jsonBody("""
                {"key": "default", "description": "Queue of hosted Buildkite agents", "hostedAgents": {"instanceShape": "LINUX_AMD64_2X4"}}
                """)
            .respondExample(201, "cluster-queues-create-hosted.json")
            .check(ClusterQueue.class, queue -> {
              DOCUMENTED_QUEUE.accept(queue);
              assertThat(queue.description()).contains("Queue of hosted Buildkite agents");
              assertThat(queue.hosted()).contains(true);
              assertThat(queue.retryAgentAffinity()).isEmpty();
              assertThat(queue.hostedAgents()).hasValueSatisfying(hosted -> {
                assertThat(hosted.instanceShape()).hasValueSatisfying(shape -> {
                  assertThat(shape.name()).contains(ClusterQueueInstanceShape.LINUX_AMD64_2X4);
                  assertThat(shape.machineType()).contains("linux");
                  assertThat(shape.architecture()).contains("amd64");
                  assertThat(shape.cpu()).contains(2);
                  assertThat(shape.memory()).contains(4);
                });
                assertThat(hosted.platformSettings().flatMap(p -> p.linux()))
                    .hasValueSatisfying(linux -> assertThat(linux.agentImageRef()).isEmpty());
              });
            }),

        Scenario.of("updateClusterQueue")
            .call(c -> c.clusterQueues().updateClusterQueue(ORG, CLUSTER, QUEUE, UpdateClusterQueueRequest.builder()
                .description("The default queue for this cluster")
                .build()))
            .path(QUEUES + "/" + QUEUE)
            .jsonBody("{\"description\": \"The default queue for this cluster\"}")
            .respondExample(200, "cluster-queues-update.json")
            .check(ClusterQueue.class, queue -> {
              DOCUMENTED_QUEUE.accept(queue);
              NOT_PAUSED.accept(queue);
            }),

        Scenario.of("patchClusterQueue")
            .call(c -> c.clusterQueues().patchClusterQueue(ORG, CLUSTER, QUEUE, UpdateClusterQueueRequest.builder()
                .description("The default queue for this cluster")
                .build()))
            .path(QUEUES + "/" + QUEUE)
            .jsonBody("{\"description\": \"The default queue for this cluster\"}")
            .respondExample(200, "cluster-queues-update.json")
            .check(ClusterQueue.class, DOCUMENTED_QUEUE),

        Scenario.of("updateClusterQueue").label("hosted image and size, retry affinity")
            .call(c -> c.clusterQueues().updateClusterQueue(ORG, CLUSTER, QUEUE, UpdateClusterQueueRequest.builder()
                .retryAgentAffinity(ClusterQueueRetryAgentAffinity.PREFER_WARMEST)
                .hostedAgents(ClusterQueueHostedAgentsUpdate.builder()
                    .instanceShape(ClusterQueueInstanceShape.LINUX_ARM64_8X32)
                    .agentImageRef("registry.example.com/your-org/buildkite/abc123def4567:v1")
                    .build())
                .build()))
            .path(QUEUES + "/" + QUEUE)
            .jsonBody("""
                {
                  "retry_agent_affinity": "prefer-warmest",
                  "hostedAgents": {
                    "instanceShape": "LINUX_ARM64_8X32",
                    "agentImageRef": "registry.example.com/your-org/buildkite/abc123def4567:v1"
                  }
                }
                """)
            .respondExample(200, "cluster-queues-update.json")
            .check(ClusterQueue.class, queue -> assertThat(queue.id()).isEqualTo(QUEUE)),

        Scenario.of("deleteClusterQueue")
            .run(c -> c.clusterQueues().deleteClusterQueue(ORG, CLUSTER, QUEUE))
            .path(QUEUES + "/" + QUEUE)
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("pauseClusterQueueDispatch")
            .call(c -> c.clusterQueues().pauseClusterQueueDispatch(ORG, CLUSTER, QUEUE,
                PauseClusterQueueDispatchRequest.builder().dispatchPausedNote(PAUSE_NOTE).build()))
            .path(QUEUES + "/" + QUEUE + "/pause_dispatch")
            .jsonBody("{\"dispatch_paused_note\": \"" + PAUSE_NOTE + "\"}")
            .respondExample(200, "cluster-queues-pause.json")
            .check(ClusterQueue.class, queue -> {
              assertThat(queue.id()).isEqualTo(QUEUE);
              assertThat(queue.dispatchPaused()).contains(true);
              assertThat(queue.dispatchPausedBy()).hasValueSatisfying(user -> {
                assertThat(user.id()).isEqualTo("0187dfd4-92cf-4b01-907b-1146c8525dde");
                assertThat(user.email()).contains("sam@example.com");
              });
              assertThat(queue.dispatchPausedAt()).contains(ts("2023-05-03T04:19:43.118Z"));
              assertThat(queue.dispatchPausedNote()).contains(PAUSE_NOTE);
            }),

        Scenario.of("pauseClusterQueueDispatch").label("no body")
            .call(c -> c.clusterQueues().pauseClusterQueueDispatch(ORG, CLUSTER, QUEUE, null))
            .path(QUEUES + "/" + QUEUE + "/pause_dispatch")
            .respondExample(200, "cluster-queues-pause.json")
            .check(ClusterQueue.class, queue -> assertThat(queue.dispatchPaused()).contains(true)),

        Scenario.of("pauseClusterQueueDispatch").label("already paused")
            .call(c -> catchThrowable(() -> c.clusterQueues().pauseClusterQueueDispatch(ORG, CLUSTER, QUEUE,
                PauseClusterQueueDispatchRequest.builder().build())))
            .path(QUEUES + "/" + QUEUE + "/pause_dispatch")
            .jsonBody("{}")
            .respond(422, "{\"message\": \"Cluster queue is already paused\"}")
            .check(UnprocessableEntityException.class, e -> {
              assertThat(e.statusCode()).isEqualTo(422);
              assertThat(e.apiMessage()).contains("Cluster queue is already paused");
            }),

        Scenario.of("resumeClusterQueueDispatch")
            .call(c -> c.clusterQueues().resumeClusterQueueDispatch(ORG, CLUSTER, QUEUE))
            .path(QUEUES + "/" + QUEUE + "/resume_dispatch")
            .respondExample(200, "cluster-queues-resume.json")
            .check(ClusterQueue.class, queue -> {
              assertThat(queue.id()).isEqualTo(QUEUE);
              NOT_PAUSED.accept(queue);
              assertThat(queue.description()).contains("The default queue for this cluster");
            })
    );
  }
}
