package io.github.bksdk.buildkite.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bksdk.buildkite.internal.Json;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobRetrySource;
import io.github.bksdk.buildkite.model.JobRetryType;
import io.github.bksdk.buildkite.model.JobState;
import io.github.bksdk.buildkite.model.JobType;
import io.github.bksdk.buildkite.model.User;
import io.github.bksdk.buildkite.model.WebhookPackage;
import io.github.bksdk.buildkite.webhooks.AgentEvent;
import io.github.bksdk.buildkite.webhooks.BuildEvent;
import io.github.bksdk.buildkite.webhooks.ClusterTokenRegistrationBlockedEvent;
import io.github.bksdk.buildkite.webhooks.JobEvent;
import io.github.bksdk.buildkite.webhooks.PackageCreatedEvent;
import io.github.bksdk.buildkite.webhooks.PingEvent;
import io.github.bksdk.buildkite.webhooks.UnknownEvent;
import io.github.bksdk.buildkite.webhooks.WebhookEvent;
import io.github.bksdk.buildkite.webhooks.WebhookEvents;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoding webhook bodies into typed events: every documented example, unknown events and broken bodies. */
class WebhookEventsTest {
  private static final String SENDER_ID = "8a7693f8-dbae-4783-9137-84090fce9045";

  private static WebhookEvent parseExample(String file) {
    return WebhookEvents.parse(SpecDocument.example(file).getBytes(UTF_8));
  }

  private static WebhookEvent parse(String json) {
    return WebhookEvents.parse(json.getBytes(UTF_8));
  }

