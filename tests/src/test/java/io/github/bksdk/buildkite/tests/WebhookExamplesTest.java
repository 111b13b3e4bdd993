package io.github.bksdk.buildkite.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The webhook half of the spec: {@code x-buildkite-webhooks} lists every documented event with a schema, and each
 * documented webhook example validates against the schema of its event, or is named in the event's
 * {@code x-buildkite-example-errata} with the reason it cannot.
 *
 * <p>Webhook bodies are not responses of any operation, so the validator runs against a copy of the spec whose
 * only paths are one synthetic {@code GET /x-buildkite-webhooks/<Schema>} per body schema. Examples are read with
 * duplicate-key detection off, as two documented skeletons repeat their {@code "..."} placeholder key.
 *
 * <p>Each example is checked twice. Strictly, as published: it must pass unless an erratum is recorded, and an
 * erratum must not be recorded for an example that passes. Then for the fields it shows: with the skeleton
 * placeholders ({@code "...": "..."} members and {@code "..."} values) removed and missing required fields
 * tolerated, every field that is there must fit the schema, erratum or not; only members an erratum lists under
 * {@code unchecked} are skipped, and an erratum's {@code fragment-of} names the schema a partial example is checked
 * against.
 */
class WebhookExamplesTest {
  /** The event names Buildkite documents (rest-surface section 4.3), pipelines and package registries. */
  static final Set<String> DOCUMENTED_EVENTS = Set.of("ping", "build.scheduled", "build.running",
      "build.failing", "build.finished", "build.skipped", "job.scheduled", "job.started", "job.finished",
      "job.activated", "job.promised_exit_status", "agent.connected", "agent.lost", "agent.disconnected",
      "agent.stopping", "agent.stopped", "agent.blocked", "cluster_token.registration_blocked", "package.created");

  /** The documented examples that repeat a key inside one object. */
  private static final Set<String> WITH_DUPLICATE_KEYS =
      Set.of("webhook-build-finished.json", "webhook-job-finished-retried.json");

  private static final String PLACEHOLDER = "...";
  private static final String REQUIRED = "validation.response.body.schema.required";

  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
      .createForInlineApiSpecification(syntheticSpec())
      .withLevelResolver(LevelResolver.create()
          // as in DocumentedExamplesTest: Buildkite sends some timestamps as "2013-09-03 13:24:38 UTC"
          .withLevel("validation.response.body.schema.format.date-time", ValidationReport.Level.IGNORE)
          .build())
      .build();

  /** One example of one event. */
  record Case(SpecDocument.Webhook webhook, String file) {
    @Override
    public String toString() {
      return webhook.event() + " " + file;
    }
  }

  static Stream<Arguments> cases() {
    return SpecDocument.load().webhooks().stream()
        .flatMap(w -> w.examples().stream().map(file -> Arguments.of(new Case(w, file))));
  }

  @Test
  void everyDocumentedEventIsListedWithASchemaAndADescription() {
    List<SpecDocument.Webhook> webhooks = SpecDocument.load().webhooks();
    assertThat(webhooks).extracting(SpecDocument.Webhook::event).containsExactlyInAnyOrderElementsOf(DOCUMENTED_EVENTS);
    JsonNode schemas = SpecDocument.load().root().path("components").path("schemas");
    for (SpecDocument.Webhook webhook : webhooks) {
      assertThat(schemas.has(webhook.schema())).as("schema of %s exists", webhook.event()).isTrue();
      assertThat(webhook.node().path("description").asText()).as("description of %s", webhook.event()).isNotBlank();
    }
  }

  @Test
  void everyErratumNamesAnExampleOfItsEventAndGivesAReason() {
    for (SpecDocument.Webhook webhook : SpecDocument.load().webhooks()) {
      assertThat(webhook.examples()).as("errata of %s", webhook.event()).containsAll(webhook.errata().keySet());
      webhook.errata().forEach((file, erratum) ->
          assertThat(erratum.path("reason").asText()).as("reason for %s", file).isNotBlank());
    }
  }

  @Test
  void everyWebhookExampleFileIsReferencedOnceAndExists() {
    List<String> referenced = SpecDocument.load().webhooks().stream()
        .flatMap(w -> w.examples().stream()).toList();
    assertThat(referenced).doesNotHaveDuplicates().allSatisfy(file ->
        assertThat(SpecDocument.examplesDir().resolve(file)).isRegularFile());
  }

