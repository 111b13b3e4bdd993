package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.ClusterScenarios.CLUSTER;
import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.AddClusterMaintainerRequest;
import io.github.bksdk.buildkite.model.ClusterMaintainer;
import io.github.bksdk.buildkite.model.ClusterMaintainerActorType;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Cluster maintainers: list (unpaginated), get, add a user or a team, remove (by assignment ID). */
final class ClusterMaintainerScenarios {
  private static final String MAINTAINERS = "/v2/organizations/my-great-org/clusters/" + CLUSTER + "/maintainers";
  private static final String TEAM_ASSIGNMENT = "282a043f-4d4f-4db5-ac9a-58673ae02caf";
  private static final String TEAM = "0da645b7-9840-428f-bd80-0b92ee274480";

  private ClusterMaintainerScenarios() {}

  /** The team assignment of the documented examples. */
  private static final Consumer<ClusterMaintainer> DEVELOPERS = maintainer -> {
    assertThat(maintainer.id()).isEqualTo(TEAM_ASSIGNMENT);
    assertThat(maintainer.actor().id()).isEqualTo(TEAM);
    assertThat(maintainer.actor().graphqlId())
        .contains("VGVhbS0tLTBkYTY0NWI3LTk4NDAtNDI4Zi1iZDgwLTBiOTJlZTI3NDQ4MA==");
    assertThat(maintainer.actor().slug()).contains("Developers");
    assertThat(maintainer.actor().type()).contains(ClusterMaintainerActorType.TEAM);
    assertThat(maintainer.actor().name()).isEmpty();
    assertThat(maintainer.actor().email()).isEmpty();
  };

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listClusterMaintainers").label("page, per_page")
            .call(c -> c.clusterMaintainers().listClusterMaintainers(ORG, CLUSTER,
                io.github.bksdk.buildkite.services.ListClusterMaintainersParams.builder().page(2).perPage(5).build()))
            .path(MAINTAINERS)
            .query("page", "2")
            .query("per_page", "5")
            .respondExample(200, "cluster-maintainers-list.json")
            .responseHeader("Link", Scenarios.linkHeader(MAINTAINERS + "?per_page=5", 1, 3, 3))
            .checkPage(ClusterMaintainer.class, page ->
                assertThat(page.links().next()).contains(Scenarios.pageLink(MAINTAINERS + "?per_page=5", 3))),

        Scenario.of("listClusterMaintainers")
            .call(c -> c.clusterMaintainers().listClusterMaintainers(ORG, CLUSTER))
            .path(MAINTAINERS)
            .respondExample(200, "cluster-maintainers-list.json")
            .checkPage(ClusterMaintainer.class, page -> {
              assertThat(page.items()).hasSize(2);
              ClusterMaintainer user = page.items().get(0);
              assertThat(user.id()).isEqualTo("f6cf1097-c9c5-4492-885f-a2d3281a07dd");
              assertThat(user.actor().id()).isEqualTo("01973824-0c57-45ae-a440-638fceb3ec06");
              assertThat(user.actor().name()).contains("Staff");
              assertThat(user.actor().email()).contains("staff@example.com");
              assertThat(user.actor().type()).contains(ClusterMaintainerActorType.USER);
              assertThat(user.actor().slug()).isEmpty();
              DEVELOPERS.accept(page.items().get(1));
              // the list is not paginated: one page, no links
              assertThat(page.hasNextPage()).isFalse();
              assertThat(page.links().asMap()).isEmpty();
            }),

        Scenario.of("getClusterMaintainer")
            .call(c -> c.clusterMaintainers().getClusterMaintainer(ORG, CLUSTER, TEAM_ASSIGNMENT))
            .path(MAINTAINERS + "/" + TEAM_ASSIGNMENT)
            .respondExample(200, "cluster-maintainers-get.json")
            .check(ClusterMaintainer.class, DEVELOPERS),

        Scenario.of("addClusterMaintainer")
            .call(c -> c.clusterMaintainers().addClusterMaintainer(ORG, CLUSTER,
                AddClusterMaintainerRequest.builder().team(UUID.fromString(TEAM)).build()))
            .path(MAINTAINERS)
            .jsonBody("{\"team\": \"" + TEAM + "\"}")
            .respondExample(201, "cluster-maintainers-create.json")
            .check(ClusterMaintainer.class, DEVELOPERS),

        Scenario.of("addClusterMaintainer").label("a user")
            .call(c -> c.clusterMaintainers().addClusterMaintainerWithResponse(ORG, CLUSTER, AddClusterMaintainerRequest.builder().user(UUID.fromString("01973824-0c57-45ae-a440-638fceb3ec06")).build(), RequestOptions.none()))
            .path(MAINTAINERS)
            .jsonBody("{\"user\": \"01973824-0c57-45ae-a440-638fceb3ec06\"}")
            .respond(201, """
                {
                  "id": "f6cf1097-c9c5-4492-885f-a2d3281a07dd",
                  "actor": {
                    "id": "01973824-0c57-45ae-a440-638fceb3ec06",
                    "graphql_id": "VXNlci0tLTAxOTczODI0LTBjNTctNDVhZS1hNDQwLTYzOGZjZWIzZWMwNg==",
                    "name": "Staff",
                    "email": "staff@example.com",
                    "type": "user"
                  }
                }
                """)
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(201);
              ClusterMaintainer maintainer = (ClusterMaintainer) response.value();
              assertThat(maintainer.id()).isEqualTo("f6cf1097-c9c5-4492-885f-a2d3281a07dd");
              assertThat(maintainer.actor().type()).contains(ClusterMaintainerActorType.USER);
            }),

        Scenario.of("removeClusterMaintainer")
            .run(c -> c.clusterMaintainers().removeClusterMaintainer(ORG, CLUSTER, TEAM_ASSIGNMENT))
            .path(MAINTAINERS + "/" + TEAM_ASSIGNMENT)
            .respond(204, null)
            .returnsNothing()
    );
  }
}
