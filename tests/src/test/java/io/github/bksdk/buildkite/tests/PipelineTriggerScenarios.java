package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.PIPELINE;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.errors.BuildkiteException;
import io.github.bksdk.buildkite.errors.UnprocessableEntityException;
import io.github.bksdk.buildkite.model.CreatePipelineTriggerRequest;
import io.github.bksdk.buildkite.model.PipelineTrigger;
import io.github.bksdk.buildkite.model.PipelineTriggerBuildSettings;
import io.github.bksdk.buildkite.model.PipelineTriggerDelivery;
import io.github.bksdk.buildkite.model.PipelineTriggerDeliveryReason;
import io.github.bksdk.buildkite.model.PipelineTriggerDeliveryRequest;
import io.github.bksdk.buildkite.model.PipelineTriggerDeliveryStatus;
import io.github.bksdk.buildkite.model.PipelineTriggerFilter;
import io.github.bksdk.buildkite.model.PipelineTriggerType;
import io.github.bksdk.buildkite.model.PipelineTriggerVerificationSettings;
import io.github.bksdk.buildkite.model.PipelineTriggerVerificationStrategy;
import io.github.bksdk.buildkite.model.UpdatePipelineTriggerRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** PipelineTriggers and PipelineTriggerDeliveries: incoming webhook endpoints of a pipeline and what they received. */
final class PipelineTriggerScenarios {
  private static final String TRIGGERS = "/v2/organizations/my-great-org/pipelines/my-pipeline/triggers";
  private static final String TRIGGER = "b3a1e9f2-7c4d-4f1a-9e6c-2d8a5f7b1c3d";
  private static final String DELIVERY_TRIGGER = "9d1d1e9c-5e8f-4f9a-9b0c-1a2b3c4d5e6f";
  private static final String DELIVERY = "f62a1b4d-10f9-4790-bc1c-e2c3a0c80983";
  private static final String DELIVERIES = TRIGGERS + "/" + DELIVERY_TRIGGER + "/deliveries";
  private static final String SAM = "3d3c3bf0-7d58-4afe-8fe7-b3017d5504de";

  private PipelineTriggerScenarios() {}

