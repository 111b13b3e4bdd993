package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.linkHeader;
import static io.github.bksdk.buildkite.tests.Scenarios.pageLink;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.model.Emoji;
import io.github.bksdk.buildkite.model.Organization;
import io.github.bksdk.buildkite.model.RateLimits;
import java.util.List;

/** Organizations, RateLimits and Emojis. */
final class OrganizationScenarios {
  private OrganizationScenarios() {}

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listOrganizations")
            .call(c -> c.organizations().listOrganizations())
            .path("/v2/organizations")
            .respondExample(200, "organizations-list.json")
            .responseHeader("Link", "<https://api.buildkite.com/v2/organizations?page=2>; rel=\"next\", "
                + "<https://api.buildkite.com/v2/organizations?page=4>; rel=\"last\"")
            .checkPage(Organization.class, page -> {
              assertThat(page.items()).hasSize(1);
              Organization org = page.items().get(0);
              assertThat(org.id()).isEqualTo("bb3125de-4dc9-44cf-ad18-65d2b71a5a34");
              assertThat(org.slug()).isEqualTo("my-great-org");
              assertThat(org.name()).contains("My Great Org");
              assertThat(org.createdAt()).contains(ts("2015-05-09T21:05:59.874Z"));
              assertThat(page.hasNextPage()).isTrue();
              assertThat(page.links().next()).contains(pageLink("/v2/organizations", 2));
              assertThat(page.links().last()).contains(pageLink("/v2/organizations", 4));
              assertThat(page.links().prev()).isEmpty();
            }),

        Scenario.of("listOrganizations").label("page and per_page")
            .call(c -> c.organizations().listOrganizations(
                ListOrganizationsParams.builder().page(2).perPage(50).build()))
            .path("/v2/organizations")
            .query("page", "2")
            .query("per_page", "50")
            .respondExample(200, "organizations-list.json")
            .responseHeader("Link", linkHeader("/v2/organizations?per_page=50", 1, 3, 3))
            .checkPage(Organization.class, page -> {
              assertThat(page.items()).extracting(Organization::slug).containsExactly("my-great-org");
              assertThat(page.links().prev()).contains(pageLink("/v2/organizations?per_page=50", 1));
              assertThat(page.links().next()).contains(pageLink("/v2/organizations?per_page=50", 3));
              assertThat(page.links().first()).contains(pageLink("/v2/organizations?per_page=50", 1));
              assertThat(page.links().last()).contains(pageLink("/v2/organizations?per_page=50", 3));
            }),

        Scenario.of("getOrganization")
            .call(c -> c.organizations().getOrganization(ORG))
            .path("/v2/organizations/my-great-org")
            .respondExample(200, "organizations-get.json")
            .check(Organization.class, org -> {
              assertThat(org.id()).isEqualTo("bb3125de-4dc9-44cf-ad18-65d2b71a5a34");
              assertThat(org.graphqlId()).contains("T3JnYW5pemF0aW9uLS0tOGEzMjAwOTMtMjE4OC00MmNiLWI5ZGQtNzE4NjZjZTYyYjA4");
              assertThat(org.url()).isEqualTo("https://api.buildkite.com/v2/organizations/my-great-org");
              assertThat(org.webUrl()).contains("https://buildkite.com/my-great-org");
              assertThat(org.name()).contains("My Great Org");
              assertThat(org.slug()).isEqualTo("my-great-org");
              assertThat(org.pipelinesUrl()).contains("https://api.buildkite.com/v2/organizations/my-great-org/pipelines");
              assertThat(org.agentsUrl()).contains("https://api.buildkite.com/v2/organizations/my-great-org/agents");
              assertThat(org.emojisUrl()).contains("https://api.buildkite.com/v2/organizations/my-great-org/emojis");
              assertThat(org.createdAt()).contains(ts("2015-05-09T21:05:59.874Z"));
            }),

        Scenario.of("getRateLimits")
            .call(c -> c.rateLimits().getRateLimits(ORG))
            .path("/v2/organizations/my-great-org/rate_limit")
            .respondExample(200, "rate-limits-get.json")
            .check(RateLimits.class, limits -> {
              assertThat(limits.scopes()).isPresent();
              assertThat(limits.scopes().get().rest()).hasValueSatisfying(rest -> {
                assertThat(rest.limit()).contains(200);
                assertThat(rest.current()).contains(5);
                assertThat(rest.reset()).contains(35);
                assertThat(rest.resetAt()).contains(ts("2025-12-02T05:30:00Z"));
                assertThat(rest.enforced()).contains(true);
              });
              assertThat(limits.scopes().get().graphql()).hasValueSatisfying(graphql -> {
                assertThat(graphql.limit()).contains(50000);
                assertThat(graphql.current()).contains(1000);
                assertThat(graphql.reset()).contains(263);
                assertThat(graphql.resetAt()).contains(ts("2025-12-02T05:34:52Z"));
              });
            }),

        Scenario.of("listEmojis")
            .call(c -> c.emojis().listEmojis(ORG))
            .path("/v2/organizations/my-great-org/emojis")
            .respondExample(200, "emojis-list.json")
            .checkPage(Emoji.class, page -> {
              assertThat(page.items()).extracting(Emoji::name)
                  .containsExactly("rocket", "shipit", "trollface", "debian", "bundler", "bugsnag");
              assertThat(page.items().get(0).url()).isEqualTo("https://buildkiteassets.com/emoji/unicode/1f680.png?v1");
              assertThat(page.items().get(0).aliases()).isEmpty();
              assertThat(page.items().get(1).aliases()).containsExactly("squirrel");
              assertThat(page.hasNextPage()).isFalse();
              assertThat(page.links().asMap()).isEmpty();
            })
    );
  }
}