  @Test
  void theDuplicateKeysInTheSkeletonsAreExactlyTheDocumentedOnes() {
    Set<String> withDuplicates = new TreeSet<>();
    for (String file : SpecDocument.load().webhooks().stream().flatMap(w -> w.examples().stream()).toList()) {
      try {
        STRICT.readTree(SpecDocument.example(file));
      } catch (JsonProcessingException e) {
        assertThat(e.getOriginalMessage()).contains("Duplicate field");
        withDuplicates.add(file);
      }
    }
    assertThat(withDuplicates).isEqualTo(new TreeSet<>(WITH_DUPLICATE_KEYS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void exampleAsPublishedValidatesOrHasAnErratum(Case c) throws Exception {
    JsonNode example = LENIENT.readTree(SpecDocument.example(c.file()));
    List<String> problems = new ArrayList<>(validate(schemaOf(c), example, false));
    if (fragmentOf(c) == null && !c.webhook().event().equals(example.path("event").asText())) {
      problems.add("event is '" + example.path("event").asText() + "', not '" + c.webhook().event() + "'");
    }

    String erratum = c.webhook().erratum(c.file());
    if (erratum != null) {
      assertThat(erratum).as("reason recorded for %s", c.file()).isNotBlank();
      assertThat(problems).as("%s has an erratum but validates; remove the erratum", c.file()).isNotEmpty();
    } else {
      assertThat(problems).as("%s does not match %s", c.file(), schemaOf(c)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyFieldAnExampleShowsFitsTheSchema(Case c) throws Exception {
    JsonNode shown = withoutPlaceholders(LENIENT.readTree(SpecDocument.example(c.file())));
    JsonNode erratum = c.webhook().errata().get(c.file());
    if (erratum != null) {
      for (JsonNode pointer : erratum.path("unchecked")) {
        assertThat(remove(shown, pointer.asText())).as("unchecked %s exists in %s", pointer, c.file()).isTrue();
      }
    }
    assertThat(validate(schemaOf(c), shown, true)).as("fields shown in %s", c.file()).isEmpty();
  }

  @Test
  void theValidatorRejectsAWebhookBodyThatBreaksTheSchema() throws Exception {
    JsonNode body = LENIENT.readTree("{\"event\":\"build.finished\",\"build\":{\"id\":\"b\",\"url\":\"u\","
        + "\"number\":\"forty-two\",\"state\":\"passed\"},\"pipeline\":{\"id\":\"p\",\"url\":\"u\",\"name\":\"n\","
        + "\"slug\":\"s\"},\"sender\":{\"id\":\"s\",\"name\":\"n\"}}");

    assertThat(validate("BuildWebhookEvent", body, true)).anySatisfy(p -> assertThat(p).contains("number"));
    assertThat(validate("BuildWebhookEvent", LENIENT.readTree("{\"event\":\"build.finished\"}"), false))
        .anySatisfy(p -> assertThat(p).contains("build"));
  }

  @Test
  void placeholdersAreRemovedAtEveryDepth() throws Exception {
    JsonNode stripped = withoutPlaceholders(LENIENT.readTree(
        "{\"a\":{\"...\":\"...\",\"b\":\"...\",\"c\":[{\"...\":\"...\",\"d\":1}]},\"e\":\"x\"}"));

    assertThat(stripped.toString()).isEqualTo("{\"a\":{\"c\":[{\"d\":1}]},\"e\":\"x\"}");
  }

  /** The schema an example is checked against: its event's, or the one its erratum says it is a fragment of. */
  private static String schemaOf(Case c) {
    String fragmentOf = fragmentOf(c);
    return fragmentOf != null ? fragmentOf : c.webhook().schema();
  }

  private static String fragmentOf(Case c) {
    JsonNode erratum = c.webhook().errata().get(c.file());
    return erratum == null || !erratum.hasNonNull("fragment-of") ? null : erratum.get("fragment-of").asText();
  }

  /** Validation errors of a body against a component schema; {@code shownOnly} tolerates missing required fields. */
  private static List<String> validate(String schema, JsonNode body, boolean shownOnly) {
    if (!SpecDocument.load().root().path("components").path("schemas").has(schema)) {
      throw new IllegalArgumentException("no schema " + schema);
    }
    ValidationReport report = VALIDATOR.validateResponse("/x-buildkite-webhooks/" + schema, Request.Method.GET,
        SimpleResponse.Builder.status(200).withContentType("application/json").withBody(body.toString()).build());
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .filter(m -> !(shownOnly && m.getKey().equals(REQUIRED)))
        .map(m -> m.getKey() + ": " + m.getMessage())
        .collect(Collectors.toList());
  }

  /** Removes the member a JSON pointer names; returns whether it was there. */
  private static boolean remove(JsonNode root, String pointer) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String name = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    return parent instanceof ObjectNode object && object.remove(name) != null;
  }

  /** Removes skeleton placeholders: {@code "...": "..."} members and members or items whose value is "...". */
  private static JsonNode withoutPlaceholders(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getKey().equals(PLACEHOLDER) || PLACEHOLDER.equals(field.getValue().textValue())) {
          fields.remove();
        } else {
          strip(field.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = array.size() - 1; i >= 0; i--) {
        if (PLACEHOLDER.equals(array.get(i).textValue())) {
          array.remove(i);
        } else {
          strip(array.get(i));
        }
      }
    }
  }

  /** The spec with its paths replaced by one GET per component schema that answers 200 with that schema. */
  private static String syntheticSpec() {
    ObjectNode root = SpecDocument.load().root().deepCopy();
    root.remove("x-buildkite-webhooks");
    ObjectNode paths = root.putObject("paths");
    root.path("components").path("schemas").fieldNames().forEachRemaining(schema -> {
      ObjectNode get = paths.putObject("/x-buildkite-webhooks/" + schema).putObject("get");
      get.put("operationId", "webhook" + schema);
      get.putArray("security");
      get.putObject("responses").putObject("200").put("description", "The body.").putObject("content")
          .putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/" + schema);
    });
    return root.toString();
  }
}
