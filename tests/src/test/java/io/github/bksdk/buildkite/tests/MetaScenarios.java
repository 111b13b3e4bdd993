package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.errors.InvalidResponseException;
import io.github.bksdk.buildkite.model.AccessToken;
import io.github.bksdk.buildkite.model.ApiCatalog;
import io.github.bksdk.buildkite.model.ApiCatalogEntry;
import io.github.bksdk.buildkite.model.ApiRoot;
import io.github.bksdk.buildkite.model.Meta;
import io.github.bksdk.buildkite.model.User;
import java.util.List;

/** Root, Meta, AccessToken and User: the endpoints that need no organization. */
final class MetaScenarios {
  private static final String TEST_ENGINE_YAML = """
      openapi: 3.0.1
      info:
        title: Buildkite Test Engine API
        version: v2
      paths:
        /v2/analytics/organizations/{org}/suites:
          get:
            summary: List suites
      """;

  private static final String CURRENT_USER = """
      {
        "id": "e57fba0f-ab14-4cc0-bb5b-695774ffbfbe",
        "graphql_id": "VXNlci0tLWU1N2ZiYTBmLWFiMTQtNGNjMC1iYjViLTY5NTc3NGZmYmZiZQ==",
        "name": "John Smith",
        "email": "john.smith@example.com",
        "avatar_url": "https://www.gravatar.com/avatar/abc123",
        "created_at": "2012-03-04T05:07:08.910Z"
      }
      """;

  private MetaScenarios() {}

  static List<Scenario> all() {
    return List.of(
        Scenario.of("getApiRoot")
            .call(c -> c.root().getApiRoot())
            .path("/")
            .respondExample(200, "root-get.json")
            .check(ApiRoot.class, root -> {
              assertThat(root.message()).contains("🛠");
              assertThat(root.timestamp()).contains(1719276157L);
            }),

        Scenario.of("getApiCatalog")
            .call(c -> c.root().getApiCatalog())
            .path("/.well-known/api-catalog")
            .respondText(200, "application/linkset+json", SpecDocument.example("api-catalog-get.json"))
            .check(ApiCatalog.class, catalog -> {
              assertThat(catalog.linkset()).hasSize(1);
              ApiCatalogEntry entry = catalog.linkset().get(0);
              assertThat(entry.anchor()).isEqualTo("https://api.buildkite.com/v2/analytics");
              assertThat(entry.serviceDesc()).hasSize(1);
              assertThat(entry.serviceDesc().get(0).href()).isEqualTo("https://api.buildkite.com/v2/analytics/openapi.yaml");
              assertThat(entry.serviceDesc().get(0).type()).contains("application/openapi+yaml");
              assertThat(entry.serviceDoc()).hasSize(1);
              assertThat(entry.serviceDoc().get(0).href()).isEqualTo("https://buildkite.com/docs/apis/rest-api");
              assertThat(entry.serviceDoc().get(0).type()).contains("text/html");
            }),

        Scenario.of("getTestEngineOpenApiDocument")
            .call(c -> c.meta().getTestEngineOpenApiDocument())
            .path("/v2/analytics/openapi.yaml")
            .requestHeader("Accept", "application/openapi+yaml")
            .respondText(200, "application/openapi+yaml", TEST_ENGINE_YAML)
            .check(String.class, yaml -> {
              assertThat(yaml).isEqualTo(TEST_ENGINE_YAML);
              assertThat(yaml).startsWith("openapi: 3.0.1\n").contains("/v2/analytics/organizations/{org}/suites");
            }),

        Scenario.of("getMeta")
            .call(c -> c.meta().getMeta())
            .path("/v2/meta")
            .respondExample(200, "meta-get.json")
            .check(Meta.class, meta -> assertThat(meta.webhookIps()).containsExactly("192.0.2.0/24", "198.51.100.12")),

        Scenario.of("getAccessToken")
            .call(c -> c.accessToken().getAccessToken())
            .path("/v2/access-token")
            .respondExample(200, "access-token-get.json")
            .check(AccessToken.class, token -> {
              assertThat(token.uuid()).isEqualTo("b63254c0-3271-4a98-8270-7cfbd6c2f14e");
              assertThat(token.scopes()).containsExactly("read_build");
              assertThat(token.description()).contains("Development Token");
              assertThat(token.createdAt()).contains(ts("2025-07-16T06:07:42Z"));
              assertThat(token.expiresAt()).contains(ts("2025-07-23T06:07:42Z"));
              assertThat(token.user()).hasValueSatisfying(user -> {
                assertThat(user.name()).contains("Algernon Moncrieff");
                assertThat(user.email()).contains("algernon.m@buildkite.com");
              });
            }),

        Scenario.of("revokeAccessToken")
            .run(c -> c.accessToken().revokeAccessToken())
            .path("/v2/access-token")
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("revokeAccessToken").label("with response")
            .call(c -> c.accessToken().revokeAccessTokenWithResponse(RequestOptions.none()))
            .path("/v2/access-token")
            .respond(204, null)
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(204);
              assertThat(response.value()).isNull();
            }),

        Scenario.of("getCurrentUser")
            .call(c -> c.user().getCurrentUser())
            .path("/v2/user")
            .respond(200, CURRENT_USER)
            .check(User.class, user -> {
              assertThat(user.id()).isEqualTo("e57fba0f-ab14-4cc0-bb5b-695774ffbfbe");
              assertThat(user.graphqlId()).contains("VXNlci0tLWU1N2ZiYTBmLWFiMTQtNGNjMC1iYjViLTY5NTc3NGZmYmZiZQ==");
              assertThat(user.name()).contains("John Smith");
              assertThat(user.email()).contains("john.smith@example.com");
              assertThat(user.avatarUrl()).contains("https://www.gravatar.com/avatar/abc123");
              assertThat(user.createdAt()).contains(ts("2012-03-04T05:07:08.910Z"));
            }),

        // The documented example has created_at 2012-03-04T56:07:08.910Z (hour 56), recorded as errata in the spec:
        // the SDK must refuse it as an unreadable response rather than decode a wrong time.
        Scenario.of("getCurrentUser").label("documented example, invalid created_at")
            .call(c -> catchThrowable(() -> c.user().getCurrentUser()))
            .path("/v2/user")
            .respondExample(200, "user-get.json")
            .check(Throwable.class, thrown -> assertThat(thrown)
                .isInstanceOf(InvalidResponseException.class)
                .isInstanceOf(BuildkiteIoException.class)
                .hasMessageContaining("200")
                .hasMessageContaining("/v2/user"))
    );
  }
}
