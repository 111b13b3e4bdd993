package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.linkHeader;
import static io.github.bksdk.buildkite.tests.Scenarios.pageLink;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.errors.ForbiddenException;
import io.github.bksdk.buildkite.errors.UnprocessableEntityException;
import io.github.bksdk.buildkite.model.AddTeamMemberRequest;
import io.github.bksdk.buildkite.model.CreateTeamRequest;
import io.github.bksdk.buildkite.model.Team;
import io.github.bksdk.buildkite.model.TeamMember;
import io.github.bksdk.buildkite.model.TeamMemberRole;
import io.github.bksdk.buildkite.model.TeamPrivacy;
import io.github.bksdk.buildkite.model.UpdateTeamMemberRequest;
import io.github.bksdk.buildkite.model.UpdateTeamRequest;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Teams and team members (tags Teams and TeamMembers). */
final class TeamScenarios {
  private static final String ORG = "acme-inc";
  static final String TEAM = "c5e09619-8648-4896-a936-9d0b8b7b3fe9";
  private static final String TEAMS = "/v2/organizations/acme-inc/teams";
  static final String TEAM_PATH = TEAMS + "/" + TEAM;
  private static final String MEMBERS = TEAM_PATH + "/members";
  private static final String USER = "018c6030-b459-45b2-a844-951f0fc8a4e7";

  /** A full team as the get and list operations answer, with the settings fields create and update add. */
  private static final String FULL_TEAM = """
      {
        "id": "5d3a0b2e-91c4-4f7e-8a6b-2c1d0e9f8a7b",
        "graphql_id": "VGVhbS0tLTVkM2EwYjJlLTkxYzQtNGY3ZS04YTZiLTJjMWQwZTlmOGE3Yg==",
        "name": "Barefoot Backenders",
        "slug": "barefoot-backenders",
        "description": "Backend engineers at Acme Inc",
        "privacy": "secret",
        "default": false,
        "default_member_role": "member",
        "members_can_create_pipelines": true,
        "members_can_create_suites": true,
        "members_can_create_registries": true,
        "members_can_destroy_registries": false,
        "members_can_destroy_packages": false,
        "created_at": "2024-02-01T09:30:00.000Z",
        "created_by": {"id": "3d3c3bf0-7d58-4afe-8fe7-b3017d5504de", "name": "Sam Kim"}
      }
      """;

  private TeamScenarios() {}

  private static Consumer<Team> documentedTeam() {
    return team -> {
      assertThat(team.id()).isEqualTo(TEAM);
      assertThat(team.graphqlId()).contains("VGVhbS0tLWM1ZTA5NjE5LTg2NDgtNDg5Ni1hOTM2LTlkMGI4YjdiM2ZlOQ==");
      assertThat(team.name()).isEqualTo("Fearless Frontenders");
      assertThat(team.slug()).isEqualTo("fearless-frontenders");
      assertThat(team.description()).contains("");
      assertThat(team.privacy()).contains(TeamPrivacy.SECRET);
      assertThat(team.isDefault()).contains(true);
      assertThat(team.isDefaultTeam()).isEmpty();
      assertThat(team.createdAt()).contains(ts("2023-03-14T00:45:16.215Z"));
      assertThat(team.createdBy()).hasValueSatisfying(user -> {
        assertThat(user.id()).isEqualTo("8s7ce846-f6c0-4360-8133-389b03c7c46a");
        assertThat(user.name()).contains("Peter Pettigrew");
        assertThat(user.email()).contains("pp@hogwarts.co.uk");
        assertThat(user.createdAt()).contains(ts("2022-01-18T02:51:30.983Z"));
      });
    };
  }

  private static CreateTeamRequest.Builder backendersRequest() {
    return CreateTeamRequest.builder()
        .name("Barefoot Backenders")
        .description("Backend engineers at Acme Inc")
        .privacy(TeamPrivacy.SECRET)
        .isDefaultTeam(false)
        .defaultMemberRole(TeamMemberRole.MEMBER)
        .membersCanCreatePipelines(true)
        .membersCanCreateSuites(true)
        .membersCanCreateRegistries(true)
        .membersCanDestroyRegistries(false)
        .membersCanDestroyPackages(false);
  }

