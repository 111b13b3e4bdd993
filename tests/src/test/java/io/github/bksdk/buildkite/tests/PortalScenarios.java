package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.linkHeader;
import static io.github.bksdk.buildkite.tests.Scenarios.pageLink;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.CreatePortalRequest;
import io.github.bksdk.buildkite.model.Portal;
import io.github.bksdk.buildkite.model.UpdatePortalRequest;
import java.util.List;
import java.util.function.Consumer;

/** Portals: page-numbered list, create (with its one-time token), get, update, delete. */
final class PortalScenarios {
  private static final String PORTALS = "/v2/organizations/my-great-org/portals";
  private static final String SLUG = "trigger-main-build";
  private static final String QUERY = "mutation triggerBuild { buildCreate(input: { branch: \"main\", commit: \"HEAD\", "
      + "pipelineID: \"UGlwZWxpbmUtLS0x\" }) { build { url } } }";
  private static final String PORTAL_TOKEN = "xxx-yyy-zzz";

  private PortalScenarios() {}

  private static Consumer<Portal> documentedPortal() {
    return portal -> {
      assertThat(portal.uuid()).isEqualTo("01234567-89ab-cdef-0123-456789abcdef");
      assertThat(portal.slug()).isEqualTo(SLUG);
      assertThat(portal.organizationUuid()).contains("f02d6a6f-7a0e-481d-9d6d-89b427aec48d");
      assertThat(portal.name()).contains("Trigger main build");
      assertThat(portal.description()).contains("Triggers a build on the main branch");
      assertThat(portal.query()).contains(QUERY);
      assertThat(portal.createdAt()).contains(ts("2024-08-26T03:22:45.555Z"));
      assertThat(portal.createdBy()).hasValueSatisfying(user -> {
        assertThat(user.id()).isEqualTo("3d3c3bf0-7d58-4afe-8fe7-b3017d5504de");
        assertThat(user.name()).contains("Sam Kim");
        assertThat(user.email()).contains("sam@example.com");
        assertThat(user.createdAt()).contains(ts("2013-08-29T10:10:03.000Z"));
      });
      assertThat(portal.allowedIpAddresses()).contains("192.0.2.1/32 198.51.100.0/24");
      assertThat(portal.userInvokable()).contains(false);
      assertThat(portal.token()).as("only returned on create").isEmpty();
      assertThat(portal.additionalProperties()).as("every documented field is modelled").isEmpty();
    };
  }

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listPortals")
            .call(c -> c.portals().listPortals(ORG))
            .path(PORTALS)
            .respondExample(200, "portals-list.json")
            .responseHeader("Link", "<https://api.buildkite.com" + PORTALS + "?page=2>; rel=\"next\", "
                + "<https://api.buildkite.com" + PORTALS + "?page=2>; rel=\"last\"")
            .checkPage(Portal.class, page -> {
              assertThat(page.items()).hasSize(1);
              documentedPortal().accept(page.items().get(0));
              assertThat(page.hasNextPage()).isTrue();
              assertThat(page.links().next()).contains(pageLink(PORTALS, 2));
              assertThat(page.links().last()).contains(pageLink(PORTALS, 2));
            }),

        Scenario.of("listPortals").label("page and per_page")
            .call(c -> c.portals().listPortals(ORG, ListPortalsParams.builder().page(2).perPage(10).build()))
            .path(PORTALS)
            .query("page", "2")
            .query("per_page", "10")
            .respondExample(200, "portals-list.json")
            .responseHeader("Link", linkHeader(PORTALS + "?per_page=10", 1, 3, 3))
            .checkPage(Portal.class, page -> {
              assertThat(page.items()).extracting(Portal::slug).containsExactly(SLUG);
              assertThat(page.links().prev()).contains(pageLink(PORTALS + "?per_page=10", 1));
              assertThat(page.links().next()).contains(pageLink(PORTALS + "?per_page=10", 3));
            }),

        Scenario.of("getPortal")
            .call(c -> c.portals().getPortal(ORG, SLUG))
            .path(PORTALS + "/" + SLUG)
            .respondExample(200, "portals-get.json")
            .check(Portal.class, documentedPortal()),

