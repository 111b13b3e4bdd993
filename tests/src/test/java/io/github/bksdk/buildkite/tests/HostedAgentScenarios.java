package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.ClusterScenarios.CLUSTER;
import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.errors.BadRequestException;
import io.github.bksdk.buildkite.errors.ConflictException;
import io.github.bksdk.buildkite.model.ClusterCacheVolume;
import io.github.bksdk.buildkite.model.ClusterNetworkRange;
import io.github.bksdk.buildkite.model.CreateHostedAgentImageRequest;
import io.github.bksdk.buildkite.model.DeleteClusterCacheVolumeRequest;
import io.github.bksdk.buildkite.model.HostedAgentImage;
import io.github.bksdk.buildkite.model.HostedAgentImageStatus;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Buildkite-hosted agent resources of a cluster: agent images (list, get, create, delete), network ranges and
 * cache volumes, whose delete carries its tag in a JSON body.
 */
final class HostedAgentScenarios {
  private static final String BASE = "/v2/organizations/my-great-org/clusters/" + CLUSTER;
  private static final String IMAGES = BASE + "/agent-images";
  private static final String IMAGE = "abc123def4567";
  private static final String DOCKERFILE = "RUN apt-get update && apt-get install -y curl";
  private static final String BASE_IMAGE = "FROM docker.io/buildkite/hosted-agent-base:ubuntu-v1.0.1"
      + "@sha256:f1378abd34fccb2b7b661aaf3b06394509a4f7b5bb8c2f8ad431e7eaa1cabc9c";

  private HostedAgentScenarios() {}

  /** What every documented agent image example shares. */
  private static final Consumer<HostedAgentImage> DOCUMENTED_IMAGE = image -> {
    assertThat(image.id()).isEqualTo(IMAGE);
    assertThat(image.name()).isEqualTo("my-custom-image");
    assertThat(image.version()).contains(1);
    assertThat(image.lastBuildError()).isEmpty();
    assertThat(image.dockerfile()).contains(DOCKERFILE);
    assertThat(image.baseImage()).contains(BASE_IMAGE);
    assertThat(image.composedDockerfile()).contains(BASE_IMAGE + "\n" + DOCKERFILE);
    assertThat(image.url()).contains("https://api.buildkite.com" + IMAGES.replace("my-great-org", "acme-inc") + "/" + IMAGE);
    assertThat(image.webUrl()).hasValueSatisfying(url -> assertThat(url).endsWith("/agent_images/" + IMAGE));
    assertThat(image.clusterUrl()).hasValueSatisfying(url -> assertThat(url).endsWith("/clusters/" + CLUSTER));
  };

