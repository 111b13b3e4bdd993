package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.CreateOrganizationInvitationsRequest;
import io.github.bksdk.buildkite.model.OrganizationInvitation;
import io.github.bksdk.buildkite.model.OrganizationInvitationState;
import io.github.bksdk.buildkite.model.OrganizationInvitationTeamAssignment;
import io.github.bksdk.buildkite.model.OrganizationInvitationTeamRole;
import io.github.bksdk.buildkite.model.OrganizationMember;
import io.github.bksdk.buildkite.model.OrganizationMemberRole;
import io.github.bksdk.buildkite.model.OrganizationMemberSsoMode;
import io.github.bksdk.buildkite.model.UpdateOrganizationMemberRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** OrganizationMembers and OrganizationInvitations. */
final class OrgMembershipScenarios {
  private static final String MEMBERS = "/v2/organizations/my-great-org/members";
  private static final String INVITATIONS = "/v2/organizations/my-great-org/invitations";
  private static final String VICTOR = "0185dbbf-8447-4f72-ac7e-4ea3c2ec8381";
  private static final String INVITATION = "00000000-0000-4000-8000-000000000001";
  private static final String INVITER = "00000000-0000-4000-8000-000000000002";
  private static final UUID TEAM = UUID.fromString("00000000-0000-4000-8000-000000000003");
  private static final String NEXT_INVITATIONS = "https://api.buildkite.com/v2/organizations/acme-inc/invitations"
      + "?per_page=30&after=eyJjcmVhdGVkX2F0IjoiMjAyNC0xMS0xMlQwOToxNTowNC4wMDBaIn0=";

  private OrgMembershipScenarios() {}

