package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.errors.NotFoundException;
import io.github.bksdk.buildkite.errors.UnprocessableEntityException;
import io.github.bksdk.buildkite.model.OrganizationBanner;
import io.github.bksdk.buildkite.model.OrganizationUsage;
import io.github.bksdk.buildkite.model.SetOrganizationBannerRequest;
import java.util.List;
import java.util.function.Consumer;

/** OrganizationUsage and OrganizationBanner: the usage figures and the system banner of an organization. */
final class OrgBannerAndUsageScenarios {
  private static final String BANNER = "/v2/organizations/my-great-org/banner";

  private OrgBannerAndUsageScenarios() {}

  private static Consumer<OrganizationBanner> documentedBanner() {
    return banner -> {
      assertThat(banner.uuid()).isEqualTo("01a0fe3d-3faa-7ada-9168-23bc3e4f4788");
      assertThat(banner.graphqlId()).contains(
          "T3JnYW5pemF0aW9uQmFubmVyLS0tMDFhMGZlM2QtM2ZhYS03YWRhLTkxNjgtMjNiYzNlNGY0Nzg4");
      assertThat(banner.url()).contains("https://api.buildkite.com/v2/organizations/acme-inc/banner");
      assertThat(banner.message()).isEqualTo("Deploy freeze until Monday");
      assertThat(banner.createdAt()).contains(ts("2026-10-02T20:10:21.992Z"));
      assertThat(banner.additionalProperties()).as("every documented field is modelled").isEmpty();
    };
  }

  static List<Scenario> all() {
    return List.of(
        Scenario.of("getOrganizationUsage")
            .call(c -> c.organizationUsage().getOrganizationUsage(ORG))
            .path("/v2/organizations/my-great-org/usage")
            .respondExample(200, "organization-usage-get.json")
            .check(OrganizationUsage.class, usage -> {
              assertThat(usage.activeUsersCount()).isEqualTo(42);
              assertThat(usage.additionalProperties()).isEmpty();
            }),

        Scenario.of("getOrganizationBanner")
            .call(c -> c.organizationBanner().getOrganizationBanner(ORG))
            .path(BANNER)
            .respondExample(200, "organization-banner-get.json")
            .check(OrganizationBanner.class, documentedBanner()),

        Scenario.of("getOrganizationBanner").label("no active banner")
            .call(c -> catchThrowable(() -> c.organizationBanner().getOrganizationBanner(ORG)))
            .path(BANNER)
            .respond(404, "{\"message\": \"No banner found\"}")
            .check(Throwable.class, thrown -> assertThat(thrown).isInstanceOf(NotFoundException.class)),

        Scenario.of("setOrganizationBanner")
            .call(c -> c.organizationBanner().setOrganizationBannerWithResponse(ORG, SetOrganizationBannerRequest.builder().message("Deploy freeze until Monday").build(), RequestOptions.none()))
            .path(BANNER)
            .jsonBody("{\"message\": \"Deploy freeze until Monday\"}")
            .respondExample(200, "organization-banner-put.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).as("an existing banner was replaced").isEqualTo(200);
              documentedBanner().accept((OrganizationBanner) response.value());
            }),

        Scenario.of("setOrganizationBanner").label("created")
            .call(c -> c.organizationBanner().setOrganizationBannerWithResponse(ORG, SetOrganizationBannerRequest.builder().message("**Maintenance** on Saturday").build(), RequestOptions.none()))
            .path(BANNER)
            .jsonBody("{\"message\": \"**Maintenance** on Saturday\"}")
            .respond(201, """
                {
                  "uuid": "01a0fe3d-4000-7ada-9168-23bc3e4f4799",
                  "graphql_id": "T3JnYW5pemF0aW9uQmFubmVyLS0tMDFhMGZlM2QtNDAwMA==",
                  "url": "https://api.buildkite.com/v2/organizations/my-great-org/banner",
                  "message": "**Maintenance** on Saturday",
                  "created_at": "2026-10-03T08:00:00.000Z",
                  "updated_at": "2026-10-03T08:00:00.000Z"
                }
                """)
            .check(Response.class, response -> {
              assertThat(response.statusCode()).as("no banner was shown before").isEqualTo(201);
              assertThat(((OrganizationBanner) response.value()).message()).isEqualTo("**Maintenance** on Saturday");
            }),

        Scenario.of("setOrganizationBanner").label("message too long")
            .call(c -> catchThrowable(() -> c.organizationBanner().setOrganizationBanner(ORG,
                SetOrganizationBannerRequest.builder().message("x".repeat(2000)).build())))
            .path(BANNER)
            .jsonBody("{\"message\": \"" + "x".repeat(2000) + "\"}")
            .respond(422, "{\"message\": \"Message is too long (maximum is 2000 characters)\"}")
            .check(Throwable.class, thrown -> assertThat(thrown).isInstanceOf(UnprocessableEntityException.class)),

        Scenario.of("deleteOrganizationBanner")
            .run(c -> c.organizationBanner().deleteOrganizationBanner(ORG))
            .path(BANNER)
            .respond(204, null)
            .returnsNothing()
    );
  }
}
