package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.RepositoryConnection;
import io.github.bksdk.buildkite.model.RepositoryConnectionRepository;
import io.github.bksdk.buildkite.model.RepositoryConnectionType;
import java.util.List;

/** RepositoryConnections: the connections and the repositories a connection reaches. */
final class RepositoryConnectionScenarios {
  private static final String CONNECTIONS = "/v2/organizations/my-great-org/repository_connections";
  private static final String GITHUB = "01234567-89ab-cdef-0123-456789abcdef";
  private static final String BITBUCKET = "12345678-9abc-def0-1234-56789abcdef0";

  private RepositoryConnectionScenarios() {}

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listRepositoryConnections")
            .call(c -> c.repositoryConnections().listRepositoryConnections(ORG))
            .path(CONNECTIONS)
            .respondExample(200, "repository-connections-list.json")
            .checkPage(RepositoryConnection.class, page -> {
              assertThat(page.items()).extracting(RepositoryConnection::id).containsExactly(GITHUB, BITBUCKET);
              RepositoryConnection github = page.items().get(0);
              assertThat(github.type()).isEqualTo(RepositoryConnectionType.GITHUB_CODE_ACCESS_APP);
              assertThat(github.displayName()).contains("GitHub (acme-inc)");
              assertThat(github.url()).isEqualTo(
                  "https://api.buildkite.com/v2/organizations/acme-inc/repository_connections/" + GITHUB);
              assertThat(github.serviceAccount()).as("only on a single connection").isEmpty();
              assertThat(github.host()).isEmpty();
              assertThat(github.rateLimit()).isEmpty();
              assertThat(page.items().get(1).type()).isEqualTo(RepositoryConnectionType.GITLAB_SELF_MANAGED);
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("getRepositoryConnection")
            .call(c -> c.repositoryConnections().getRepositoryConnection(ORG, GITHUB))
            .path(CONNECTIONS + "/" + GITHUB)
            .respondExample(200, "repository-connections-get.json")
            .check(RepositoryConnection.class, connection -> {
              assertThat(connection.id()).isEqualTo(GITHUB);
              assertThat(connection.type()).isEqualTo(RepositoryConnectionType.GITHUB_CODE_ACCESS_APP);
              assertThat(connection.type().asString()).isEqualTo("github_code_access_app");
              assertThat(connection.serviceAccount().flatMap(a -> a.login())).contains("acme-inc");
              assertThat(connection.host()).hasValueSatisfying(host -> {
                assertThat(host.type()).contains("github");
                assertThat(host.url()).contains("https://github.com");
                assertThat(host.verifyServerCert()).isEmpty();
              });
              assertThat(connection.rateLimit()).hasValueSatisfying(limit -> {
                assertThat(limit.limit()).contains(5000);
                assertThat(limit.used()).contains(42);
                assertThat(limit.remaining()).contains(4958);
                assertThat(limit.resetAt()).contains(ts("2026-07-16T06:00:00Z"));
              });
              assertThat(connection.additionalProperties()).as("every documented field is modelled").isEmpty();
            }),

        Scenario.of("getRepositoryConnection").label("Bitbucket Server with several URLs and no service account")
            .offSpecResponse("a host field this SDK does not model, to show it is kept")
            .call(c -> c.repositoryConnections().getRepositoryConnectionWithResponse(ORG, BITBUCKET, RequestOptions.none()))
            .path(CONNECTIONS + "/" + BITBUCKET)
            .respond(200, """
                {
                  "id": "12345678-9abc-def0-1234-56789abcdef0",
                  "type": "bitbucket_server",
                  "display_name": "Bitbucket Server",
                  "url": "https://api.buildkite.com/v2/organizations/my-great-org/repository_connections/12345678-9abc-def0-1234-56789abcdef0",
                  "service_account": null,
                  "host": {
                    "type": "bitbucket_server",
                    "url": "https://bitbucket.example.com,https://bitbucket-dr.example.com",
                    "verify_server_cert": true,
                    "authentication_strategy": "token",
                    "proxy_auth_strategy": null,
                    "webhook_allowed_addresses": "192.0.2.0/24"
                  },
                  "rate_limit": null
                }
                """)
            .check(Response.class, response -> {
              RepositoryConnection connection = (RepositoryConnection) response.value();
              assertThat(connection.type()).isEqualTo(RepositoryConnectionType.BITBUCKET_SERVER);
              assertThat(connection.serviceAccount()).isEmpty();
              assertThat(connection.rateLimit()).isEmpty();
              assertThat(connection.host()).hasValueSatisfying(host -> {
                assertThat(host.url()).contains("https://bitbucket.example.com,https://bitbucket-dr.example.com");
                assertThat(host.verifyServerCert()).contains(true);
                assertThat(host.authenticationStrategy()).contains("token");
                assertThat(host.proxyAuthStrategy()).isEmpty();
                assertThat(host.additionalProperties().get("webhook_allowed_addresses").asText())
                    .isEqualTo("192.0.2.0/24");
              });
            }),

        Scenario.of("listRepositoryConnectionRepositories")
            .call(c -> c.repositoryConnections().listRepositoryConnectionRepositories(ORG, GITHUB))
            .path(CONNECTIONS + "/" + GITHUB + "/repositories")
            .respondExample(200, "repository-connections-list-repositories.json")
            .checkPage(RepositoryConnectionRepository.class, page -> {
              assertThat(page.items()).extracting(RepositoryConnectionRepository::fullName)
                  .containsExactly("acme/widgets", "acme/gadgets");
              RepositoryConnectionRepository widgets = page.items().get(0);
              assertThat(widgets.htmlUrl()).contains("https://github.com/acme/widgets");
              assertThat(widgets.cloneUrl()).contains("https://github.com/acme/widgets.git");
              assertThat(widgets.defaultBranch()).contains("main");
              assertThat(page.items().get(1).defaultBranch()).contains("trunk");
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listRepositoryConnectionRepositories").label("repository filter")
            .call(c -> c.repositoryConnections().listRepositoryConnectionRepositories(ORG, GITHUB,
                ListRepositoryConnectionRepositoriesParams.builder()
                    .repository("Acme/Widgets")
                    .build()))
            .path(CONNECTIONS + "/" + GITHUB + "/repositories")
            .query("repository", "Acme/Widgets")
            .respond(200, """
                [{"full_name": "acme/widgets", "html_url": "https://github.com/acme/widgets", "clone_url": "https://github.com/acme/widgets.git", "default_branch": "main"}]
                """)
            .checkPage(RepositoryConnectionRepository.class, page ->
                assertThat(page.items()).extracting(RepositoryConnectionRepository::fullName)
                    .containsExactly("acme/widgets"))
    );
  }
}