  private static final String BACKENDERS_BODY = """
      {
        "name": "Barefoot Backenders",
        "description": "Backend engineers at Acme Inc",
        "privacy": "secret",
        "is_default_team": false,
        "default_member_role": "member",
        "members_can_create_pipelines": true,
        "members_can_create_suites": true,
        "members_can_create_registries": true,
        "members_can_destroy_registries": false,
        "members_can_destroy_packages": false
      }
      """;

  static List<Scenario> all() {
    return List.of(
        // ------------------------------------------------------------------------------------------------ Teams
        Scenario.of("listTeams")
            .call(c -> c.teams().listTeams(ORG))
            .path(TEAMS)
            .respondExample(200, "teams-list.json")
            .responseHeader("Link", linkHeader(TEAMS, 1, 2, 3))
            .checkPage(Team.class, page -> {
              assertThat(page.items()).hasSize(1);
              documentedTeam().accept(page.items().get(0));
              assertThat(page.links().next()).contains(pageLink(TEAMS, 2));
              assertThat(page.links().last()).contains(pageLink(TEAMS, 3));
            }),

        Scenario.of("listTeams").label("user_id, page, per_page")
            .call(c -> c.teams().listTeams(ORG, ListTeamsParams.builder()
                .userId(UUID.fromString("875ce846-f6c0-4360-8133-389b03c7c46a"))
                .page(2)
                .perPage(5)
                .build()))
            .path(TEAMS)
            .query("user_id", "875ce846-f6c0-4360-8133-389b03c7c46a")
            .query("page", "2")
            .query("per_page", "5")
            .respondExample(200, "teams-list.json")
            .responseHeader("Link", linkHeader(TEAMS + "?per_page=5", 1, 3, 3))
            .checkPage(Team.class, page -> {
              assertThat(page.items()).extracting(Team::slug).containsExactly("fearless-frontenders");
              assertThat(page.links().prev()).contains(pageLink(TEAMS + "?per_page=5", 1));
              assertThat(page.links().next()).contains(pageLink(TEAMS + "?per_page=5", 3));
            }),

        Scenario.of("getTeam")
            .call(c -> c.teams().getTeam(ORG, TEAM))
            .path(TEAM_PATH)
            .respondExample(200, "teams-get.json")
            .check(Team.class, team -> {
              documentedTeam().accept(team);
              assertThat(team.defaultMemberRole()).isEmpty();
              assertThat(team.membersCanCreatePipelines()).isEmpty();
            }),

        // The documented answer is the request echoed back (no id or slug; recorded as errata in the spec).
        Scenario.of("createTeam")
            .call(c -> c.teams().createTeam(ORG, backendersRequest().build()))
            .path(TEAMS)
            .jsonBody(BACKENDERS_BODY)
            .respondExample(201, "teams-create.json")
            .check(Team.class, team -> {
              assertThat(team.name()).isEqualTo("Barefoot Backenders");
              assertThat(team.description()).contains("Backend engineers at Acme Inc");
              assertThat(team.privacy()).contains(TeamPrivacy.SECRET);
              assertThat(team.isDefaultTeam()).contains(false);
              assertThat(team.isDefault()).isEmpty();
              assertThat(team.defaultMemberRole()).contains(TeamMemberRole.MEMBER);
              assertThat(team.membersCanCreatePipelines()).contains(true);
              assertThat(team.membersCanCreateSuites()).contains(true);
              assertThat(team.membersCanCreateRegistries()).contains(true);
              assertThat(team.membersCanDestroyRegistries()).contains(false);
              assertThat(team.membersCanDestroyPackages()).contains(false);
              assertThat(team.createdBy()).isEmpty();
            }),

        Scenario.of("createTeam").label("full team answered, with response")
            .call(c -> c.teams().createTeamWithResponse(ORG, backendersRequest().build(), RequestOptions.none()))
            .path(TEAMS)
            .jsonBody(BACKENDERS_BODY)
            .respond(201, FULL_TEAM)
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(201);
              Team team = (Team) response.value();
              assertThat(team.id()).isEqualTo("5d3a0b2e-91c4-4f7e-8a6b-2c1d0e9f8a7b");
              assertThat(team.slug()).isEqualTo("barefoot-backenders");
              assertThat(team.isDefault()).contains(false);
              assertThat(team.defaultMemberRole()).contains(TeamMemberRole.MEMBER);
              assertThat(team.membersCanDestroyPackages()).contains(false);
              assertThat(team.createdAt()).contains(ts("2024-02-01T09:30:00.000Z"));
              assertThat(team.createdBy()).hasValueSatisfying(user -> assertThat(user.name()).contains("Sam Kim"));
            }),

