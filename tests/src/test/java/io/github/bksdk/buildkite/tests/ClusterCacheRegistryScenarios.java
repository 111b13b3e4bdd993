package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.errors.UnprocessableEntityException;
import io.github.bksdk.buildkite.model.ClusterCacheRegistry;
import io.github.bksdk.buildkite.model.CreateClusterCacheRegistryRequest;
import io.github.bksdk.buildkite.model.UpdateClusterCacheRegistryRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** ClusterCacheRegistries: cache registries of a cluster and their policies. */
final class ClusterCacheRegistryScenarios {
  private static final String CLUSTER = "42f1a7da-812d-4430-93d8-1cc7c33a6bcf";
  private static final String REGISTRIES = "/v2/organizations/my-great-org/clusters/" + CLUSTER + "/cache-registries";
  private static final String REGISTRY = "b3a1e9f2-7c4d-4f1a-9e6c-2d8a5f7b1c3d";

  private ClusterCacheRegistryScenarios() {}

  /** The policy as a request sends it: a rule's action is a single string. */
  private static Map<String, Object> policy() {
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("save", Map.of("scopes", Map.of("branch", true)));
    policy.put("restore", Map.of("scopes", List.of(Map.of("branch", "$current"))));
    policy.put("rules", List.of(Map.of("effect", "allow", "action", "save"), Map.of("effect", "allow", "action", "restore")));
    return policy;
  }

  private static Consumer<ClusterCacheRegistry> documentedRegistry() {
    return registry -> {
      assertThat(registry.uuid()).isEqualTo(REGISTRY);
      assertThat(registry.slug()).isEqualTo("ruby-gems");
      assertThat(registry.name()).isEqualTo("Ruby gems");
      assertThat(registry.description()).contains("Shared Ruby dependencies");
      assertThat(registry.emoji()).as("the documented JSON escape decodes").contains(":ruby:");
      assertThat(registry.color()).contains("#cc342d");
      assertThat(registry.policy()).containsOnlyKeys("save", "restore", "rules");
      assertThat(registry.policy().get("rules")).as("the response gives each action as an array")
          .isEqualTo(List.of(Map.of("effect", "allow", "action", List.of("save")),
              Map.of("effect", "allow", "action", List.of("restore"))));
      assertThat(registry.createdAt()).contains(ts("2026-08-11T10:15:32.000Z"));
      assertThat(registry.clusterUrl()).contains("https://api.buildkite.com/v2/organizations/acme-inc/clusters/" + CLUSTER);
      assertThat(registry.additionalProperties()).as("every documented field is modelled").isEmpty();
    };
  }

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listClusterCacheRegistries")
            .call(c -> c.clusterCacheRegistries().listClusterCacheRegistries(ORG, CLUSTER))
            .path(REGISTRIES)
            .respondExample(200, "cluster-cache-registries-list.json")
            .checkPage(ClusterCacheRegistry.class, page -> {
              assertThat(page.items()).hasSize(1);
              documentedRegistry().accept(page.items().get(0));
              assertThat(page.hasNextPage()).isTrue();
            }),

        Scenario.of("listClusterCacheRegistries").label("page size and cursors")
            .call(c -> c.clusterCacheRegistries().listClusterCacheRegistries(ORG, CLUSTER,
                ListClusterCacheRegistriesParams.builder()
                    .perPage(1).after("eyJzbHVnIjoiYSJ9").build()))
            .path(REGISTRIES)
            .query("per_page", "1")
            .query("after", "eyJzbHVnIjoiYSJ9")
            .respondExample(200, "cluster-cache-registries-list.json")
            .checkPage(ClusterCacheRegistry.class, page ->
                assertThat(page.items()).extracting(ClusterCacheRegistry::slug).containsExactly("ruby-gems")),

