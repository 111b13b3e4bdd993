package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.ClusterScenarios.CLUSTER;
import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.linkHeader;
import static io.github.bksdk.buildkite.tests.Scenarios.pageLink;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.ClusterAgentToken;
import io.github.bksdk.buildkite.model.CreateClusterAgentTokenRequest;
import io.github.bksdk.buildkite.model.UpdateClusterAgentTokenRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/** Cluster agent tokens: list, get, create (the only response with the secret value), update, revoke. */
final class ClusterAgentTokenScenarios {
  private static final String TOKENS = "/v2/organizations/my-great-org/clusters/" + CLUSTER + "/tokens";
  private static final String TOKEN_ID = "b6001416-0e1e-41c6-9dbe-3d96766f451a";
  private static final String SECRET = "igo6HEj5fxQbgBTDoDzNaZzT";

  private ClusterAgentTokenScenarios() {}

  /** What every documented token example shares; the secret value is only in the create example. */
  private static Consumer<ClusterAgentToken> documentedToken(String expiresAt) {
    return token -> {
      assertThat(token.id()).isEqualTo(TOKEN_ID);
      assertThat(token.graphqlId()).contains("Q2x1c3RlclRva2VuLS0tYjYwMDE0MTYtMGUxZS00MWM2LTlkYmUtM2Q5Njc2NmY0NTFh");
      assertThat(token.description()).contains("Windows agents");
      assertThat(token.allowedIpAddresses()).contains("202.144.0.0/24");
      assertThat(token.expiresAt()).contains(ts(expiresAt));
      assertThat(token.url()).endsWith("/clusters/e4f44564-d3ea-45eb-87c2-6506643b852a/tokens/" + TOKEN_ID);
      assertThat(token.clusterUrl())
          .contains("http://api.buildkite.com/v2/organizations/test/clusters/e4f44564-d3ea-45eb-87c2-6506643b852a");
      assertThat(token.createdAt()).contains(ts("2023-05-26T04:21:41.350Z"));
      assertThat(token.createdBy()).hasValueSatisfying(user -> assertThat(user.name()).contains("Sam Kim"));
    };
  }

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listClusterAgentTokens")
            .call(c -> c.clusterAgentTokens().listClusterAgentTokens(ORG, CLUSTER))
            .path(TOKENS)
            .respondExample(200, "cluster-tokens-list.json")
            .responseHeader("Link", linkHeader(TOKENS, 1, 2, 4))
            .checkPage(ClusterAgentToken.class, page -> {
              assertThat(page.items()).hasSize(1);
              documentedToken("2026-01-01T00:00:00Z").accept(page.items().get(0));
              assertThat(page.items().get(0).token()).isEmpty();
              assertThat(page.links().next()).contains(pageLink(TOKENS, 2));
              assertThat(page.links().last()).contains(pageLink(TOKENS, 4));
            }),

        Scenario.of("listClusterAgentTokens").label("every query parameter")
            .call(c -> c.clusterAgentTokens().listClusterAgentTokens(ORG, CLUSTER,
                ListClusterAgentTokensParams.builder().page(1).perPage(100).build()))
            .path(TOKENS)
            .query("page", "1")
            .query("per_page", "100")
            .respondExample(200, "cluster-tokens-list.json")
            .checkPage(ClusterAgentToken.class, page ->
                assertThat(page.items()).extracting(ClusterAgentToken::id).containsExactly(TOKEN_ID)),

        Scenario.of("getClusterAgentToken")
            .call(c -> c.clusterAgentTokens().getClusterAgentToken(ORG, CLUSTER, TOKEN_ID))
            .path(TOKENS + "/" + TOKEN_ID)
            .respondExample(200, "cluster-tokens-get.json")
            .check(ClusterAgentToken.class, token -> {
              documentedToken("2026-01-01T00:00:00Z").accept(token);
              assertThat(token.token()).isEmpty();
            }),

        Scenario.of("createClusterAgentToken")
            .call(c -> c.clusterAgentTokens().createClusterAgentToken(ORG, CLUSTER, CreateClusterAgentTokenRequest.builder()
                .description("Windows agents")
                .expiresAt(OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .allowedIpAddresses("202.144.0.0/24")
                .build()))
            .path(TOKENS)
            .jsonBody("""
                {"description": "Windows agents", "expires_at": "2025-01-01T00:00:00Z", "allowed_ip_addresses": "202.144.0.0/24"}
                """)
            .respondExample(201, "cluster-tokens-create.json")
            .check(ClusterAgentToken.class, token -> {
              documentedToken("2025-01-01T00:00:00Z").accept(token);
              assertThat(token.token()).contains(SECRET);
              // the secret value never shows up in logs
              assertThat(token.toString()).contains("token=***").doesNotContain(SECRET);
            }),

        Scenario.of("createClusterAgentToken").label("description only")
            .call(c -> c.clusterAgentTokens().createClusterAgentTokenWithResponse(ORG, CLUSTER, CreateClusterAgentTokenRequest.builder().description("Linux agents").build(), RequestOptions.none()))
            .path(TOKENS)
            .jsonBody("{\"description\": \"Linux agents\"}")
            .respondExample(201, "cluster-tokens-create.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(201);
              assertThat(((ClusterAgentToken) response.value()).token()).contains(SECRET);
            }),

        Scenario.of("updateClusterAgentToken")
            .call(c -> c.clusterAgentTokens().updateClusterAgentToken(ORG, CLUSTER, TOKEN_ID,
                UpdateClusterAgentTokenRequest.builder()
                    .description("Windows agents")
                    .allowedIpAddresses("202.144.0.0/24 198.51.100.0/24")
                    .build()))
            .path(TOKENS + "/" + TOKEN_ID)
            .jsonBody("{\"description\": \"Windows agents\", \"allowed_ip_addresses\": \"202.144.0.0/24 198.51.100.0/24\"}")
            .respondExample(200, "cluster-tokens-update.json")
            .check(ClusterAgentToken.class, token -> {
              documentedToken("2026-01-01T00:00:00Z").accept(token);
              assertThat(token.token()).isEmpty();
            }),

        Scenario.of("patchClusterAgentToken")
            .call(c -> c.clusterAgentTokens().patchClusterAgentToken(ORG, CLUSTER, TOKEN_ID,
                UpdateClusterAgentTokenRequest.builder().description("Windows agents").build()))
            .path(TOKENS + "/" + TOKEN_ID)
            .jsonBody("{\"description\": \"Windows agents\"}")
            .respondExample(200, "cluster-tokens-update.json")
            .check(ClusterAgentToken.class, token -> documentedToken("2026-01-01T00:00:00Z").accept(token)),

        Scenario.of("updateClusterAgentToken").label("lift the address restriction")
            .call(c -> c.clusterAgentTokens().updateClusterAgentToken(ORG, CLUSTER, TOKEN_ID,
                UpdateClusterAgentTokenRequest.builder().allowedIpAddresses("").build()))
            .path(TOKENS + "/" + TOKEN_ID)
            .jsonBody("{\"allowed_ip_addresses\": \"\"}")
            .respondExample(200, "cluster-tokens-update.json")
            .check(ClusterAgentToken.class, token -> assertThat(token.id()).isEqualTo(TOKEN_ID)),

        Scenario.of("revokeClusterAgentToken")
            .run(c -> c.clusterAgentTokens().revokeClusterAgentToken(ORG, CLUSTER, TOKEN_ID))
            .path(TOKENS + "/" + TOKEN_ID)
            .respond(204, null)
            .returnsNothing()
    );
  }
}