        Scenario.of("createTeam").label("invalid name")
            .call(c -> catchThrowable(() -> c.teams().createTeam(ORG, backendersRequest().name("").build())))
            .path(TEAMS)
            .jsonBody(BACKENDERS_BODY.replace("\"Barefoot Backenders\"", "\"\""))
            .respond(422, "{\"message\": \"Validation failed: Name can't be blank\"}")
            .check(Throwable.class, thrown -> {
              assertThat(thrown).isInstanceOf(UnprocessableEntityException.class);
              assertThat(((UnprocessableEntityException) thrown).apiMessage())
                  .contains("Validation failed: Name can't be blank");
            }),

        // A PATCH: only the fields set are sent, and false is sent as false, not left out.
        Scenario.of("updateTeam")
            .call(c -> c.teams().updateTeam(ORG, TEAM, UpdateTeamRequest.builder()
                .name("New and Improved Backenders V2!")
                .description("Updated backend engineers team at Acme Inc")
                .privacy(TeamPrivacy.VISIBLE)
                .isDefaultTeam(true)
                .defaultMemberRole(TeamMemberRole.MAINTAINER)
                .membersCanCreatePipelines(false)
                .membersCanCreateSuites(false)
                .build()))
            .path(TEAM_PATH)
            .jsonBody("""
                {
                  "name": "New and Improved Backenders V2!",
                  "description": "Updated backend engineers team at Acme Inc",
                  "privacy": "visible",
                  "is_default_team": true,
                  "default_member_role": "maintainer",
                  "members_can_create_pipelines": false,
                  "members_can_create_suites": false
                }
                """)
            .respondExample(200, "teams-update.json")
            .check(Team.class, team -> {
              assertThat(team.name()).isEqualTo("New and Improved Backenders V2!");
              assertThat(team.description()).contains("Updated backend engineers team at Acme Inc");
              assertThat(team.privacy()).contains(TeamPrivacy.VISIBLE);
              assertThat(team.isDefaultTeam()).contains(true);
              assertThat(team.defaultMemberRole()).contains(TeamMemberRole.MAINTAINER);
              assertThat(team.membersCanCreatePipelines()).contains(false);
              assertThat(team.membersCanCreateSuites()).contains(false);
              assertThat(team.membersCanCreateRegistries()).contains(true);
              assertThat(team.membersCanDestroyRegistries()).contains(false);
              assertThat(team.membersCanDestroyPackages()).contains(false);
            }),

        Scenario.of("updateTeam").label("registry and package permissions only")
            .call(c -> c.teams().updateTeam(ORG, TEAM, UpdateTeamRequest.builder()
                .membersCanCreateRegistries(true)
                .membersCanDestroyRegistries(true)
                .membersCanDestroyPackages(false)
                .build()))
            .path(TEAM_PATH)
            .jsonBody("""
                {
                  "members_can_create_registries": true,
                  "members_can_destroy_registries": true,
                  "members_can_destroy_packages": false
                }
                """)
            .respond(200, FULL_TEAM.replace("\"members_can_destroy_registries\": false",
                "\"members_can_destroy_registries\": true"))
            .check(Team.class, team -> {
              assertThat(team.id()).isEqualTo("5d3a0b2e-91c4-4f7e-8a6b-2c1d0e9f8a7b");
              assertThat(team.membersCanDestroyRegistries()).contains(true);
              assertThat(team.membersCanDestroyPackages()).contains(false);
            }),