  /** A built image, as list and get show it. */
  private static final Consumer<HostedAgentImage> READY_IMAGE = image -> {
    DOCUMENTED_IMAGE.accept(image);
    assertThat(image.status()).isEqualTo(HostedAgentImageStatus.READY);
    assertThat(image.imageRef()).contains("registry.example.com/your-org/buildkite/abc123def4567:v1");
  };

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listHostedAgentImages")
            .call(c -> c.hostedAgentImages().listHostedAgentImages(ORG, CLUSTER))
            .path(IMAGES)
            .respondExample(200, "cluster-agent-images-list.json")
            .checkPage(HostedAgentImage.class, page -> {
              assertThat(page.items()).hasSize(1);
              READY_IMAGE.accept(page.items().get(0));
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listHostedAgentImages").label("cluster without hosted agents")
            .call(c -> c.hostedAgentImages().listHostedAgentImages(ORG, CLUSTER))
            .path(IMAGES)
            .respond(200, "[]")
            .checkPage(HostedAgentImage.class, page -> assertThat(page.items()).isEmpty()),

        Scenario.of("getHostedAgentImage")
            .call(c -> c.hostedAgentImages().getHostedAgentImage(ORG, CLUSTER, IMAGE))
            .path(IMAGES + "/" + IMAGE)
            .respondExample(200, "cluster-agent-images-get.json")
            .check(HostedAgentImage.class, READY_IMAGE),

        Scenario.of("createHostedAgentImage")
            .call(c -> c.hostedAgentImages().createHostedAgentImage(ORG, CLUSTER, CreateHostedAgentImageRequest.builder()
                .name("my-custom-image")
                .dockerfile(DOCKERFILE)
                .build()))
            .path(IMAGES)
            .jsonBody("{\"name\": \"my-custom-image\", \"dockerfile\": \"RUN apt-get update && apt-get install -y curl\"}")
            .respondExample(201, "cluster-agent-images-create.json")
            .check(HostedAgentImage.class, image -> {
              DOCUMENTED_IMAGE.accept(image);
              // the build runs asynchronously: no image reference yet
              assertThat(image.status()).isEqualTo(HostedAgentImageStatus.BUILDING);
              assertThat(image.imageRef()).isEmpty();
            }),

        Scenario.of("createHostedAgentImage").label("empty Dockerfile body")
            .call(c -> c.hostedAgentImages().createHostedAgentImageWithResponse(ORG, CLUSTER, CreateHostedAgentImageRequest.builder().name("base-only").dockerfile("").build(), RequestOptions.none()))
            .path(IMAGES)
            .jsonBody("{\"name\": \"base-only\", \"dockerfile\": \"\"}")
            .respondExample(201, "cluster-agent-images-create.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(201);
              assertThat(((HostedAgentImage) response.value()).status().asString()).isEqualTo("BUILDING");
            }),

        Scenario.of("createHostedAgentImage").label("name already taken")
            .call(c -> catchThrowable(() -> c.hostedAgentImages().createHostedAgentImage(ORG, CLUSTER,
                CreateHostedAgentImageRequest.builder().name("my-custom-image").dockerfile(DOCKERFILE).build())))
            .path(IMAGES)
            .jsonBody("{\"name\": \"my-custom-image\", \"dockerfile\": \"RUN apt-get update && apt-get install -y curl\"}")
            .respond(409, "{\"message\": \"an agent image named \\\"my-custom-image\\\" already exists in this cluster\"}")
            .check(ConflictException.class, e -> {
              assertThat(e.statusCode()).isEqualTo(409);
              assertThat(e.apiMessage()).contains("an agent image named \"my-custom-image\" already exists in this cluster");
            }),

        Scenario.of("deleteHostedAgentImage")
            .run(c -> c.hostedAgentImages().deleteHostedAgentImage(ORG, CLUSTER, IMAGE))
            .path(IMAGES + "/" + IMAGE)
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("listClusterNetworkRanges")
            .call(c -> c.clusterNetworkRanges().listClusterNetworkRanges(ORG, CLUSTER))
            .path(BASE + "/network_ranges")
            .respondExample(200, "cluster-network-ranges-list.json")
            .checkPage(ClusterNetworkRange.class, page -> {
              assertThat(page.items()).hasSize(1);
              assertThat(page.items().get(0).cidrRange()).isEqualTo("203.0.113.0/29");
              assertThat(page.items().get(0).kind()).contains("NAMESPACE_MANAGED");
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listClusterCacheVolumes")
            .call(c -> c.clusterCacheVolumes().listClusterCacheVolumes(ORG, CLUSTER))
            .path(BASE + "/cache_volumes")
            .respondExample(200, "cluster-cache-volumes-list.json")
            .checkPage(ClusterCacheVolume.class, page -> {
              assertThat(page.items()).hasSize(1);
              ClusterCacheVolume volume = page.items().get(0);
              assertThat(volume.id()).isEqualTo("vol-01j9z1p0qr3s4t5u6v7w8x9y0z");
              assertThat(volume.tag()).isEqualTo("pipeline-uuid/node-modules");
              assertThat(volume.clusterId()).contains(CLUSTER);
              assertThat(volume.sizeMb()).contains(20480L);
              assertThat(volume.createdAt()).contains(ts("2024-10-01T00:00:00.000Z"));
              assertThat(volume.attachedAt()).contains(ts("2024-10-15T08:00:00.000Z"));
              assertThat(volume.detachedAt()).contains(ts("2024-10-15T08:30:00.000Z"));
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("deleteClusterCacheVolume")
            .run(c -> c.clusterCacheVolumes().deleteClusterCacheVolume(ORG, CLUSTER,
                DeleteClusterCacheVolumeRequest.builder().tag("pipeline-uuid/node-modules").build()))
            .path(BASE + "/cache_volumes")
            .jsonBody("{\"tag\": \"pipeline-uuid/node-modules\"}")
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("deleteClusterCacheVolume").label("tag with slash and semicolon, with response")
            .call(c -> c.clusterCacheVolumes().deleteClusterCacheVolumeWithResponse(ORG, CLUSTER, DeleteClusterCacheVolumeRequest.builder().tag("a1b2/gradle;jdk-21").build(), RequestOptions.none()))
            .path(BASE + "/cache_volumes")
            .jsonBody("{\"tag\": \"a1b2/gradle;jdk-21\"}")
            .respond(204, null)
            .check(Response.class, response -> assertThat(response.statusCode()).isEqualTo(204)),

        Scenario.of("deleteClusterCacheVolume").label("empty tag")
            .call(c -> catchThrowable(() -> c.clusterCacheVolumes().deleteClusterCacheVolume(ORG, CLUSTER,
                DeleteClusterCacheVolumeRequest.builder().tag("").build())))
            .path(BASE + "/cache_volumes")
            .jsonBody("{\"tag\": \"\"}")
            .respond(400, "{\"message\": \"`tag` must be a non-empty string\"}")
            .check(BadRequestException.class, e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.apiMessage()).contains("`tag` must be a non-empty string");
            })
    );
  }
}