        Scenario.of("listClusterCacheRegistries").label("before cursor")
            .call(c -> c.clusterCacheRegistries().listClusterCacheRegistries(ORG, CLUSTER,
                ListClusterCacheRegistriesParams.builder().before("eyJzbHVnIjoieiJ9").build()))
            .path(REGISTRIES)
            .query("before", "eyJzbHVnIjoieiJ9")
            .respond(200, "{\"items\": [], \"links\": {\"self\": null, \"next\": null}}")
            .checkPage(ClusterCacheRegistry.class, page -> {
              assertThat(page.items()).isEmpty();
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("getClusterCacheRegistry")
            .call(c -> c.clusterCacheRegistries().getClusterCacheRegistry(ORG, CLUSTER, REGISTRY))
            .path(REGISTRIES + "/" + REGISTRY)
            .respondExample(200, "cluster-cache-registries-get.json")
            .check(ClusterCacheRegistry.class, documentedRegistry()),

        Scenario.of("createClusterCacheRegistry")
            .call(c -> c.clusterCacheRegistries().createClusterCacheRegistryWithResponse(ORG, CLUSTER, CreateClusterCacheRegistryRequest.builder()
                    .name("Ruby gems")
                    .description("Shared Ruby dependencies")
                    .emoji(":ruby:")
                    .color("#cc342d")
                    .policy(policy())
                    .build(), RequestOptions.none()))
            .path(REGISTRIES)
            .jsonBody("""
                {
                  "name": "Ruby gems",
                  "description": "Shared Ruby dependencies",
                  "emoji": ":ruby:",
                  "color": "#cc342d",
                  "policy": {
                    "save": {"scopes": {"branch": true}},
                    "restore": {"scopes": [{"branch": "$current"}]},
                    "rules": [{"effect": "allow", "action": "save"}, {"effect": "allow", "action": "restore"}]
                  }
                }
                """)
            .respondExample(201, "cluster-cache-registries-get.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(201);
              documentedRegistry().accept((ClusterCacheRegistry) response.value());
            }),

        Scenario.of("createClusterCacheRegistry").label("name only: the default policy")
            .call(c -> c.clusterCacheRegistries().createClusterCacheRegistry(ORG, CLUSTER,
                CreateClusterCacheRegistryRequest.builder().name("Node modules").build()))
            .path(REGISTRIES)
            .jsonBody("{\"name\": \"Node modules\"}")
            .respond(201, """
                {
                  "uuid": "c4b2f0a3-8d5e-4a2b-8f7d-3e9b6a8c2d4e",
                  "slug": "node-modules",
                  "name": "Node modules",
                  "description": null,
                  "emoji": null,
                  "color": null,
                  "policy": {"rules": [{"effect": "allow", "action": ["save", "restore"]}]},
                  "created_at": "2026-08-12T09:00:00.000Z",
                  "updated_at": "2026-08-12T09:00:00.000Z",
                  "url": "https://api.buildkite.com/v2/organizations/my-great-org/clusters/42f1a7da-812d-4430-93d8-1cc7c33a6bcf/cache-registries/c4b2f0a3-8d5e-4a2b-8f7d-3e9b6a8c2d4e",
                  "cluster_url": "https://api.buildkite.com/v2/organizations/my-great-org/clusters/42f1a7da-812d-4430-93d8-1cc7c33a6bcf"
                }
                """)
            .check(ClusterCacheRegistry.class, registry -> {
              assertThat(registry.slug()).isEqualTo("node-modules");
              assertThat(registry.description()).isEmpty();
              assertThat(registry.emoji()).isEmpty();
            }),

        Scenario.of("createClusterCacheRegistry").label("invalid policy")
            .call(c -> catchThrowable(() -> c.clusterCacheRegistries().createClusterCacheRegistry(ORG, CLUSTER,
                CreateClusterCacheRegistryRequest.builder().name("Broken").policy(Map.of("rules", "everything")).build())))
            .path(REGISTRIES)
            .jsonBody("{\"name\": \"Broken\", \"policy\": {\"rules\": \"everything\"}}")
            .respond(422, "{\"message\": \"Validation failed\", \"errors\": [{\"field\": \"policy\", \"code\": \"invalid\"}]}")
            .check(Throwable.class, thrown -> {
              assertThat(thrown).isInstanceOf(UnprocessableEntityException.class);
              assertThat(((UnprocessableEntityException) thrown).errors()).singleElement()
                  .satisfies(error -> assertThat(error.field()).isEqualTo("policy"));
            }),

        Scenario.of("updateClusterCacheRegistry")
            .call(c -> c.clusterCacheRegistries().updateClusterCacheRegistry(ORG, CLUSTER, REGISTRY,
                UpdateClusterCacheRegistryRequest.builder().name("Ruby gems").emoji(null).color(null).policy(policy()).build()))
            .path(REGISTRIES + "/" + REGISTRY)
            .jsonBody("""
                {
                  "name": "Ruby gems",
                  "emoji": null,
                  "color": null,
                  "policy": {
                    "save": {"scopes": {"branch": true}},
                    "restore": {"scopes": [{"branch": "$current"}]},
                    "rules": [{"effect": "allow", "action": "save"}, {"effect": "allow", "action": "restore"}]
                  }
                }
                """)
            .respondExample(200, "cluster-cache-registries-get.json")
            .check(ClusterCacheRegistry.class, registry -> assertThat(registry.uuid()).isEqualTo(REGISTRY)),

        Scenario.of("updateClusterCacheRegistry").label("null policy denies every save and restore")
            .call(c -> c.clusterCacheRegistries().updateClusterCacheRegistry(ORG, CLUSTER, REGISTRY,
                UpdateClusterCacheRegistryRequest.builder().policy(null).description(null).build()))
            .path(REGISTRIES + "/" + REGISTRY)
            .jsonBody("{\"description\": null, \"policy\": null}")
            .respond(200, """
                {
                  "uuid": "b3a1e9f2-7c4d-4f1a-9e6c-2d8a5f7b1c3d",
                  "slug": "ruby-gems",
                  "name": "Ruby gems",
                  "description": null,
                  "emoji": ":ruby:",
                  "color": "#cc342d",
                  "policy": null,
                  "created_at": "2026-08-11T10:15:32.000Z",
                  "updated_at": "2026-08-12T10:00:00.000Z",
                  "url": "https://api.buildkite.com/v2/organizations/my-great-org/clusters/42f1a7da-812d-4430-93d8-1cc7c33a6bcf/cache-registries/b3a1e9f2-7c4d-4f1a-9e6c-2d8a5f7b1c3d",
                  "cluster_url": "https://api.buildkite.com/v2/organizations/my-great-org/clusters/42f1a7da-812d-4430-93d8-1cc7c33a6bcf"
                }
                """)
            .check(ClusterCacheRegistry.class, registry -> {
              assertThat(registry.policy()).as("no policy stored").isEmpty();
              assertThat(registry.description()).isEmpty();
            }),

        Scenario.of("deleteClusterCacheRegistry")
            .run(c -> c.clusterCacheRegistries().deleteClusterCacheRegistry(ORG, CLUSTER, REGISTRY))
            .path(REGISTRIES + "/" + REGISTRY)
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("deleteClusterCacheRegistry").label("the cluster's default registry")
            .call(c -> catchThrowable(() -> c.clusterCacheRegistries().deleteClusterCacheRegistry(ORG, CLUSTER, REGISTRY)))
            .path(REGISTRIES + "/" + REGISTRY)
            .respond(422, "{\"message\": \"The default cache registry of a cluster cannot be deleted\"}")
            .check(Throwable.class, thrown -> assertThat(thrown).isInstanceOf(UnprocessableEntityException.class))
    );
  }
}
