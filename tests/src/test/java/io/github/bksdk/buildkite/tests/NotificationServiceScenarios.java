package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.CreateNotificationServiceRequest;
import io.github.bksdk.buildkite.model.NotificationService;
import io.github.bksdk.buildkite.model.NotificationServiceBuildStates;
import io.github.bksdk.buildkite.model.NotificationServiceProviderId;
import io.github.bksdk.buildkite.model.NotificationServiceScope;
import io.github.bksdk.buildkite.model.NotificationServiceSettings;
import io.github.bksdk.buildkite.model.NotificationServiceSlackTheme;
import io.github.bksdk.buildkite.model.NotificationServiceWebhookTokenMode;
import io.github.bksdk.buildkite.model.UpdateNotificationServiceRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** NotificationServices: cursor list, CRUD, enable and disable, with provider-specific settings. */
final class NotificationServiceScenarios {
  private static final String SERVICES = "/v2/organizations/my-great-org/services";
  private static final String SERVICE = "9f0f9a19-1b88-4e37-98d8-c5a0cebcdb9a";
  private static final String WEBHOOK_TOKEN = "xxx-yyy-zzz";
  private static final UUID PIPELINE = UUID.fromString("16f3b56f-4934-4546-923c-287859851332");
  private static final UUID TEAM = UUID.fromString("3a7d6a1e-1f5f-4f0e-9c1b-3f1e8f2d4c5b");

  private NotificationServiceScenarios() {}

  /** The documented webhook service (notification service data model). */
  private static Consumer<NotificationService> documentedWebhook() {
    return service -> {
      assertThat(service.id()).isEqualTo(SERVICE);
      assertThat(service.graphqlId()).contains(
          "Tm90aWZpY2F0aW9uU2VydmljZVdlYmhvb2stLS05ZjBmOWExOS0xYjg4LTRlMzctOThkOC1jNWEwY2ViY2RiOWE=");
      assertThat(service.url()).isEqualTo("https://api.buildkite.com/v2/organizations/acme-inc/services/" + SERVICE);
      assertThat(service.provider().id()).isEqualTo(NotificationServiceProviderId.WEBHOOK);
      assertThat(service.provider().name()).contains("Webhook");
      assertThat(service.description()).contains("Deploy notifications");
      assertThat(service.enabled()).contains(true);
      assertThat(service.scope()).contains(NotificationServiceScope.ALL);
      assertThat(service.scopeUuids()).isEmpty();
      assertThat(service.branchConfiguration()).contains("");
      assertThat(service.buildStates()).hasValueSatisfying(states -> {
        assertThat(states.buildFailed()).contains(true);
        assertThat(states.buildPassed()).contains(false);
        assertThat(states.buildFixed()).contains(false);
        assertThat(states.buildBlocked()).contains(false);
        assertThat(states.buildCanceled()).contains(false);
        assertThat(states.buildFailing()).contains(false);
        assertThat(states.jobActivated()).contains(false);
      });
      assertThat(service.settings()).hasValueSatisfying(settings -> {
        assertThat(settings.url()).contains("https://example.com/buildkite-webhook");
        assertThat(settings.version()).contains(3);
        assertThat(settings.token()).contains(WEBHOOK_TOKEN);
        assertThat(settings.tokenMode()).contains(NotificationServiceWebhookTokenMode.TOKEN);
        assertThat(settings.events()).containsExactly("build.finished");
        assertThat(settings.tlsVerify()).contains(true);
        assertThat(settings.apiKey()).isEmpty();
        assertThat(settings.additionalProperties()).isEmpty();
        assertThat(settings.toString()).doesNotContain(WEBHOOK_TOKEN).contains("***");
      });
      assertThat(service.createdAt()).contains(ts("2026-07-01T10:00:00.000Z"));
      assertThat(service.createdBy()).hasValueSatisfying(user -> {
        assertThat(user.id()).isEqualTo("3d3c3bf0-7d58-4afe-8fe7-b3017d5504de");
        assertThat(user.name()).contains("Sam Kim");
        assertThat(user.createdAt()).contains(ts("2025-01-01T00:00:00.000Z"));
      });
      assertThat(service.additionalProperties()).as("every documented field is modelled").isEmpty();
    };
  }

