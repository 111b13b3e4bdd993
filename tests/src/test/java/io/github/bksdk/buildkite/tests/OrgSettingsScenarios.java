package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.ConfigureBuildExportRequest;
import io.github.bksdk.buildkite.model.OrganizationApiSettings;
import io.github.bksdk.buildkite.model.OrganizationPipelineSettings;
import io.github.bksdk.buildkite.model.UpdateOrganizationApiSettingsRequest;
import io.github.bksdk.buildkite.model.UpdateOrganizationPipelineSettingsRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** OrganizationApiSettings and OrganizationPipelineSettings, with the feature switches of the pipeline settings. */
final class OrgSettingsScenarios {
  private static final String API_SETTINGS = "/v2/organizations/my-great-org/api-settings";
  private static final String PIPELINE_SETTINGS = "/v2/organizations/my-great-org/pipeline-settings";
  private static final String CLUSTER = "3f4b6df0-1234-5678-abcd-9e0a1b2c3d4e";
  private static final String SAM = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";

  /** The documented pipeline settings with one feature block replaced, as the switch endpoints answer. */
  private static String settingsWith(String documentedBlock, String replacement) {
    String example = SpecDocument.example("pipeline-settings-get.json");
    assertThat(example).contains(documentedBlock);
    return example.replace(documentedBlock, replacement);
  }

  private static final String PUBLIC_OFF = """
        "public_pipeline_creation": {
          "enabled": false,
          "enabled_at": null,
          "enabled_by": null
        },""".stripIndent().indent(2);
  private static final String QUEUE_METRICS_OFF = """
        "advanced_queue_metrics": {
          "enabled": false,
          "enabled_at": null,
          "enabled_by": null,
          "disable_supported": false
        },""".stripIndent().indent(2);

  private OrgSettingsScenarios() {}