        Scenario.of("deleteTeam")
            .run(c -> c.teams().deleteTeam(ORG, TEAM))
            .path(TEAM_PATH)
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("deleteTeam").label("refused")
            .call(c -> catchThrowable(() -> c.teams().deleteTeam(ORG, TEAM)))
            .path(TEAM_PATH)
            .respond(422, "{\"message\": \"The last team of an organization can't be deleted\"}")
            .check(Throwable.class, thrown -> {
              assertThat(thrown).isInstanceOf(UnprocessableEntityException.class);
              assertThat(((UnprocessableEntityException) thrown).statusCode()).isEqualTo(422);
              assertThat(((UnprocessableEntityException) thrown).apiMessage())
                  .contains("The last team of an organization can't be deleted");
            }),

        Scenario.of("enableTeams")
            .run(c -> c.teams().enableTeams(ORG))
            .path(TEAMS + "/enable")
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("enableTeams").label("plan without teams")
            .call(c -> catchThrowable(() -> c.teams().enableTeams(ORG)))
            .path(TEAMS + "/enable")
            .respond(403, "{\"message\": \"Your plan doesn't include team permissions. Upgrade your plan to enable teams.\"}")
            .check(Throwable.class, thrown -> {
              assertThat(thrown).isInstanceOf(ForbiddenException.class);
              assertThat(((ForbiddenException) thrown).apiMessage())
                  .hasValueSatisfying(message -> assertThat(message).startsWith("Your plan doesn't include team"));
            }),

        // ------------------------------------------------------------------------------------------------ TeamMembers
        Scenario.of("listTeamMembers").label("page, per_page")
            .call(c -> c.teamMembers().listTeamMembers(ORG, TEAM,
                io.github.bksdk.buildkite.services.ListTeamMembersParams.builder().page(2).perPage(5).build()))
            .path(MEMBERS)
            .query("page", "2")
            .query("per_page", "5")
            .respondExample(200, "team-members-list.json")
            .responseHeader("Link", Scenarios.linkHeader(MEMBERS + "?per_page=5", 1, 3, 3))
            .checkPage(TeamMember.class, page ->
                assertThat(page.links().next()).contains(Scenarios.pageLink(MEMBERS + "?per_page=5", 3))),