  /** The documented webhook service after a change: same object with another description, scope and states. */
  private static String updatedWebhook() {
    String example = SpecDocument.example("notification-services-get.json");
    return example
        .replace("\"description\": \"Deploy notifications\"", "\"description\": \"Production deploy notifications\"")
        .replace("\"scope\": \"all\"", "\"scope\": \"some_projects\"")
        .replace("\"scope_uuids\": []", "\"scope_uuids\": [\"16f3b56f-4934-4546-923c-287859851332\"]")
        .replace("\"build_fixed\": false", "\"build_fixed\": true");
  }

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listNotificationServices")
            .call(c -> c.notificationServices().listNotificationServices(ORG))
            .path(SERVICES)
            .respondExample(200, "notification-services-list.json")
            .checkPage(NotificationService.class, page -> {
              assertThat(page.items()).hasSize(1);
              NotificationService datadog = page.items().get(0);
              assertThat(datadog.id()).isEqualTo(SERVICE);
              assertThat(datadog.graphqlId()).isEmpty();
              assertThat(datadog.provider().id()).isEqualTo(NotificationServiceProviderId.DATADOG_PIPELINE_VISIBILITY);
              assertThat(datadog.provider().name()).contains("Datadog Pipeline Visibility");
              assertThat(datadog.buildStates().flatMap(s -> s.buildPassed())).contains(true);
              assertThat(datadog.settings()).hasValueSatisfying(settings -> {
                assertThat(settings.apiKey()).as("masked to its last characters").contains("XXXXXXXXXXXXcdef");
                assertThat(settings.datadogSite()).contains("datadoghq.com");
                assertThat(settings.datadogTags()).isEmpty();
                assertThat(settings.token()).isEmpty();
                assertThat(settings.toString()).doesNotContain("cdef");
              });
              assertThat(datadog.createdBy()).isEmpty();
              assertThat(page.hasNextPage()).isTrue();
              assertThat(page.links().next()).contains(URI.create(
                  "https://api.buildkite.com/v2/organizations/acme-inc/services?after=CURSOR&per_page=30"));
            }),