  static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    all.addAll(apiSettings());
    all.addAll(pipelineSettings());
    all.addAll(pipelineSwitches());
    return all;
  }

  private static List<Scenario> apiSettings() {
    return List.of(
        Scenario.of("getOrganizationApiSettings")
            .call(c -> c.organizationApiSettings().getOrganizationApiSettings(ORG))
            .path(API_SETTINGS)
            .respondExample(200, "organization-api-settings-get.json")
            .check(OrganizationApiSettings.class, settings -> {
              assertThat(settings.url()).isEqualTo("https://api.buildkite.com/v2/organizations/acme-inc/api-settings");
              assertThat(settings.allowedIpAddresses()).contains("192.0.2.0/24 198.51.100.0/24");
              assertThat(settings.revokeInactiveTokensAfterDays()).contains(90);
              assertThat(settings.restrictUserApiTokenCreation()).contains(false);
              assertThat(settings.features()).hasValueSatisfying(features -> {
                assertThat(features.apiIpAllowList()).contains(true);
                assertThat(features.inactiveApiTokenRevocation()).contains(true);
              });
              assertThat(settings.additionalProperties()).as("every documented field is modelled").isEmpty();
            }),

        Scenario.of("getOrganizationApiSettings").label("plan without the features")
            .call(c -> c.organizationApiSettings().getOrganizationApiSettingsWithResponse(ORG, RequestOptions.none()))
            .path(API_SETTINGS)
            .respond(200, """
                {
                  "url": "https://api.buildkite.com/v2/organizations/my-great-org/api-settings",
                  "allowed_ip_addresses": null,
                  "revoke_inactive_tokens_after_days": null,
                  "restrict_user_api_token_creation": false,
                  "features": {"api_ip_allow_list": false, "inactive_api_token_revocation": false}
                }
                """)
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              OrganizationApiSettings settings = (OrganizationApiSettings) response.value();
              assertThat(settings.allowedIpAddresses()).isEmpty();
              assertThat(settings.revokeInactiveTokensAfterDays()).isEmpty();
              assertThat(settings.features().flatMap(f -> f.apiIpAllowList())).contains(false);
              assertThat(settings.features().flatMap(f -> f.inactiveApiTokenRevocation())).contains(false);
            }),

        Scenario.of("updateOrganizationApiSettings")
            .call(c -> c.organizationApiSettings().updateOrganizationApiSettings(ORG,
                UpdateOrganizationApiSettingsRequest.builder()
                    .allowedIpAddresses("192.0.2.0/24 198.51.100.0/24")
                    .revokeInactiveTokensAfterDays(90)
                    .restrictUserApiTokenCreation(true)
                    .build()))
            .path(API_SETTINGS)
            .jsonBody("""
                {
                  "allowed_ip_addresses": "192.0.2.0/24 198.51.100.0/24",
                  "revoke_inactive_tokens_after_days": 90,
                  "restrict_user_api_token_creation": true
                }
                """)
            .respondExample(200, "organization-api-settings-update.json")
            .check(OrganizationApiSettings.class, settings -> {
              assertThat(settings.restrictUserApiTokenCreation()).contains(true);
              assertThat(settings.allowedIpAddresses()).contains("192.0.2.0/24 198.51.100.0/24");
              assertThat(settings.revokeInactiveTokensAfterDays()).contains(90);
              assertThat(settings.features().flatMap(f -> f.apiIpAllowList())).contains(true);
            }),

        Scenario.of("updateOrganizationApiSettings").label("null removes the allow-list and the revocation period")
            .call(c -> c.organizationApiSettings().updateOrganizationApiSettings(ORG,
                UpdateOrganizationApiSettingsRequest.builder()
                    .allowedIpAddresses(null)
                    .revokeInactiveTokensAfterDays(null)
                    .restrictUserApiTokenCreation(false)
                    .build()))
            .path(API_SETTINGS)
            .jsonBody("""
                {
                  "allowed_ip_addresses": null,
                  "revoke_inactive_tokens_after_days": null,
                  "restrict_user_api_token_creation": false
                }
                """)
            .respond(200, """
                {
                  "url": "https://api.buildkite.com/v2/organizations/my-great-org/api-settings",
                  "allowed_ip_addresses": null,
                  "revoke_inactive_tokens_after_days": null,
                  "restrict_user_api_token_creation": false,
                  "features": {"api_ip_allow_list": true, "inactive_api_token_revocation": true}
                }
                """)
            .check(OrganizationApiSettings.class, settings -> {
              assertThat(settings.allowedIpAddresses()).isEmpty();
              assertThat(settings.revokeInactiveTokensAfterDays()).isEmpty();
              assertThat(settings.restrictUserApiTokenCreation()).contains(false);
            }),

        Scenario.of("updateOrganizationApiSettings").label("absent fields are left out")
            .call(c -> c.organizationApiSettings().updateOrganizationApiSettingsWithResponse(ORG, UpdateOrganizationApiSettingsRequest.builder()
                    .allowedIpAddresses("10.0.0.0/8")
                    .clearAllowedIpAddresses()
                    .revokeInactiveTokensAfterDays(365)
                    .build(), RequestOptions.none()))
            .path(API_SETTINGS)
            .jsonBody("""
                {"revoke_inactive_tokens_after_days": 365}
                """)
            .respondExample(200, "organization-api-settings-get.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              assertThat(((OrganizationApiSettings) response.value()).revokeInactiveTokensAfterDays()).contains(90);
            })
    );
  }

  private static Consumer<OrganizationPipelineSettings> documentedPipelineSettings() {
    return settings -> {
      assertThat(settings.url()).isEqualTo("https://api.buildkite.com/v2/organizations/my-great-org/pipeline-settings");
      assertThat(settings.defaultBranch()).contains("main");
      assertThat(settings.defaultClusterId()).contains(CLUSTER);
      assertThat(settings.defaultTimeoutInMinutes()).contains(60);
      assertThat(settings.maximumTimeoutInMinutes()).contains(120);
      assertThat(settings.scheduledJobExpiryInMinutes()).isEmpty();
      assertThat(settings.hostedAgentsTerminalAccess()).hasValueSatisfying(access -> {
        assertThat(access.enabled()).contains(true);
        assertThat(access.enabledAt()).contains(ts("2024-06-01T12:00:00.000Z"));
        assertThat(access.enabledBy()).hasValueSatisfying(user -> {
          assertThat(user.id()).isEqualTo(SAM);
          assertThat(user.name()).contains("Sam Kim");
        });
      });
      assertThat(settings.publicPipelineCreation()).hasValueSatisfying(creation -> {
        assertThat(creation.enabled()).contains(false);
        assertThat(creation.enabledAt()).isEmpty();
        assertThat(creation.enabledBy()).isEmpty();
      });
      assertThat(settings.advancedQueueMetrics()).hasValueSatisfying(metrics -> {
        assertThat(metrics.enabled()).contains(false);
        assertThat(metrics.disableSupported()).contains(false);
        assertThat(metrics.enabledBy()).isEmpty();
      });
      assertThat(settings.buildExports()).hasValueSatisfying(exports -> {
        assertThat(exports.available()).contains(true);
        assertThat(exports.enabled()).contains(true);
        assertThat(exports.location()).contains("my-export-bucket");
        assertThat(exports.strategyId()).contains("s3");
        assertThat(exports.supportedStrategies()).containsExactly("s3", "gcs");
      });
      assertThat(settings.additionalProperties()).as("every documented field is modelled").isEmpty();
    };
  }

  /** The documented answer to an update: no default cluster, remote access off, build export not configured. */
  private static Consumer<OrganizationPipelineSettings> documentedUpdatedSettings() {
    return settings -> {
      assertThat(settings.defaultBranch()).contains("main");
      assertThat(settings.defaultClusterId()).isEmpty();
      assertThat(settings.defaultTimeoutInMinutes()).contains(60);
      assertThat(settings.hostedAgentsTerminalAccess().flatMap(a -> a.enabled())).contains(false);
      assertThat(settings.hostedAgentsTerminalAccess().flatMap(a -> a.enabledBy())).isEmpty();
      assertThat(settings.buildExports()).hasValueSatisfying(exports -> {
        assertThat(exports.available()).contains(true);
        assertThat(exports.enabled()).contains(false);
        assertThat(exports.location()).isEmpty();
        assertThat(exports.strategyId()).isEmpty();
        assertThat(exports.supportedStrategies()).containsExactly("s3", "gcs");
      });
    };
  }

  private static List<Scenario> pipelineSettings() {
    return List.of(
        Scenario.of("getOrganizationPipelineSettings")
            .call(c -> c.organizationPipelineSettings().getOrganizationPipelineSettings(ORG))
            .path(PIPELINE_SETTINGS)
            .respondExample(200, "pipeline-settings-get.json")
            .check(OrganizationPipelineSettings.class, documentedPipelineSettings()),

        Scenario.of("updateOrganizationPipelineSettings")
            .call(c -> c.organizationPipelineSettings().updateOrganizationPipelineSettings(ORG,
                UpdateOrganizationPipelineSettingsRequest.builder()
                    .defaultBranch("main")
                    .defaultTimeoutInMinutes(60)
                    .build()))
            .path(PIPELINE_SETTINGS)
            .jsonBody("""
                {"default_branch": "main", "default_timeout_in_minutes": 60}
                """)
            .respondExample(200, "pipeline-settings-update.json")
            .check(OrganizationPipelineSettings.class, documentedUpdatedSettings()),

        Scenario.of("updateOrganizationPipelineSettings").label("null clears the default cluster")
            .call(c -> c.organizationPipelineSettings().updateOrganizationPipelineSettings(ORG,
                UpdateOrganizationPipelineSettingsRequest.builder()
                    .defaultClusterId(null)
                    .maximumTimeoutInMinutes(240)
                    .scheduledJobExpiryInMinutes(1440)
                    .build()))
            .path(PIPELINE_SETTINGS)
            .jsonBody("""
                {"default_cluster_id": null, "maximum_timeout_in_minutes": 240, "scheduled_job_expiry_in_minutes": 1440}
                """)
            .respondExample(200, "pipeline-settings-update.json")
            .check(OrganizationPipelineSettings.class, settings -> {
              assertThat(settings.defaultClusterId()).isEmpty();
              assertThat(settings.maximumTimeoutInMinutes()).contains(120);
            }),

        Scenario.of("updateOrganizationPipelineSettings").label("set a default cluster")
            .call(c -> c.organizationPipelineSettings().updateOrganizationPipelineSettingsWithResponse(ORG, UpdateOrganizationPipelineSettingsRequest.builder()
                    .defaultClusterId(UUID.fromString(CLUSTER))
                    .build(), RequestOptions.none()))
            .path(PIPELINE_SETTINGS)
            .jsonBody("""
                {"default_cluster_id": "3f4b6df0-1234-5678-abcd-9e0a1b2c3d4e"}
                """)
            .respondExample(200, "pipeline-settings-get.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              documentedPipelineSettings().accept((OrganizationPipelineSettings) response.value());
            })
    );
  }

  private static List<Scenario> pipelineSwitches() {
    return List.of(
        Scenario.of("enableHostedAgentsRemoteAccess")
            .call(c -> c.organizationPipelineSettings().enableHostedAgentsRemoteAccess(ORG))
            .path(PIPELINE_SETTINGS + "/hosted-agents-ssh")
            .respondExample(200, "pipeline-settings-get.json")
            .check(OrganizationPipelineSettings.class, documentedPipelineSettings()),

        Scenario.of("disableHostedAgentsRemoteAccess")
            .call(c -> c.organizationPipelineSettings().disableHostedAgentsRemoteAccess(ORG))
            .path(PIPELINE_SETTINGS + "/hosted-agents-ssh")
            .respondExample(200, "pipeline-settings-update.json")
            .check(OrganizationPipelineSettings.class, settings -> {
              assertThat(settings.hostedAgentsTerminalAccess()).hasValueSatisfying(access -> {
                assertThat(access.enabled()).contains(false);
                assertThat(access.enabledAt()).isEmpty();
                assertThat(access.enabledBy()).isEmpty();
              });
            }),

        Scenario.of("enablePublicPipelineCreation")
            .call(c -> c.organizationPipelineSettings().enablePublicPipelineCreation(ORG))
            .path(PIPELINE_SETTINGS + "/public-pipelines")
            .respond(200, settingsWith(PUBLIC_OFF, """
                  "public_pipeline_creation": {
                    "enabled": true,
                    "enabled_at": "2026-08-01T09:30:00.000Z",
                    "enabled_by": {"id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890", "name": "Sam Kim"}
                  },
                """))
            .check(OrganizationPipelineSettings.class, settings -> {
              assertThat(settings.publicPipelineCreation()).hasValueSatisfying(creation -> {
                assertThat(creation.enabled()).contains(true);
                assertThat(creation.enabledAt()).contains(ts("2026-08-01T09:30:00.000Z"));
                assertThat(creation.enabledBy().map(u -> u.id())).contains(SAM);
              });
              assertThat(settings.hostedAgentsTerminalAccess().flatMap(a -> a.enabled())).contains(true);
            }),

        Scenario.of("disablePublicPipelineCreation")
            .call(c -> c.organizationPipelineSettings().disablePublicPipelineCreationWithResponse(ORG, RequestOptions.none()))
            .path(PIPELINE_SETTINGS + "/public-pipelines")
            .respondExample(200, "pipeline-settings-get.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              OrganizationPipelineSettings settings = (OrganizationPipelineSettings) response.value();
              assertThat(settings.publicPipelineCreation().flatMap(p -> p.enabled())).contains(false);
            }),

        Scenario.of("enableAdvancedQueueMetrics")
            .call(c -> c.organizationPipelineSettings().enableAdvancedQueueMetrics(ORG))
            .path(PIPELINE_SETTINGS + "/advanced-queue-metrics")
            .respond(200, settingsWith(QUEUE_METRICS_OFF, """
                  "advanced_queue_metrics": {
                    "enabled": true,
                    "enabled_at": "2026-08-02T10:00:00.000Z",
                    "enabled_by": {"id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890", "name": "Sam Kim"},
                    "disable_supported": false
                  },
                """))
            .check(OrganizationPipelineSettings.class, settings -> {
              assertThat(settings.advancedQueueMetrics()).hasValueSatisfying(metrics -> {
                assertThat(metrics.enabled()).contains(true);
                assertThat(metrics.enabledAt()).contains(ts("2026-08-02T10:00:00.000Z"));
                assertThat(metrics.enabledBy().flatMap(u -> u.name())).contains("Sam Kim");
                assertThat(metrics.disableSupported()).contains(false);
              });
            }),

        Scenario.of("configureBuildExport")
            .call(c -> c.organizationPipelineSettings().configureBuildExport(ORG, ConfigureBuildExportRequest.builder()
                .location("s3://my-export-bucket")
                .strategyId("s3")
                .build()))
            .path(PIPELINE_SETTINGS + "/build-export")
            .jsonBody("""
                {"location": "s3://my-export-bucket", "strategy_id": "s3"}
                """)
            .respondExample(200, "pipeline-settings-get.json")
            .check(OrganizationPipelineSettings.class, settings -> {
              assertThat(settings.buildExports()).hasValueSatisfying(exports -> {
                assertThat(exports.enabled()).contains(true);
                assertThat(exports.location()).as("the scheme prefix is dropped").contains("my-export-bucket");
                assertThat(exports.strategyId()).contains("s3");
              });
            }),

        Scenario.of("configureBuildExport").label("Google Cloud Storage, with response")
            .call(c -> c.organizationPipelineSettings().configureBuildExportWithResponse(ORG, ConfigureBuildExportRequest.builder().location("acme-build-archive").strategyId("gcs").build(), RequestOptions.none()))
            .path(PIPELINE_SETTINGS + "/build-export")
            .jsonBody("""
                {"location": "acme-build-archive", "strategy_id": "gcs"}
                """)
            .respond(200, SpecDocument.example("pipeline-settings-get.json")
                .replace("\"location\": \"my-export-bucket\"", "\"location\": \"acme-build-archive\"")
                .replace("\"strategy_id\": \"s3\"", "\"strategy_id\": \"gcs\""))
            .check(Response.class, response -> {
              OrganizationPipelineSettings settings = (OrganizationPipelineSettings) response.value();
              assertThat(settings.buildExports().flatMap(e -> e.location())).contains("acme-build-archive");
              assertThat(settings.buildExports().flatMap(e -> e.strategyId())).contains("gcs");
            }),

        Scenario.of("disableBuildExport")
            .call(c -> c.organizationPipelineSettings().disableBuildExport(ORG))
            .path(PIPELINE_SETTINGS + "/build-export")
            .respondExample(200, "pipeline-settings-update.json")
            .check(OrganizationPipelineSettings.class, documentedUpdatedSettings())
    );
  }
}