  /** Every documented full payload, with the type and name it must decode to. */
  static Stream<Arguments> documentedPayloads() {
    return Stream.of(
        Arguments.of("webhook-ping.json", PingEvent.class, "ping"),
        Arguments.of("webhook-build-scheduled.json", BuildEvent.class, "build.scheduled"),
        Arguments.of("webhook-build-finished.json", BuildEvent.class, "build.finished"),
        Arguments.of("webhook-build-finished-trigger-step.json", BuildEvent.class, "build.finished"),
        Arguments.of("webhook-job-started.json", JobEvent.class, "job.started"),
        Arguments.of("webhook-job-finished-trigger.json", JobEvent.class, "job.finished"),
        Arguments.of("webhook-job-finished-retried.json", JobEvent.class, "job.finished"),
        Arguments.of("webhook-job-promised-exit-status.json", JobEvent.class, "job.promised_exit_status"),
        Arguments.of("webhook-agent-connected.json", AgentEvent.class, "agent.connected"),
        Arguments.of("webhook-agent-blocked.json", AgentEvent.class, "agent.blocked"),
        Arguments.of("webhook-cluster-token-registration-blocked.json", ClusterTokenRegistrationBlockedEvent.class,
            "cluster_token.registration_blocked"),
        Arguments.of("webhook-package-created.json", PackageCreatedEvent.class, "package.created"),
        // the overview's generic illustration uses a name Buildkite never sends
        Arguments.of("webhook-generic-example.json", UnknownEvent.class, "build.started"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedPayloads")
  void everyDocumentedPayloadDecodesToItsEventType(String file, Class<?> type, String name) {
    WebhookEvent event = parseExample(file);

    assertThat(event).isInstanceOf(type);
    assertThat(event.name()).isEqualTo(name);
  }

  @Test
  void theTableAboveCoversEveryFullWebhookExampleOfTheSpec() {
    long full = SpecDocument.load().webhooks().stream().flatMap(w -> w.examples().stream())
        .filter(file -> !file.contains("fragment")).count();
    assertThat(documentedPayloads().count()).isEqualTo(full);
  }

  @Test
  void eachSpecEventDecodesIntoTheModelOfItsSchema() throws Exception {
    for (SpecDocument.Webhook webhook : SpecDocument.load().webhooks()) {
      ObjectNode body = Json.mapper().createObjectNode().put("event", webhook.event());
      WebhookEvent event = WebhookEvents.parse(Json.mapper().writeValueAsBytes(body));
      Object payload = event.getClass().getMethod("payload").invoke(event);
      assertThat(payload.getClass().getSimpleName()).as(webhook.event()).isEqualTo(webhook.schema());
      assertThat(event.name()).isEqualTo(webhook.event());
    }
  }

  @Test
  void ping() {
    PingEvent ping = (PingEvent) parseExample("webhook-ping.json");

    assertThat(ping.payload().event()).isEqualTo("ping");
    assertThat(ping.payload().service().id()).isEqualTo("49801950-1df0-474f-bb56-ad6a930c5cb9");
    assertThat(ping.payload().service().provider()).isEqualTo("webhook");
    assertThat(ping.payload().service().settings().orElseThrow().url()).contains("https://server.com/webhook");
    assertThat(ping.payload().organization().additionalProperties()).containsKey("...");
    assertThat(ping.payload().sender().id()).isEqualTo(SENDER_ID);
    assertThat(ping.payload().sender().name()).isEqualTo("Some Person");
  }

  @Test
  void blockedBuildFinished() {
    // this example repeats the "..." key inside build: it must parse, with the last value kept
    BuildEvent event = (BuildEvent) parseExample("webhook-build-finished.json");
    Build build = event.payload().build();

    assertThat(build.blocked()).contains(true);
    assertThat(build.additionalProperties()).containsOnlyKeys("...");
    assertThat(event.payload().sender().id()).isEqualTo("0adfbc27-5f72-4a91-bf61-5693da0dd9c5");
  }

  @Test
  void buildWithATriggerStepKeepsItsSteps() {
    BuildEvent event = (BuildEvent) parseExample("webhook-build-finished-trigger-step.json");

    JsonNode steps = event.payload().build().additionalProperties().get("steps");
    assertThat(steps.get(0).path("type").asText()).isEqualTo("trigger");
    assertThat(steps.get(0).path("async").asBoolean()).isTrue();
  }

  @Test
  void triggerJobFinished() {
    Job job = ((JobEvent) parseExample("webhook-job-finished-trigger.json")).payload().job().orElseThrow();

    assertThat(job.type()).isEqualTo(JobType.TRIGGER);
    assertThat(job.async()).contains(true);
    assertThat(job.state().map(JobState::isKnown)).as("the skeleton's \"...\" state is kept raw").contains(false);
    assertThat(job.state().map(JobState::asString)).contains("...");
  }

  @Test
  void retriedJobFinished() {
    JobEvent event = (JobEvent) parseExample("webhook-job-finished-retried.json");
    JobRetrySource source = event.payload().job().orElseThrow().retrySource().orElseThrow();

    assertThat(source.jobId()).contains("01234567-89ab-cdef-0123-456789abcdef");
    assertThat(source.retryType()).contains(JobRetryType.MANUAL);
    User by = source.retriedBy().orElseThrow();
    assertThat(by.name()).contains("Some Person");
    assertThat(by.email()).contains("some-person@example.com");
  }

  @Test
  void automaticRetrySourceFragment() throws Exception {
    Job fragment = Json.mapper().readValue(SpecDocument.example("webhook-job-retry-source-automatic-fragment.json"),
        Job.class);

    JobRetrySource source = fragment.retrySource().orElseThrow();
    assertThat(source.retryType()).contains(JobRetryType.AUTOMATIC);
    assertThat(source.retriedBy()).isEmpty();
  }

  @Test
  void promisedExitStatus() {
    JobEvent event = (JobEvent) parseExample("webhook-job-promised-exit-status.json");
    Job job = event.payload().job().orElseThrow();

    assertThat(job.id()).isEqualTo("01234567-89ab-cdef-0123-456789abcdef");
    assertThat(job.state()).contains(JobState.RUNNING);
    assertThat(job.promisedExitStatus()).contains(1);
    assertThat(job.promisedExitStatusAt())
        .contains(OffsetDateTime.of(2026, 6, 3, 4, 15, 41, 618_000_000, ZoneOffset.UTC));
    assertThat(event.payload().promisedExitStatusReason()).contains("test_failure (2 failed after retries)");
  }

  @Test
  void jobStarted() {
    JobEvent event = (JobEvent) parseExample("webhook-job-started.json");

    assertThat(event.payload().job()).isPresent();
    assertThat(event.payload().promisedExitStatusReason()).isEmpty();
    assertThat(event.payload().sender().name()).isEqualTo("Some Person");
  }

  @Test
  void agentEvents() {
    AgentEvent connected = (AgentEvent) parseExample("webhook-agent-connected.json");
    AgentEvent blocked = (AgentEvent) parseExample("webhook-agent-blocked.json");

    assertThat(connected.payload().agent()).isPresent();
    assertThat(connected.payload().blockedIp()).isEmpty();
    assertThat(blocked.payload().blockedIp()).contains("202.188.43.20");
    assertThat(blocked.payload().clusterToken()).isNotNull();
    assertThat(blocked.payload().sender().id()).isEqualTo(SENDER_ID);
  }

  @Test
  void clusterTokenRegistrationBlocked() {
    ClusterTokenRegistrationBlockedEvent event =
        (ClusterTokenRegistrationBlockedEvent) parseExample("webhook-cluster-token-registration-blocked.json");

    assertThat(event.payload().blockedIp()).isEqualTo("202.188.43.20");
    assertThat(event.payload().clusterToken().additionalProperties()).containsKey("...");
  }

  @Test
  void packageCreated() {
    PackageCreatedEvent event = (PackageCreatedEvent) parseExample("webhook-package-created.json");
    WebhookPackage pkg = event.createdPackage();

    assertThat(pkg).isSameAs(event.payload().packageInfo());
    assertThat(pkg.id()).isEqualTo("0191e23a-4bc8-7683-bfa4-5f73bc9b7c44");
    assertThat(pkg.name()).contains("banana");
    assertThat(pkg.webUrl()).contains("https://buildkite.com/organizations/my_great_org/packages/registries/"
        + "my-registry/packages/0191e23a-4bc8-7683-bfa4-5f73bc9b7c44");
    assertThat(pkg.organization().orElseThrow().slug()).isEqualTo("my_great_org");
    assertThat(pkg.registry().orElseThrow().slug()).isEqualTo("my-registry");
    assertThat(pkg.registry().orElseThrow().graphqlId())
        .contains("UmVnaXN0cnktLS0wMTkxZTIzOC1lMGEzLTdiMGItYmIzNC1iZWVhMDAzNWEzOWQ=");
    assertThat(event.payload().sender().name()).isEqualTo("Developer");
    assertThat(pkg.additionalProperties()).isEmpty();
  }

  // ---- unknown events -----------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"workflow.alarm", "build.teleported", "agent.", "PING", "Build.Finished"})
  void anUnknownEventNameGivesTheRawJson(String name) {
    String json = "{\"event\":\"" + name + "\",\"monitor\":{\"id\":7,\"tags\":[\"a\",\"b\"]},\"sender\":null}";

    WebhookEvent event = parse(json);

    assertThat(event).isInstanceOf(UnknownEvent.class);
    UnknownEvent unknown = (UnknownEvent) event;
    assertThat(unknown.name()).isEqualTo(name);
    assertThat(unknown.raw().path("monitor").path("tags").get(1).asText()).isEqualTo("b");
    assertThat(unknown.raw().toString()).isEqualTo(json);
  }

  @Test
  void anUnknownEventCannotBeChangedThroughItsTree() {
    UnknownEvent event = (UnknownEvent) parse("{\"event\":\"workflow.alarm\",\"a\":1}");

    ((ObjectNode) event.raw()).put("a", 2);

    assertThat(event.raw().path("a").asInt()).isEqualTo(1);
  }

  @Test
  void unknownFieldsOfAKnownEventAreKept() {
    BuildEvent event = (BuildEvent) parse("{\"event\":\"build.running\",\"build\":{\"id\":\"b\",\"number\":3,"
        + "\"state\":\"running\",\"brand_new\":[1]},\"pipeline\":{\"slug\":\"app\"},\"sender\":{\"id\":\"s\"},"
        + "\"delivery\":{\"attempt\":2}}");

    assertThat(event.payload().build().number()).isEqualTo(3);
    assertThat(event.payload().build().additionalProperties()).containsKey("brand_new");
    assertThat(event.payload().additionalProperties().get("delivery").path("attempt").asInt()).isEqualTo(2);
  }

  // ---- the event name: body first, header as fallback -----------------------------------------------------------

  @Test
  void theBodysEventNameWinsOverTheHeader() {
    WebhookEvent event = WebhookEvents.parse("job.started", "{\"event\":\"build.finished\"}".getBytes(UTF_8));

    assertThat(event).isInstanceOf(BuildEvent.class);
    assertThat(event.name()).isEqualTo("build.finished");
  }

  @Test
  void theHeaderNamesTheEventWhenTheBodyDoesNot() {
    assertThat(WebhookEvents.parse("agent.lost", "{\"agent\":{\"id\":\"a\"}}".getBytes(UTF_8)))
        .isInstanceOfSatisfying(AgentEvent.class, e -> assertThat(e.name()).isEqualTo("agent.lost"));
    assertThat(WebhookEvents.parse(" ping ", "{\"event\":null}".getBytes(UTF_8))).isInstanceOf(PingEvent.class);
    assertThat(WebhookEvents.parse("workflow.alarm", "{\"event\":\"\"}".getBytes(UTF_8)))
        .isInstanceOf(UnknownEvent.class);
  }

  @Test
  void theSdkKnowsExactlyTheEventsTheSpecLists() {
    assertThat(WebhookEvents.knownEventNames())
        .containsExactlyInAnyOrderElementsOf(WebhookExamplesTest.DOCUMENTED_EVENTS)
        .containsExactlyInAnyOrderElementsOf(SpecDocument.load().webhooks().stream()
            .map(SpecDocument.Webhook::event).toList());
  }

  // ---- broken bodies ------------------------------------------------------------------------------------------

  static Stream<Arguments> brokenBodies() {
    return Stream.of(
        Arguments.of("", "empty"),
        Arguments.of("   \n", "empty"),
        Arguments.of("{", "not valid JSON"),
        Arguments.of("{\"event\":\"ping\",", "not valid JSON"),
        Arguments.of("{\"event\": hunter2-password}", "not valid JSON"),
        Arguments.of("{\"event\":\"ping\"} trailing-hunter2-password", "not valid JSON"),
        Arguments.of("{'event':'ping'}", "not valid JSON"),
        Arguments.of("[{\"event\":\"ping\"}]", "must be a JSON object, not an array"),
        Arguments.of("\"ping\"", "must be a JSON object, not a string"),
        Arguments.of("42", "must be a JSON object, not a number"),
        Arguments.of("null", "must be a JSON object, not null"),
        Arguments.of("{}", "event name is missing"),
        Arguments.of("{\"event\":\"  \"}", "event name is missing"),
        Arguments.of("{\"event\":5}", "'event' must be a string, not a number"),
        Arguments.of("{\"event\":{\"name\":\"ping\"}}", "'event' must be a string, not an object"),
        Arguments.of("{\"event\":\"build.finished\",\"build\":{\"number\":\"forty-two\"}}",
            "does not fit BuildWebhookEvent at /build/number"),
        Arguments.of("{\"event\":\"agent.connected\",\"agent\":[1,2]}", "does not fit AgentWebhookEvent at /agent"));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("brokenBodies")
  void aBrokenBodyGivesAClearExceptionThatDoesNotQuoteIt(String body, String expected) {
    assertThatThrownBy(() -> parse(body))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(expected)
        .hasMessageStartingWith("webhook ")
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("forty-two"));
  }

  @Test
  void theLocationOfASyntaxErrorIsGiven() {
    assertThatThrownBy(() -> parse("{\n  \"event\": \"ping\",\n  oops\n}"))
        .hasMessageContaining("line 3");
  }

  @Test
  void aNullBodyIsAnIllegalArgument() {
    assertThatThrownBy(() -> WebhookEvents.parse(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be null");
    assertThatThrownBy(() -> WebhookEvents.parse("ping", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eventsCompareByValue() {
    String json = SpecDocument.example("webhook-package-created.json");

    assertThat(parse(json)).isEqualTo(parse(json)).hasSameHashCodeAs(parse(json));
    assertThat(Map.of("k", parse(json)).get("k").name()).isEqualTo("package.created");
  }
}