        Scenario.of("listTeamMembers")
            .call(c -> c.teamMembers().listTeamMembers(ORG, TEAM))
            .path(MEMBERS)
            .respondExample(200, "team-members-list.json")
            .checkPage(TeamMember.class, page -> {
              assertThat(page.items()).extracting(TeamMember::userName)
                  .containsExactly(java.util.Optional.of("Severus Snape"), java.util.Optional.of("Draco Malfoy"));
              // The documented ids are not well-formed UUIDs; the SDK keeps them as strings.
              assertThat(page.items()).extracting(TeamMember::userId)
                  .containsExactly("978ce846-f6c0-4360-8133-389b03cus7a", "3878ce86-f6c0-4360-8133-389b0372");
              assertThat(page.items()).extracting(TeamMember::role)
                  .containsExactly(TeamMemberRole.MEMBER, TeamMemberRole.MEMBER);
              assertThat(page.items().get(1).createdAt()).contains(ts("2023-03-14T00:49:55.534Z"));
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("getTeamMember")
            .call(c -> c.teamMembers().getTeamMember(ORG, TEAM, USER))
            .path(MEMBERS + "/" + USER)
            .respondExample(200, "team-members-get.json")
            .check(TeamMember.class, member -> {
              assertThat(member.userId()).isEqualTo(USER);
              assertThat(member.userName()).contains("Dolores Umbridge");
              assertThat(member.role()).isEqualTo(TeamMemberRole.MEMBER);
              assertThat(member.createdAt()).contains(ts("2023-12-15T00:23:23.823Z"));
            }),

        Scenario.of("addTeamMember")
            .call(c -> c.teamMembers().addTeamMember(ORG, TEAM, AddTeamMemberRequest.builder()
                .userId(UUID.fromString("875ce846-f6c0-4360-8133-389b03c7c46a"))
                .role(TeamMemberRole.MAINTAINER)
                .build()))
            .path(MEMBERS)
            .jsonBody("{\"user_id\": \"875ce846-f6c0-4360-8133-389b03c7c46a\", \"role\": \"maintainer\"}")
            .respondExample(201, "team-members-create.json")
            .check(TeamMember.class, member -> {
              assertThat(member.userId()).isEqualTo("875ce846-f6c0-4360-8133-389b03c7c46a");
              assertThat(member.userName()).contains("Professor Quirrel");
              assertThat(member.role()).isEqualTo(TeamMemberRole.MAINTAINER);
              assertThat(member.createdAt()).contains(ts("2023-12-14T00:43:04.675Z"));
            }),

        Scenario.of("addTeamMember").label("already a member")
            .call(c -> catchThrowable(() -> c.teamMembers().addTeamMember(ORG, TEAM, AddTeamMemberRequest.builder()
                .userId(UUID.fromString(USER))
                .role(TeamMemberRole.MEMBER)
                .build())))
            .path(MEMBERS)
            .jsonBody("{\"user_id\": \"" + USER + "\", \"role\": \"member\"}")
            .respond(422, "{\"message\": \"Validation failed: User is already a member of this team\"}")
            .check(Throwable.class, thrown -> {
              assertThat(thrown).isInstanceOf(UnprocessableEntityException.class);
              assertThat(((UnprocessableEntityException) thrown).statusCode()).isEqualTo(422);
              assertThat(((UnprocessableEntityException) thrown).apiMessage())
                  .contains("Validation failed: User is already a member of this team");
            }),

        Scenario.of("updateTeamMember")
            .call(c -> c.teamMembers().updateTeamMember(ORG, TEAM, "027c6030-b459-45b2-a844-951f0fc8a4e7",
                UpdateTeamMemberRequest.builder().role(TeamMemberRole.MEMBER).build()))
            .path(MEMBERS + "/027c6030-b459-45b2-a844-951f0fc8a4e7")
            .jsonBody("{\"role\": \"member\"}")
            .respondExample(200, "team-members-update.json")
            .check(TeamMember.class, member -> {
              assertThat(member.userId()).isEqualTo("027c6030-b459-45b2-a844-951f0fc8a4e7");
              assertThat(member.userName()).contains("Ron Weasley");
              assertThat(member.role()).isEqualTo(TeamMemberRole.MEMBER);
            }),

        Scenario.of("updateTeamMember").label("promote to maintainer")
            .call(c -> c.teamMembers().updateTeamMember(ORG, TEAM, USER,
                UpdateTeamMemberRequest.builder().role(TeamMemberRole.MAINTAINER).build()))
            .path(MEMBERS + "/" + USER)
            .jsonBody("{\"role\": \"maintainer\"}")
            .respond(200, "{\"role\": \"maintainer\", \"created_at\": \"2023-12-15T00:23:23.823Z\", "
                + "\"user_id\": \"" + USER + "\", \"user_name\": \"Dolores Umbridge\"}")
            .check(TeamMember.class, member -> {
              assertThat(member.role()).isEqualTo(TeamMemberRole.MAINTAINER);
              assertThat(member.role().asString()).isEqualTo("maintainer");
            }),

        Scenario.of("removeTeamMember")
            .run(c -> c.teamMembers().removeTeamMember(ORG, TEAM, USER))
            .path(MEMBERS + "/" + USER)
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("removeTeamMember").label("refused")
            .call(c -> catchThrowable(() -> c.teamMembers().removeTeamMember(ORG, TEAM, USER)))
            .path(MEMBERS + "/" + USER)
            .respond(422, "{\"message\": \"The last maintainer of a team can't be removed\"}")
            .check(Throwable.class, thrown -> {
              assertThat(thrown).isInstanceOf(UnprocessableEntityException.class);
              assertThat(((UnprocessableEntityException) thrown).apiMessage())
                  .contains("The last maintainer of a team can't be removed");
            })
    );
  }
}