        Scenario.of("listNotificationServices").label("page size and after cursor")
            .call(c -> c.notificationServices().listNotificationServices(ORG,
                ListNotificationServicesParams.builder().perPage(10).after("CURSOR").build()))
            .path(SERVICES)
            .query("per_page", "10")
            .query("after", "CURSOR")
            .respond(200, """
                {"items": [], "links": {"self": "https://api.buildkite.com/v2/organizations/my-great-org/services?after=CURSOR&per_page=10", "next": null}}
                """)
            .checkPage(NotificationService.class, page -> {
              assertThat(page.items()).isEmpty();
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listNotificationServices").label("before cursor")
            .call(c -> c.notificationServices().listNotificationServices(ORG,
                ListNotificationServicesParams.builder().before("CURSOR").build()))
            .path(SERVICES)
            .query("before", "CURSOR")
            .respondExample(200, "notification-services-list.json")
            .checkPage(NotificationService.class, page ->
                assertThat(page.items()).extracting(s -> s.provider().id().asString())
                    .containsExactly("datadog_pipeline_visibility")),

        Scenario.of("getNotificationService")
            .call(c -> c.notificationServices().getNotificationService(ORG, SERVICE))
            .path(SERVICES + "/" + SERVICE)
            .respondExample(200, "notification-services-get.json")
            .check(NotificationService.class, documentedWebhook()),

        Scenario.of("getNotificationService").label("OAuth-managed Linear service, unknown provider keys kept")
            .offSpecResponse("a provider setting this SDK does not model, to show it is kept")
            .call(c -> c.notificationServices().getNotificationServiceWithResponse(ORG, SERVICE, RequestOptions.none()))
            .path(SERVICES + "/" + SERVICE)
            .respond(200, """
                {
                  "id": "9f0f9a19-1b88-4e37-98d8-c5a0cebcdb9a",
                  "graphql_id": null,
                  "url": "https://api.buildkite.com/v2/organizations/my-great-org/services/9f0f9a19-1b88-4e37-98d8-c5a0cebcdb9a",
                  "provider": {"id": "linear", "name": "Linear"},
                  "description": "",
                  "enabled": false,
                  "scope": "some_clusters",
                  "scope_uuids": ["b7c9bc4f-526f-4c18-a3be-dc854ab75d57"],
                  "branch_configuration": "main",
                  "build_states": {"build_failed": true},
                  "settings": {"team_key": "ENG"},
                  "created_at": "2026-07-01T10:00:00.000Z",
                  "created_by": null
                }
                """)
            .check(Response.class, response -> {
              NotificationService service = (NotificationService) response.value();
              assertThat(service.provider().id()).isEqualTo(NotificationServiceProviderId.LINEAR);
              assertThat(service.enabled()).contains(false);
              assertThat(service.scope()).contains(NotificationServiceScope.SOME_CLUSTERS);
              assertThat(service.scopeUuids()).containsExactly("b7c9bc4f-526f-4c18-a3be-dc854ab75d57");
              assertThat(service.buildStates().flatMap(s -> s.buildPassed())).isEmpty();
              assertThat(service.settings().map(s -> s.additionalProperties().get("team_key").asText())).contains("ENG");
            }),

        Scenario.of("createNotificationService")
            .call(c -> c.notificationServices().createNotificationService(ORG, CreateNotificationServiceRequest.builder()
                .provider(NotificationServiceProviderId.WEBHOOK)
                .description("Deploy notifications")
                .settings(NotificationServiceSettings.builder()
                    .url("https://example.com/buildkite-webhook")
                    .token(WEBHOOK_TOKEN)
                    .events(List.of("build.finished"))
                    .build())
                .buildStates(NotificationServiceBuildStates.builder().buildFailed(true).build())
                .build()))
            .path(SERVICES)
            .jsonBody("""
                {
                  "provider": "webhook",
                  "description": "Deploy notifications",
                  "settings": {
                    "url": "https://example.com/buildkite-webhook",
                    "token": "xxx-yyy-zzz",
                    "events": ["build.finished"]
                  },
                  "build_states": {"build_failed": true}
                }
                """)
            .respondExample(201, "notification-services-get.json")
            .check(NotificationService.class, documentedWebhook()),

        Scenario.of("createNotificationService").label("OpenTelemetry for some teams")
            .call(c -> {
              Map<String, String> headers = new LinkedHashMap<>();
              headers.put("Authorization", "Bearer otel-secret");
              return c.notificationServices().createNotificationServiceWithResponse(ORG, CreateNotificationServiceRequest.builder()
                      .provider(NotificationServiceProviderId.OPEN_TELEMETRY_TRACING)
                      .branchConfiguration("main feature/*")
                      .scope(NotificationServiceScope.SOME_TEAMS)
                      .scopeUuids(List.of(TEAM))
                      .settings(NotificationServiceSettings.builder()
                          .endpoint("https://otel.example.com:4318")
                          .serviceName("buildkite")
                          .headers(headers)
                          .resourceAttributes(Map.of("deployment.environment", "ci"))
                          .tracestate(Map.of("acme", "ci"))
                          .build())
                      .build(), RequestOptions.none());
            })
            .path(SERVICES)
            .jsonBody("""
                {
                  "provider": "open_telemetry_tracing",
                  "branch_configuration": "main feature/*",
                  "scope": "some_teams",
                  "scope_uuids": ["3a7d6a1e-1f5f-4f0e-9c1b-3f1e8f2d4c5b"],
                  "settings": {
                    "endpoint": "https://otel.example.com:4318",
                    "service_name": "buildkite",
                    "headers": {"Authorization": "Bearer otel-secret"},
                    "resource_attributes": {"deployment.environment": "ci"},
                    "tracestate": {"acme": "ci"}
                  }
                }
                """)
            .respond(201, """
                {
                  "id": "0c0ffee0-1b88-4e37-98d8-c5a0cebcdb9a",
                  "graphql_id": null,
                  "url": "https://api.buildkite.com/v2/organizations/my-great-org/services/0c0ffee0-1b88-4e37-98d8-c5a0cebcdb9a",
                  "provider": {"id": "open_telemetry_tracing", "name": "OpenTelemetry Tracing"},
                  "description": null,
                  "enabled": true,
                  "scope": "some_teams",
                  "scope_uuids": ["3a7d6a1e-1f5f-4f0e-9c1b-3f1e8f2d4c5b"],
                  "branch_configuration": "main feature/*",
                  "build_states": {},
                  "settings": {
                    "endpoint": "https://otel.example.com:4318",
                    "service_name": "buildkite",
                    "resource_attributes": {"deployment.environment": "ci"},
                    "tracestate": {"acme": "ci"}
                  },
                  "created_at": "2026-08-20T12:00:00.000Z",
                  "created_by": {"id": "3d3c3bf0-7d58-4afe-8fe7-b3017d5504de", "name": "Sam Kim"}
                }
                """)
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(201);
              NotificationService service = (NotificationService) response.value();
              assertThat(service.provider().id()).isEqualTo(NotificationServiceProviderId.OPEN_TELEMETRY_TRACING);
              assertThat(service.description()).isEmpty();
              assertThat(service.scope()).contains(NotificationServiceScope.SOME_TEAMS);
              assertThat(service.scopeUuids()).containsExactly(TEAM.toString());
              assertThat(service.settings()).hasValueSatisfying(settings -> {
                assertThat(settings.endpoint()).contains("https://otel.example.com:4318");
                assertThat(settings.serviceName()).contains("buildkite");
                assertThat(settings.headers()).as("never returned").isEmpty();
                assertThat(settings.resourceAttributes()).containsEntry("deployment.environment", "ci");
                assertThat(settings.tracestate()).contains(Map.of("acme", "ci"));
              });
            }),