        Scenario.of("createPortal")
            .call(c -> c.portals().createPortal(ORG, CreatePortalRequest.builder()
                .name("Trigger main build")
                .query(QUERY)
                .build()))
            .path(PORTALS)
            .jsonBody("""
                {
                  "name": "Trigger main build",
                  "query": "mutation triggerBuild { buildCreate(input: { branch: \\"main\\", commit: \\"HEAD\\", pipelineID: \\"UGlwZWxpbmUtLS0x\\" }) { build { url } } }"
                }
                """)
            .respondExample(201, "portals-create.json")
            .check(Portal.class, portal -> {
              assertThat(portal.slug()).isEqualTo(SLUG);
              assertThat(portal.description()).isEmpty();
              assertThat(portal.allowedIpAddresses()).isEmpty();
              assertThat(portal.userInvokable()).contains(false);
              assertThat(portal.token()).contains(PORTAL_TOKEN);
              assertThat(portal.toString()).doesNotContain(PORTAL_TOKEN).contains("***");
              assertThat(portal.additionalProperties()).isEmpty();
            }),

        Scenario.of("createPortal").label("every optional field, with response")
            .call(c -> c.portals().createPortalWithResponse(ORG, CreatePortalRequest.builder()
                .name("Trigger main build")
                .query(QUERY)
                .slug(SLUG)
                .description("Triggers a build on the main branch")
                .allowedIpAddresses("192.0.2.1/32 198.51.100.0/24")
                .userInvokable(true)
                .build(), RequestOptions.none()))
            .path(PORTALS)
            .jsonBody("""
                {
                  "name": "Trigger main build",
                  "query": "mutation triggerBuild { buildCreate(input: { branch: \\"main\\", commit: \\"HEAD\\", pipelineID: \\"UGlwZWxpbmUtLS0x\\" }) { build { url } } }",
                  "slug": "trigger-main-build",
                  "description": "Triggers a build on the main branch",
                  "allowed_ip_addresses": "192.0.2.1/32 198.51.100.0/24",
                  "user_invokable": true
                }
                """)
            .respondExample(201, "portals-create.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(201);
              assertThat(((Portal) response.value()).token()).contains(PORTAL_TOKEN);
            }),

        Scenario.of("updatePortal")
            .call(c -> c.portals().updatePortal(ORG, SLUG, UpdatePortalRequest.builder().name("Trigger main build").build()))
            .path(PORTALS + "/" + SLUG)
            .jsonBody("""
                {"name": "Trigger main build"}
                """)
            .respondExample(200, "portals-update.json")
            .check(Portal.class, documentedPortal()),

        Scenario.of("updatePortal").label("new slug and query; null description and IP restriction")
            .call(c -> c.portals().updatePortalWithResponse(ORG, SLUG, UpdatePortalRequest.builder()
                .slug("trigger-release-build")
                .query("query { viewer { user { name } } }")
                .description(null)
                .allowedIpAddresses(null)
                .userInvokable(true)
                .build(), RequestOptions.none()))
            .path(PORTALS + "/" + SLUG)
            .jsonBody("""
                {
                  "slug": "trigger-release-build",
                  "query": "query { viewer { user { name } } }",
                  "description": null,
                  "allowed_ip_addresses": null,
                  "user_invokable": true
                }
                """)
            .respond(200, SpecDocument.example("portals-update.json")
                .replace("\"slug\": \"trigger-main-build\"", "\"slug\": \"trigger-release-build\"")
                .replace("\"description\": \"Triggers a build on the main branch\"", "\"description\": null")
                .replace("\"allowed_ip_addresses\": \"192.0.2.1/32 198.51.100.0/24\"", "\"allowed_ip_addresses\": null")
                .replace("\"user_invokable\": false", "\"user_invokable\": true"))
            .check(Response.class, response -> {
              Portal portal = (Portal) response.value();
              assertThat(portal.slug()).isEqualTo("trigger-release-build");
              assertThat(portal.description()).isEmpty();
              assertThat(portal.allowedIpAddresses()).isEmpty();
              assertThat(portal.userInvokable()).contains(true);
            }),

        Scenario.of("deletePortal")
            .run(c -> c.portals().deletePortal(ORG, SLUG))
            .path(PORTALS + "/" + SLUG)
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("deletePortal").label("with response")
            .call(c -> c.portals().deletePortalWithResponse(ORG, "old-portal", RequestOptions.none()))
            .path(PORTALS + "/old-portal")
            .respond(204, null)
            .check(Response.class, response -> assertThat(response.statusCode()).isEqualTo(204))
    );
  }
}