  static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    all.addAll(triggers());
    all.addAll(deliveries());
    return all;
  }

  /** The trigger of the documented examples, whatever its type and settings. */
  private static Consumer<PipelineTrigger> documentedTrigger() {
    return trigger -> {
      assertThat(trigger.id()).isEqualTo(TRIGGER);
      assertThat(trigger.url()).isEqualTo("https://api.buildkite.com/v2/organizations/acme-inc/pipelines/my-pipeline/triggers/"
          + TRIGGER);
      assertThat(trigger.enabled()).contains(true);
      assertThat(trigger.createdAt()).contains(ts("2026-08-11T10:15:32.000Z"));
      assertThat(trigger.createdBy()).hasValueSatisfying(user -> {
        assertThat(user.id()).isEqualTo(SAM);
        assertThat(user.name()).contains("Sam Kim");
      });
      assertThat(trigger.updatedBy().map(user -> user.id())).contains(SAM);
      assertThat(trigger.pipeline()).hasValueSatisfying(pipeline -> {
        assertThat(pipeline.id()).isEqualTo("9d1d1e9c-5e8f-4f9a-9b0c-1a2b3c4d5e6f");
        assertThat(pipeline.slug()).contains("my-pipeline");
      });
      assertThat(trigger.additionalProperties()).as("every documented field is modelled").isEmpty();
    };
  }

  private static List<Scenario> triggers() {
    return List.of(
        Scenario.of("listPipelineTriggers")
            .call(c -> c.pipelineTriggers().listPipelineTriggers(ORG, PIPELINE))
            .path(TRIGGERS)
            .respondExample(200, "pipeline-triggers-list.json")
            .checkPage(PipelineTrigger.class, page -> {
              assertThat(page.items()).hasSize(1);
              PipelineTrigger trigger = page.items().get(0);
              documentedTrigger().accept(trigger);
              assertThat(trigger.type()).isEqualTo(PipelineTriggerType.WEBHOOK);
              assertThat(trigger.endpointUrl()).as("lists never carry the endpoint URL").isEmpty();
              assertThat(trigger.endpointUrlHint()).contains(
                  "https://webhook.buildkite.com/deliver/bktr_XXXXXXXXXXXXXXXXXXXXet");
              assertThat(trigger.filter()).isEmpty();
              assertThat(trigger.verification()).isEmpty();
              assertThat(page.hasNextPage()).isTrue();
              assertThat(page.links().next()).contains(URI.create(
                  "https://api.buildkite.com/v2/organizations/acme-inc/pipelines/my-pipeline/triggers?after=...&per_page=30"));
            }),

        Scenario.of("listPipelineTriggers").label("page size and cursors")
            .call(c -> c.pipelineTriggers().listPipelineTriggers(ORG, PIPELINE,
                ListPipelineTriggersParams.builder().perPage(5).after("eyJpZCI6MX0").build()))
            .path(TRIGGERS)
            .query("per_page", "5")
            .query("after", "eyJpZCI6MX0")
            .respond(200, """
                {"items": [], "links": {"self": "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/triggers?per_page=5&after=eyJpZCI6MX0", "prev": "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/triggers?per_page=5&before=eyJpZCI6Mn0"}}
                """)
            .checkPage(PipelineTrigger.class, page -> {
              assertThat(page.items()).isEmpty();
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listPipelineTriggers").label("before cursor")
            .call(c -> c.pipelineTriggers().listPipelineTriggers(ORG, PIPELINE,
                ListPipelineTriggersParams.builder().before("eyJpZCI6Mn0").build()))
            .path(TRIGGERS)
            .query("before", "eyJpZCI6Mn0")
            .respondExample(200, "pipeline-triggers-list.json")
            .checkPage(PipelineTrigger.class, page -> assertThat(page.items()).extracting(PipelineTrigger::id)
                .containsExactly(TRIGGER)),

        Scenario.of("getPipelineTrigger")
            .call(c -> c.pipelineTriggers().getPipelineTrigger(ORG, PIPELINE, TRIGGER))
            .path(TRIGGERS + "/" + TRIGGER)
            .respondExample(200, "pipeline-triggers-get.json")
            .check(PipelineTrigger.class, trigger -> {
              documentedTrigger().accept(trigger);
              assertThat(trigger.type()).isEqualTo(PipelineTriggerType.GITHUB);
              assertThat(trigger.label()).contains("GitHub pull requests");
              assertThat(trigger.build()).hasValueSatisfying(build -> {
                assertThat(build.message()).as("null falls back to the pipeline's default").isEmpty();
                assertThat(build.commit()).contains("HEAD");
                assertThat(build.branch()).contains("main");
                assertThat(build.environmentVariables()).containsExactly("DEPLOY_ENV");
              });
              assertThat(trigger.filter().map(PipelineTriggerFilter::expression))
                  .contains("webhook.headers[\"HTTP_X_GITHUB_EVENT\"] == \"pull_request\"");
              assertThat(trigger.verification()).hasValueSatisfying(verification -> {
                assertThat(verification.strategy()).contains(PipelineTriggerVerificationStrategy.HMAC);
                assertThat(verification.secretHint()).contains("XXXXXXXXXXXXXXXXXXXXet");
              });
              assertThat(trigger.endpointUrl()).isEmpty();
            }),

        Scenario.of("createPipelineTrigger")
            .call(c -> c.pipelineTriggers().createPipelineTrigger(ORG, PIPELINE, CreatePipelineTriggerRequest.builder()
                .type(PipelineTriggerType.WEBHOOK)
                .label("Deploy production")
                .build(PipelineTriggerBuildSettings.builder()
                    .message("Deploying production")
                    .commit("HEAD")
                    .branch("main")
                    .environment(Map.of("DEPLOY_ENV", "production"))
                    .build())
                .build()))
            .path(TRIGGERS)
            .jsonBody("""
                {
                  "type": "webhook",
                  "label": "Deploy production",
                  "build": {
                    "message": "Deploying production",
                    "commit": "HEAD",
                    "branch": "main",
                    "environment": {"DEPLOY_ENV": "production"}
                  }
                }
                """)
            .respondExample(201, "pipeline-triggers-create.json")
            .check(PipelineTrigger.class, trigger -> {
              documentedTrigger().accept(trigger);
              assertThat(trigger.endpointUrl()).as("only the create response has it")
                  .contains("https://webhook.buildkite.com/deliver/bktr_xxx-yyy-zzz");
              assertThat(trigger.toString()).as("the endpoint URL embeds the trigger's token")
                  .doesNotContain("bktr_xxx-yyy-zzz");
              assertThat(trigger.build().map(build -> build.environmentVariables()))
                  .contains(List.of("DEPLOY_ENV"));
            }),

        Scenario.of("createPipelineTrigger").label("GitHub trigger with a filter and a verification secret")
            .call(c -> c.pipelineTriggers().createPipelineTriggerWithResponse(ORG, PIPELINE, CreatePipelineTriggerRequest.builder()
                    .type(PipelineTriggerType.GITHUB)
                    .label("GitHub pull requests")
                    .enabled(false)
                    .filter(PipelineTriggerFilter.builder()
                        .expression("webhook.headers[\"HTTP_X_GITHUB_EVENT\"] == \"pull_request\"").build())
                    .verification(PipelineTriggerVerificationSettings.builder()
                        .strategy(PipelineTriggerVerificationStrategy.HMAC).secret("s3cr3t-hmac-key").build())
                    .build(), RequestOptions.none()))
            .path(TRIGGERS)
            .jsonBody("""
                {
                  "type": "github",
                  "label": "GitHub pull requests",
                  "enabled": false,
                  "filter": {"expression": "webhook.headers[\\"HTTP_X_GITHUB_EVENT\\"] == \\"pull_request\\""},
                  "verification": {"strategy": "hmac", "secret": "s3cr3t-hmac-key"}
                }
                """)
            .respondExample(201, "pipeline-triggers-create.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(201);
              assertThat(((PipelineTrigger) response.value()).id()).isEqualTo(TRIGGER);
            }),

        Scenario.of("createPipelineTrigger").label("verification refused for a generic webhook")
            .call(c -> catchThrowable(() -> c.pipelineTriggers().createPipelineTrigger(ORG, PIPELINE,
                CreatePipelineTriggerRequest.builder()
                    .type(PipelineTriggerType.WEBHOOK)
                    .label("Deploy")
                    .verification(PipelineTriggerVerificationSettings.builder()
                        .strategy(PipelineTriggerVerificationStrategy.HMAC).build())
                    .build())))
            .path(TRIGGERS)
            .jsonBody("{\"type\": \"webhook\", \"label\": \"Deploy\", \"verification\": {\"strategy\": \"hmac\"}}")
            .respond(422, "{\"message\": \"Validation failed: verification is not supported for webhook triggers\"}")
            .check(Throwable.class, thrown -> {
              assertThat(thrown).isInstanceOf(UnprocessableEntityException.class);
              assertThat(((BuildkiteException) thrown).apiMessage())
                  .hasValueSatisfying(message -> assertThat(message).contains("verification"));
            }),

        Scenario.of("createPipelineTrigger").label("body not sent as JSON")
            .call(c -> catchThrowable(() -> c.pipelineTriggers().createPipelineTrigger(ORG, PIPELINE,
                CreatePipelineTriggerRequest.builder().type(PipelineTriggerType.LINEAR).label("Linear issues").build())))
            .path(TRIGGERS)
            .jsonBody("{\"type\": \"linear\", \"label\": \"Linear issues\"}")
            .respond(415, "{\"message\": \"Content-Type must be application/json\"}")
            .check(Throwable.class, thrown -> {
              assertThat(thrown).isInstanceOf(BuildkiteException.class);
              assertThat(((BuildkiteException) thrown).statusCode()).isEqualTo(415);
            }),

        Scenario.of("updatePipelineTrigger")
            .call(c -> c.pipelineTriggers().updatePipelineTrigger(ORG, PIPELINE, TRIGGER,
                UpdatePipelineTriggerRequest.builder()
                    .label("GitHub pull requests")
                    .build(PipelineTriggerBuildSettings.builder().message(null).environment(Map.of()).build())
                    .filter(null)
                    .verification(PipelineTriggerVerificationSettings.builder()
                        .strategy(PipelineTriggerVerificationStrategy.HMAC).build())
                    .build()))
            .path(TRIGGERS + "/" + TRIGGER)
            .jsonBody("""
                {
                  "label": "GitHub pull requests",
                  "build": {"message": null, "environment": {}},
                  "filter": null,
                  "verification": {"strategy": "hmac"}
                }
                """)
            .respondExample(200, "pipeline-triggers-get.json")
            .check(PipelineTrigger.class, trigger -> {
              assertThat(trigger.label()).contains("GitHub pull requests");
              assertThat(trigger.endpointUrl()).isEmpty();
            }),

        Scenario.of("updatePipelineTrigger").label("disable and remove verification")
            .call(c -> c.pipelineTriggers().updatePipelineTriggerWithResponse(ORG, PIPELINE, TRIGGER, UpdatePipelineTriggerRequest.builder().enabled(false).verification(null).build(), RequestOptions.none()))
            .path(TRIGGERS + "/" + TRIGGER)
            .jsonBody("{\"enabled\": false, \"verification\": null}")
            .respond(200, """
                {
                  "id": "b3a1e9f2-7c4d-4f1a-9e6c-2d8a5f7b1c3d",
                  "url": "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/triggers/b3a1e9f2-7c4d-4f1a-9e6c-2d8a5f7b1c3d",
                  "type": "github",
                  "label": "GitHub pull requests",
                  "enabled": false,
                  "build": {"message": null, "commit": null, "branch": null, "environment_variables": []},
                  "filter": null,
                  "verification": null,
                  "endpoint_url_hint": "https://webhook.buildkite.com/deliver/bktr_XXXXXXXXXXXXXXXXXXXXet",
                  "created_at": "2026-08-11T10:15:32.000Z",
                  "created_by": null,
                  "updated_at": "2026-08-12T08:00:00.000Z",
                  "updated_by": null,
                  "pipeline": {"id": "9d1d1e9c-5e8f-4f9a-9b0c-1a2b3c4d5e6f", "slug": "my-pipeline", "url": "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline"}
                }
                """)
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              PipelineTrigger trigger = (PipelineTrigger) response.value();
              assertThat(trigger.enabled()).contains(false);
              assertThat(trigger.verification()).isEmpty();
              assertThat(trigger.build().map(build -> build.environmentVariables())).contains(List.of());
              assertThat(trigger.createdBy()).isEmpty();
            }),

        Scenario.of("deletePipelineTrigger")
            .run(c -> c.pipelineTriggers().deletePipelineTrigger(ORG, PIPELINE, TRIGGER))
            .path(TRIGGERS + "/" + TRIGGER)
            .respond(204, null)
            .returnsNothing()
    );
  }

  private static List<Scenario> deliveries() {
    return List.of(
        Scenario.of("listPipelineTriggerDeliveries")
            .call(c -> c.pipelineTriggerDeliveries().listPipelineTriggerDeliveries(ORG, PIPELINE, DELIVERY_TRIGGER))
            .path(DELIVERIES)
            .respondExample(200, "pipeline-trigger-deliveries-list.json")
            .checkPage(PipelineTriggerDelivery.class, page -> {
              assertThat(page.items()).hasSize(1);
              PipelineTriggerDelivery delivery = page.items().get(0);
              assertThat(delivery.id()).isEqualTo(DELIVERY);
              assertThat(delivery.status()).contains(PipelineTriggerDeliveryStatus.BUILD_CREATED);
              assertThat(delivery.reason()).isEmpty();
              assertThat(delivery.externalId()).contains("72d3529e-0135-11e8-9bf8-9df34a9db3a0");
              assertThat(delivery.builds()).singleElement().satisfies(build -> {
                assertThat(build.number()).contains(42);
                assertThat(build.url()).contains("https://api.buildkite.com/v2/organizations/acme-inc/pipelines/my-pipeline/builds/42");
              });
              assertThat(delivery.additionalProperties()).as("every documented field is modelled").isEmpty();
              assertThat(page.hasNextPage()).isTrue();
            }),

        Scenario.of("listPipelineTriggerDeliveries").label("page size and cursors; a reason this SDK does not know")
            .call(c -> c.pipelineTriggerDeliveries().listPipelineTriggerDeliveries(ORG, PIPELINE, DELIVERY_TRIGGER,
                ListPipelineTriggerDeliveriesParams.builder()
                    .perPage(2).before("eyJpZCI6M30").build()))
            .path(DELIVERIES)
            .query("per_page", "2")
            .query("before", "eyJpZCI6M30")
            .offSpecResponse("a reason value added after this SDK, to show open enums keep it")
            .respond(200, """
                {
                  "items": [
                    {
                      "id": "0a1b2c3d-0000-4000-8000-000000000001",
                      "url": "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/triggers/9d1d1e9c-5e8f-4f9a-9b0c-1a2b3c4d5e6f/deliveries/0a1b2c3d-0000-4000-8000-000000000001",
                      "request_url": null,
                      "received_at": "2026-08-11T10:20:00.000Z",
                      "content_type": null,
                      "external_id": null,
                      "status": "not_run",
                      "reason": "rate_limited_by_sender",
                      "builds": []
                    },
                    {
                      "id": "0a1b2c3d-0000-4000-8000-000000000002",
                      "url": "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/triggers/9d1d1e9c-5e8f-4f9a-9b0c-1a2b3c4d5e6f/deliveries/0a1b2c3d-0000-4000-8000-000000000002",
                      "received_at": "2026-08-11T10:19:00.000Z",
                      "status": null,
                      "reason": null,
                      "builds": []
                    }
                  ],
                  "links": {"self": "https://api.buildkite.com/v2/organizations/my-great-org/pipelines/my-pipeline/triggers/9d1d1e9c-5e8f-4f9a-9b0c-1a2b3c4d5e6f/deliveries?per_page=2&before=eyJpZCI6M30"}
                }
                """)
            .checkPage(PipelineTriggerDelivery.class, page -> {
              PipelineTriggerDelivery notRun = page.items().get(0);
              assertThat(notRun.status()).contains(PipelineTriggerDeliveryStatus.NOT_RUN);
              assertThat(notRun.reason()).hasValueSatisfying(reason -> {
                assertThat(reason.value()).isEqualTo(PipelineTriggerDeliveryReason.Value._UNKNOWN);
                assertThat(reason.asString()).isEqualTo("rate_limited_by_sender");
              });
              assertThat(page.items().get(1).status()).as("still being processed").isEmpty();
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listPipelineTriggerDeliveries").label("after cursor")
            .call(c -> c.pipelineTriggerDeliveries().listPipelineTriggerDeliveries(ORG, PIPELINE, DELIVERY_TRIGGER,
                ListPipelineTriggerDeliveriesParams.builder().after("eyJpZCI6NH0").build()))
            .path(DELIVERIES)
            .query("after", "eyJpZCI6NH0")
            .respondExample(200, "pipeline-trigger-deliveries-list.json")
            .checkPage(PipelineTriggerDelivery.class, page ->
                assertThat(page.items()).extracting(PipelineTriggerDelivery::id).containsExactly(DELIVERY)),

        Scenario.of("getPipelineTriggerDelivery")
            .call(c -> c.pipelineTriggerDeliveries().getPipelineTriggerDelivery(ORG, PIPELINE, DELIVERY_TRIGGER, DELIVERY))
            .path(DELIVERIES + "/" + DELIVERY)
            .respondExample(200, "pipeline-trigger-deliveries-get.json")
            .check(PipelineTriggerDelivery.class, delivery -> {
              assertThat(delivery.status()).contains(PipelineTriggerDeliveryStatus.NOT_RUN);
              assertThat(delivery.reason()).contains(PipelineTriggerDeliveryReason.BRANCH_MISMATCH);
              assertThat(delivery.builds()).isEmpty();
              assertThat(delivery.receivedAt()).contains(ts("2026-08-11T10:15:32.000Z"));
              assertThat(delivery.requestUrl()).hasValueSatisfying(url -> assertThat(url).endsWith(DELIVERY + "/request"));
            }),

        Scenario.of("getPipelineTriggerDeliveryRequest")
            .call(c -> c.pipelineTriggerDeliveries().getPipelineTriggerDeliveryRequestWithResponse(ORG, PIPELINE, DELIVERY_TRIGGER, DELIVERY, RequestOptions.none()))
            .path(DELIVERIES + "/" + DELIVERY + "/request")
            .respondExample(200, "pipeline-trigger-deliveries-get-request.json")
            .responseHeader("Cache-Control", "private, no-store")
            .check(Response.class, response -> {
              assertThat(response.header("Cache-Control")).contains("private, no-store");
              PipelineTriggerDeliveryRequest request = (PipelineTriggerDeliveryRequest) response.value();
              assertThat(request.contentType()).contains("application/json");
              assertThat(request.headers()).hasSize(4);
              assertThat(request.headers().get(0).name()).isEqualTo("authorization");
              assertThat(request.headers().get(0).value()).as("withheld").isEmpty();
              assertThat(request.headers().get(0).redacted()).contains(true);
              assertThat(request.headers().get(2).value()).contains("pull_request");
              assertThat(request.payload()).hasValueSatisfying(payload -> assertThat(payload)
                  .isEqualTo(Map.of("action", "opened", "pull_request", Map.of("number", 42))));
            })
    );
  }
}