        Scenario.of("createNotificationService").label("Amazon EventBridge, account ID masked in the answer")
            .call(c -> c.notificationServices().createNotificationService(ORG, CreateNotificationServiceRequest.builder()
                .provider(NotificationServiceProviderId.AWS_EVENT_BRIDGE)
                .scope(NotificationServiceScope.ALL)
                .settings(NotificationServiceSettings.builder()
                    .awsRegion("us-east-1")
                    .awsAccountId("123456789012")
                    .includeBuildMetaData(true)
                    .build())
                .build()))
            .path(SERVICES)
            .jsonBody("""
                {
                  "provider": "aws_event_bridge",
                  "scope": "all",
                  "settings": {"aws_region": "us-east-1", "aws_account_id": "123456789012", "include_build_meta_data": true}
                }
                """)
            .respond(201, """
                {
                  "id": "7e1d2c3b-1b88-4e37-98d8-c5a0cebcdb9a",
                  "graphql_id": null,
                  "url": "https://api.buildkite.com/v2/organizations/my-great-org/services/7e1d2c3b-1b88-4e37-98d8-c5a0cebcdb9a",
                  "provider": {"id": "aws_event_bridge", "name": "Amazon EventBridge"},
                  "description": "",
                  "enabled": true,
                  "scope": "all",
                  "scope_uuids": [],
                  "branch_configuration": "",
                  "build_states": {},
                  "settings": {"aws_region": "us-east-1", "aws_account_id": "XXXXXXXX9012", "include_build_meta_data": true},
                  "created_at": "2026-08-20T12:00:00.000Z",
                  "created_by": null
                }
                """)
            .check(NotificationService.class, service -> {
              assertThat(service.provider().id()).isEqualTo(NotificationServiceProviderId.AWS_EVENT_BRIDGE);
              assertThat(service.settings()).hasValueSatisfying(settings -> {
                assertThat(settings.awsRegion()).contains("us-east-1");
                assertThat(settings.awsAccountId()).as("masked").contains("XXXXXXXX9012");
                assertThat(settings.includeBuildMetaData()).contains(true);
              });
            }),