  static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    all.addAll(members());
    all.addAll(invitations());
    return all;
  }

  private static List<Scenario> members() {
    return List.of(
        Scenario.of("listOrganizationMembers").label("page, per_page")
            .call(c -> c.organizationMembers().listOrganizationMembers(ORG,
                io.github.bksdk.buildkite.services.ListOrganizationMembersParams.builder().page(2).perPage(5).build()))
            .path(MEMBERS)
            .query("page", "2")
            .query("per_page", "5")
            .respondExample(200, "members-list.json")
            .responseHeader("Link", Scenarios.linkHeader(MEMBERS + "?per_page=5", 1, 3, 3))
            .checkPage(OrganizationMember.class, page ->
                assertThat(page.links().next()).contains(Scenarios.pageLink(MEMBERS + "?per_page=5", 3))),

        Scenario.of("listOrganizationMembers")
            .call(c -> c.organizationMembers().listOrganizationMembers(ORG))
            .path(MEMBERS)
            .respondExample(200, "members-list.json")
            .checkPage(OrganizationMember.class, page -> {
              assertThat(page.items()).extracting(OrganizationMember::id)
                  .containsExactly("0185c636-fcbf-4a6c-b49d-c4048e7b8aea", VICTOR);
              OrganizationMember scout = page.items().get(0);
              assertThat(scout.name()).contains("Scout Finch");
              assertThat(scout.email()).contains("scout@example.com");
              assertThat(scout.role()).contains(OrganizationMemberRole.ADMIN);
              assertThat(scout.ssoMode()).contains(OrganizationMemberSsoMode.REQUIRED);
              assertThat(page.items().get(1).role()).contains(OrganizationMemberRole.MEMBER);
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listOrganizationMembers").label("without sso_mode, as a non-administrator sees it")
            .call(c -> c.organizationMembers().listOrganizationMembers(ORG))
            .path(MEMBERS)
            .respond(200, """
                [
                  {"id": "0185dbbf-8447-4f72-ac7e-4ea3c2ec8381", "name": "Huck Finn", "email": "huck@example.com", "role": "member"}
                ]
                """)
            .checkPage(OrganizationMember.class, page -> {
              assertThat(page.items()).hasSize(1);
              assertThat(page.items().get(0).ssoMode()).isEmpty();
              assertThat(page.items().get(0).role().map(OrganizationMemberRole::asString)).contains("member");
            }),

        Scenario.of("getOrganizationMember")
            .call(c -> c.organizationMembers().getOrganizationMember(ORG, VICTOR))
            .path(MEMBERS + "/" + VICTOR)
            .respondExample(200, "members-get.json")
            .check(OrganizationMember.class, member -> {
              assertThat(member.id()).isEqualTo(VICTOR);
              assertThat(member.name()).contains("Victor Frankenstein");
              assertThat(member.email()).contains("vic@example.com");
              assertThat(member.role()).contains(OrganizationMemberRole.MEMBER);
              assertThat(member.ssoMode()).contains(OrganizationMemberSsoMode.REQUIRED);
              assertThat(member.additionalProperties()).isEmpty();
            }),

        Scenario.of("updateOrganizationMember")
            .call(c -> c.organizationMembers().updateOrganizationMember(ORG, VICTOR,
                UpdateOrganizationMemberRequest.builder()
                    .role(OrganizationMemberRole.ADMIN)
                    .ssoMode(OrganizationMemberSsoMode.OPTIONAL)
                    .build()))
            .path(MEMBERS + "/" + VICTOR)
            .jsonBody("""
                {"role": "admin", "sso_mode": "optional"}
                """)
            .respondExample(200, "members-update.json")
            .check(OrganizationMember.class, member -> {
              assertThat(member.id()).isEqualTo(VICTOR);
              assertThat(member.role()).contains(OrganizationMemberRole.ADMIN);
              assertThat(member.ssoMode()).contains(OrganizationMemberSsoMode.OPTIONAL);
            }),

        Scenario.of("updateOrganizationMember").label("role only, with response")
            .call(c -> c.organizationMembers().updateOrganizationMemberWithResponse(ORG, VICTOR, UpdateOrganizationMemberRequest.builder().role(OrganizationMemberRole.MEMBER).build(), RequestOptions.none()))
            .path(MEMBERS + "/" + VICTOR)
            .jsonBody("""
                {"role": "member"}
                """)
            .respondExample(200, "members-get.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              assertThat(((OrganizationMember) response.value()).role()).contains(OrganizationMemberRole.MEMBER);
            }),

        Scenario.of("removeOrganizationMember")
            .run(c -> c.organizationMembers().removeOrganizationMember(ORG, VICTOR))
            .path(MEMBERS + "/" + VICTOR)
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("removeOrganizationMember").label("with response")
            .call(c -> c.organizationMembers().removeOrganizationMemberWithResponse(ORG, VICTOR, RequestOptions.none()))
            .path(MEMBERS + "/" + VICTOR)
            .respond(204, null)
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(204);
              assertThat(response.value()).isNull();
            })
    );
  }

  /** The pending invitation of the documented list and get examples. */
  private static Consumer<OrganizationInvitation> documentedInvitation() {
    return invitation -> {
      assertThat(invitation.id()).isEqualTo(INVITATION);
      assertThat(invitation.graphqlId())
          .contains("T3JnYW5pemF0aW9uSW52aXRhdGlvbi0tLTAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMQ==");
      assertThat(invitation.url())
          .isEqualTo("https://api.buildkite.com/v2/organizations/acme-inc/invitations/" + INVITATION);
      assertThat(invitation.email()).isEqualTo("new-member@example.com");
      assertThat(invitation.state()).isEqualTo(OrganizationInvitationState.PENDING);
      assertThat(invitation.role()).contains(OrganizationMemberRole.MEMBER);
      assertThat(invitation.ssoMode()).contains(OrganizationMemberSsoMode.REQUIRED);
      assertThat(invitation.teams()).isEmpty();
      assertThat(invitation.createdAt()).contains(ts("2024-11-12T09:15:04.000Z"));
      assertThat(invitation.createdBy()).hasValueSatisfying(user -> {
        assertThat(user.id()).isEqualTo(INVITER);
        assertThat(user.name()).contains("Example User");
        assertThat(user.email()).contains("example@example.com");
      });
      assertThat(invitation.acceptedAt()).isEmpty();
      assertThat(invitation.acceptedBy()).isEmpty();
      assertThat(invitation.revokedAt()).isEmpty();
      assertThat(invitation.revokedBy()).isEmpty();
      assertThat(invitation.expiredAt()).isEmpty();
      assertThat(invitation.additionalProperties()).as("every documented field is modelled").isEmpty();
    };
  }

  private static List<Scenario> invitations() {
    return List.of(
        Scenario.of("listOrganizationInvitations")
            .call(c -> c.organizationInvitations().listOrganizationInvitations(ORG))
            .path(INVITATIONS)
            .respondExample(200, "invitations-list.json")
            .responseHeader("Link", "<" + NEXT_INVITATIONS + ">; rel=\"next\"")
            .checkPage(OrganizationInvitation.class, page -> {
              assertThat(page.items()).hasSize(1);
              documentedInvitation().accept(page.items().get(0));
              assertThat(page.hasNextPage()).isTrue();
              assertThat(page.links().next()).contains(URI.create(NEXT_INVITATIONS));
            }),

        Scenario.of("listOrganizationInvitations").label("page size and after cursor")
            .call(c -> c.organizationInvitations().listOrganizationInvitations(ORG,
                ListOrganizationInvitationsParams.builder()
                    .perPage(100)
                    .after("eyJjcmVhdGVkX2F0IjoiMjAyNC0xMS0xMlQwOToxNTowNC4wMDBaIn0=")
                    .build()))
            .path(INVITATIONS)
            .query("per_page", "100")
            .query("after", "eyJjcmVhdGVkX2F0IjoiMjAyNC0xMS0xMlQwOToxNTowNC4wMDBaIn0=")
            .respond(200, """
                {
                  "items": [],
                  "links": {"self": "https://api.buildkite.com/v2/organizations/my-great-org/invitations?per_page=100&after=eyJjcmVhdGVkX2F0IjoiMjAyNC0xMS0xMlQwOToxNTowNC4wMDBaIn0%3D"}
                }
                """)
            .checkPage(OrganizationInvitation.class, page -> {
              assertThat(page.items()).isEmpty();
              assertThat(page.hasNextPage()).isFalse();
              assertThat(page.links().next()).isEmpty();
            }),

        Scenario.of("listOrganizationInvitations").label("before cursor")
            .call(c -> c.organizationInvitations().listOrganizationInvitations(ORG,
                ListOrganizationInvitationsParams.builder()
                    .before("eyJjcmVhdGVkX2F0IjoiMjAyNS0wMS0wMVQwMDowMDowMC4wMDBaIn0=")
                    .build()))
            .path(INVITATIONS)
            .query("before", "eyJjcmVhdGVkX2F0IjoiMjAyNS0wMS0wMVQwMDowMDowMC4wMDBaIn0=")
            .respondExample(200, "invitations-list.json")
            .checkPage(OrganizationInvitation.class, page -> {
              assertThat(page.items()).extracting(OrganizationInvitation::email).containsExactly("new-member@example.com");
              assertThat(page.links().next()).contains(URI.create(NEXT_INVITATIONS));
            }),

        Scenario.of("getOrganizationInvitation")
            .call(c -> c.organizationInvitations().getOrganizationInvitation(ORG, INVITATION))
            .path(INVITATIONS + "/" + INVITATION)
            .respondExample(200, "invitations-get.json")
            .check(OrganizationInvitation.class, documentedInvitation()),

        Scenario.of("getOrganizationInvitation").label("accepted invitation, with response")
            .call(c -> c.organizationInvitations().getOrganizationInvitationWithResponse(ORG, INVITATION, RequestOptions.none()))
            .path(INVITATIONS + "/" + INVITATION)
            .respond(200, """
                {
                  "id": "00000000-0000-4000-8000-000000000001",
                  "graphql_id": null,
                  "url": "https://api.buildkite.com/v2/organizations/my-great-org/invitations/00000000-0000-4000-8000-000000000001",
                  "email": "new-member@example.com",
                  "state": "accepted",
                  "role": "admin",
                  "sso_mode": "optional",
                  "teams": [{"id": "00000000-0000-4000-8000-000000000003", "graphql_id": "VGVhbS0tLTM=", "slug": "platform"}],
                  "created_at": "2024-11-12T09:15:04.000Z",
                  "created_by": {"id": "00000000-0000-4000-8000-000000000002", "name": "Example User", "email": "example@example.com"},
                  "accepted_at": "2024-11-13T08:00:00.000Z",
                  "accepted_by": {"id": "00000000-0000-4000-8000-000000000009", "name": "New Member", "email": "new-member@example.com"},
                  "revoked_at": null,
                  "revoked_by": null,
                  "expired_at": null
                }
                """)
            .check(Response.class, response -> {
              OrganizationInvitation invitation = (OrganizationInvitation) response.value();
              assertThat(invitation.state()).isEqualTo(OrganizationInvitationState.ACCEPTED);
              assertThat(invitation.role()).contains(OrganizationMemberRole.ADMIN);
              assertThat(invitation.ssoMode()).contains(OrganizationMemberSsoMode.OPTIONAL);
              assertThat(invitation.graphqlId()).isEmpty();
              assertThat(invitation.acceptedAt()).contains(ts("2024-11-13T08:00:00.000Z"));
              assertThat(invitation.acceptedBy().map(u -> u.id())).contains("00000000-0000-4000-8000-000000000009");
              assertThat(invitation.teams()).hasSize(1);
              assertThat(invitation.teams().get(0).slug()).contains("platform");
            }),

        Scenario.of("createOrganizationInvitations")
            .call(c -> c.organizationInvitations().createOrganizationInvitations(ORG,
                CreateOrganizationInvitationsRequest.builder()
                    .emails(List.of("member@example.com", "admin@example.com"))
                    .role(OrganizationMemberRole.MEMBER)
                    .ssoMode(OrganizationMemberSsoMode.REQUIRED)
                    .teams(List.of(OrganizationInvitationTeamAssignment.builder()
                        .id(TEAM)
                        .role(OrganizationInvitationTeamRole.MEMBER)
                        .build()))
                    .build()))
            .path(INVITATIONS)
            .jsonBody("""
                {
                  "emails": ["member@example.com", "admin@example.com"],
                  "role": "member",
                  "sso_mode": "required",
                  "teams": [{"id": "00000000-0000-4000-8000-000000000003", "role": "member"}]
                }
                """)
            .respondExample(201, "invitations-create.json")
            .checkPage(OrganizationInvitation.class, page -> {
              assertThat(page.items()).hasSize(1);
              OrganizationInvitation invitation = page.items().get(0);
              assertThat(invitation.id()).isEqualTo(INVITATION);
              assertThat(invitation.email()).isEqualTo("member@example.com");
              assertThat(invitation.state()).isEqualTo(OrganizationInvitationState.PENDING);
              assertThat(invitation.teams()).hasSize(1);
              assertThat(invitation.teams().get(0).id()).isEqualTo(TEAM.toString());
              assertThat(invitation.teams().get(0).graphqlId()).contains("TEAM_GRAPHQL_ID");
              assertThat(invitation.teams().get(0).slug()).contains("example-team");
              assertThat(invitation.createdBy().map(u -> u.id())).contains(INVITER);
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("createOrganizationInvitations").label("admin and team maintainer, sso_mode left to the default")
            .call(c -> c.organizationInvitations().createOrganizationInvitations(ORG,
                CreateOrganizationInvitationsRequest.builder()
                    .emails(List.of("lead@example.com"))
                    .role(OrganizationMemberRole.ADMIN)
                    .teams(List.of(OrganizationInvitationTeamAssignment.builder()
                        .id(TEAM)
                        .role(OrganizationInvitationTeamRole.MAINTAINER)
                        .build()))
                    .build()))
            .path(INVITATIONS)
            .jsonBody("""
                {
                  "emails": ["lead@example.com"],
                  "role": "admin",
                  "teams": [{"id": "00000000-0000-4000-8000-000000000003", "role": "maintainer"}]
                }
                """)
            .respond(201, """
                [
                  {
                    "id": "00000000-0000-4000-8000-000000000004",
                    "graphql_id": "T3JnYW5pemF0aW9uSW52aXRhdGlvbi0tLTQ=",
                    "url": "https://api.buildkite.com/v2/organizations/my-great-org/invitations/00000000-0000-4000-8000-000000000004",
                    "email": "lead@example.com",
                    "state": "pending",
                    "role": "admin",
                    "sso_mode": "required",
                    "teams": [{"id": "00000000-0000-4000-8000-000000000003", "graphql_id": "VGVhbS0tLTM=", "slug": "platform"}],
                    "created_at": "2026-08-20T11:00:00.000Z",
                    "created_by": {"id": "00000000-0000-4000-8000-000000000002", "name": "Example User", "email": "example@example.com"},
                    "accepted_at": null,
                    "accepted_by": null,
                    "revoked_at": null,
                    "revoked_by": null,
                    "expired_at": null
                  }
                ]
                """)
            .checkPage(OrganizationInvitation.class, page -> {
              assertThat(page.items()).hasSize(1);
              OrganizationInvitation invitation = page.items().get(0);
              assertThat(invitation.email()).isEqualTo("lead@example.com");
              assertThat(invitation.role()).contains(OrganizationMemberRole.ADMIN);
              assertThat(invitation.ssoMode()).as("defaults to required without SSO").contains(OrganizationMemberSsoMode.REQUIRED);
              assertThat(invitation.createdAt()).contains(ts("2026-08-20T11:00:00.000Z"));
            }),

        Scenario.of("revokeOrganizationInvitation")
            .run(c -> c.organizationInvitations().revokeOrganizationInvitation(ORG, INVITATION))
            .path(INVITATIONS + "/" + INVITATION)
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("revokeOrganizationInvitation").label("with response")
            .call(c -> c.organizationInvitations().revokeOrganizationInvitationWithResponse(ORG, INVITATION, RequestOptions.none()))
            .path(INVITATIONS + "/" + INVITATION)
            .respond(204, null)
            .check(Response.class, response -> assertThat(response.statusCode()).isEqualTo(204))
    );
  }
}