        Scenario.of("updateNotificationService")
            .call(c -> c.notificationServices().updateNotificationService(ORG, SERVICE,
                UpdateNotificationServiceRequest.builder()
                    .description("Production deploy notifications")
                    .scope(NotificationServiceScope.SOME_PROJECTS)
                    .scopeUuids(List.of(PIPELINE))
                    .buildStates(NotificationServiceBuildStates.builder().buildFailed(true).buildFixed(true).build())
                    .build()))
            .path(SERVICES + "/" + SERVICE)
            .jsonBody("""
                {
                  "description": "Production deploy notifications",
                  "scope": "some_projects",
                  "scope_uuids": ["16f3b56f-4934-4546-923c-287859851332"],
                  "build_states": {"build_failed": true, "build_fixed": true}
                }
                """)
            .respond(200, updatedWebhook())
            .check(NotificationService.class, service -> {
              assertThat(service.description()).contains("Production deploy notifications");
              assertThat(service.scope()).contains(NotificationServiceScope.SOME_PROJECTS);
              assertThat(service.scopeUuids()).containsExactly(PIPELINE.toString());
              assertThat(service.buildStates().flatMap(s -> s.buildFixed())).contains(true);
              assertThat(service.settings().flatMap(s -> s.token())).contains(WEBHOOK_TOKEN);
            }),

        Scenario.of("updateNotificationService").label("provider repeated, webhook settings and a Slack theme")
            .call(c -> c.notificationServices().updateNotificationServiceWithResponse(ORG, SERVICE, UpdateNotificationServiceRequest.builder()
                    .provider(NotificationServiceProviderId.WEBHOOK)
                    .branchConfiguration("")
                    .settings(NotificationServiceSettings.builder()
                        .tokenMode(NotificationServiceWebhookTokenMode.SIGNATURE)
                        .version(3)
                        .tlsVerify(false)
                        .theme(NotificationServiceSlackTheme.EMOJI)
                        .datadogTags(null)
                        .build())
                    .build(), RequestOptions.none()))
            .path(SERVICES + "/" + SERVICE)
            .jsonBody("""
                {
                  "provider": "webhook",
                  "branch_configuration": "",
                  "settings": {"token_mode": "signature", "version": 3, "tls_verify": false, "theme": "emoji", "datadog_tags": null}
                }
                """)
            .respondExample(200, "notification-services-get.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              documentedWebhook().accept((NotificationService) response.value());
            }),

        Scenario.of("deleteNotificationService")
            .run(c -> c.notificationServices().deleteNotificationService(ORG, SERVICE))
            .path(SERVICES + "/" + SERVICE)
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("deleteNotificationService").label("with response")
            .call(c -> c.notificationServices().deleteNotificationServiceWithResponse(ORG, SERVICE, RequestOptions.none()))
            .path(SERVICES + "/" + SERVICE)
            .respond(204, null)
            .check(Response.class, response -> assertThat(response.statusCode()).isEqualTo(204)),

        Scenario.of("enableNotificationService")
            .call(c -> c.notificationServices().enableNotificationService(ORG, SERVICE))
            .path(SERVICES + "/" + SERVICE + "/enable")
            .respondExample(200, "notification-services-get.json")
            .check(NotificationService.class, documentedWebhook()),

        Scenario.of("disableNotificationService")
            .call(c -> c.notificationServices().disableNotificationService(ORG, SERVICE))
            .path(SERVICES + "/" + SERVICE + "/disable")
            .respond(200, SpecDocument.example("notification-services-get.json")
                .replace("\"enabled\": true", "\"enabled\": false"))
            .check(NotificationService.class, service -> {
              assertThat(service.id()).isEqualTo(SERVICE);
              assertThat(service.enabled()).contains(false);
              assertThat(service.provider().id()).isEqualTo(NotificationServiceProviderId.WEBHOOK);
            })
    );
  }
}
