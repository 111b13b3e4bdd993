package io.github.bksdk.buildkite.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The house rules of spec/CONVENTIONS.md that a generic OpenAPI validator cannot check. Each rule collects every
 * offender, so one run names them all.
 */
class SpecLintTest {
  private static final Set<String> SCOPES_WITHOUT_TOKEN_SCOPE = Set.of("none", "no-auth");
  private static final Set<String> PAGINATION = Set.of("page", "cursor", "none");
  private static final Pattern CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");
  private static final Pattern REF = Pattern.compile("#/components/schemas/([A-Za-z0-9_]+)");
  /** Where an operation is known from: a Buildkite docs page, or the official client with the reason. */
  private static final Pattern SOURCE = Pattern.compile("https://buildkite\\.com/docs/\\S+|client-only: \\S.*",
      Pattern.DOTALL);

  private final SpecDocument spec = SpecDocument.load();

  private List<String> offenders(java.util.function.Predicate<SpecDocument.Operation> broken) {
    return spec.operations().values().stream().filter(broken).map(SpecDocument.Operation::id).toList();
  }

  @Test
  void everyOperationHasAnIdTagSummaryAndDescription() {
    assertThat(offenders(op -> op.id().isBlank())).as("operations without operationId").isEmpty();
    assertThat(offenders(op -> !CAMEL.matcher(op.id()).matches())).as("operationIds not in lowerCamelCase").isEmpty();
    assertThat(offenders(op -> op.node().path("tags").size() != 1)).as("operations without exactly one tag").isEmpty();
    assertThat(offenders(op -> op.node().path("summary").asText().isBlank())).as("operations without summary").isEmpty();
    assertThat(offenders(op -> op.node().path("description").asText().isBlank())).as("without description").isEmpty();
  }

  @Test
  void operationIdsAreUnique() {
    List<String> ids = new ArrayList<>();
    spec.root().path("paths").forEach(item -> item.forEach(op -> {
      if (op.has("operationId")) {
        ids.add(op.get("operationId").asText());
      }
    }));
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void everyOperationStatesItsScopeAndPagination() {
    assertThat(offenders(op -> op.node().path("x-buildkite-scope").asText().isBlank()))
        .as("operations without x-buildkite-scope").isEmpty();
    assertThat(offenders(op -> {
      String scope = op.node().path("x-buildkite-scope").asText();
      return !SCOPES_WITHOUT_TOKEN_SCOPE.contains(scope) && !scope.matches("[a-z_]+( [a-z_]+)*");
    })).as("malformed scopes").isEmpty();
    assertThat(offenders(op -> !PAGINATION.contains(op.node().path("x-buildkite-pagination").asText())))
        .as("operations without a valid x-buildkite-pagination").isEmpty();
    assertThat(offenders(op -> op.node().path("x-buildkite-pagination").asText().equals("cursor")
        != op.node().has("x-buildkite-cursor-item"))).as("cursor pagination and x-buildkite-cursor-item disagree").isEmpty();
    assertThat(offenders(op -> "no-auth".equals(op.node().path("x-buildkite-scope").asText())
        != (op.node().has("security") && op.node().get("security").isEmpty())))
        .as("no-auth operations must say security: [] (and only they)").isEmpty();
  }

  @Test
  void provenanceExtensionsAreWellFormed() {
    assertThat(offenders(op -> op.node().has("x-buildkite-source")
        && !SOURCE.matcher(op.node().get("x-buildkite-source").asText()).matches()))
        .as("x-buildkite-source that is neither a docs URL nor 'client-only: <reason>'").isEmpty();
    assertThat(offenders(op -> op.node().has("x-buildkite-preview")
        && !op.node().get("x-buildkite-preview").equals(BooleanNode.TRUE)))
        .as("x-buildkite-preview other than true (leave it out instead)").isEmpty();
  }

  @Test
  void everyOperationDocumentsASuccess() {
    // a 2xx (or the 302 of a redirecting download) that either has a body schema or explicitly has no body
    assertThat(offenders(op -> {
      for (Map.Entry<String, JsonNode> response : (Iterable<Map.Entry<String, JsonNode>>) () -> op.node().path("responses").fields()) {
        JsonNode resolved = resolve(response.getValue());
        boolean success = response.getKey().startsWith("2") || response.getKey().equals("302");
        boolean schemaOrNoBody = !resolved.has("content") || resolved.path("content").elements().next().has("schema");
        if (success && schemaOrNoBody) {
          return false;
        }
      }
      return true;
    })).as("operations without a documented success response").isEmpty();
  }

  @Test
  void authenticatedOperationsDocumentTheCommonErrors() {
    assertThat(offenders(op -> !"no-auth".equals(op.node().path("x-buildkite-scope").asText())
        && !(op.node().path("responses").has("401") && op.node().path("responses").has("429"))))
        .as("authenticated operations missing 401 or 429").isEmpty();
  }

  @Test
  void pathParametersComeFirstAndEnumsAreComponents() {
    assertThat(offenders(op -> {
      boolean seenOther = false;
      for (JsonNode p : op.node().path("parameters")) {
        boolean path = "path".equals(resolve(p).path("in").asText());
        if (path && seenOther) {
          return true;
        }
        seenOther |= !path;
      }
      return false;
    })).as("operations declaring a path parameter after another kind").isEmpty();
    List<String> inline = new ArrayList<>();
    findInlineEnums(spec.root().path("paths"), "paths", inline);
    spec.root().path("components").path("schemas").fields().forEachRemaining(schema ->
        schema.getValue().path("properties").fields().forEachRemaining(prop -> findInlineEnums(prop.getValue(),
            schema.getKey() + "." + prop.getKey(), inline)));
    assertThat(inline).as("inline enums (make them component schemas)").isEmpty();
    // OAS 3.0.3: `nullable` does not let null into an enum, so a nullable enum lists null, and only a nullable one.
    List<String> nullDisagrees = new ArrayList<>();
    spec.root().path("components").path("schemas").fields().forEachRemaining(schema -> {
      JsonNode values = schema.getValue().get("enum");
      if (values != null) {
        boolean listsNull = false;
        for (JsonNode v : values) {
          listsNull |= v.isNull();
        }
        if (listsNull != schema.getValue().path("nullable").asBoolean(false)) {
          nullDisagrees.add(schema.getKey());
        }
      }
    });
    assertThat(nullDisagrees).as("enums whose `nullable` and listed null disagree").isEmpty();
  }

  @Test
  void everySchemaIsUsed() {
    String document = spec.root().toString();
    Set<String> referenced = new HashSet<>();
    Matcher m = REF.matcher(document);
    while (m.find()) {
      referenced.add(m.group(1));
    }
    Set<String> unused = new TreeSet<>();
    spec.root().path("components").path("schemas").fieldNames().forEachRemaining(name -> {
      if (!referenced.contains(name)) {
        unused.add(name);
      }
    });
    assertThat(unused).as("schemas nothing refers to").isEmpty();
  }

  private void findInlineEnums(JsonNode node, String where, List<String> out) {
    if (node.isObject()) {
      if (node.has("enum") && !node.has("$ref")) {
        out.add(where);
      }
      node.fields().forEachRemaining(e -> findInlineEnums(e.getValue(), where + "." + e.getKey(), out));
    } else if (node.isArray()) {
      node.forEach(e -> findInlineEnums(e, where, out));
    }
  }

  private JsonNode resolve(JsonNode node) {
    return node.has("$ref") ? spec.root().at(node.get("$ref").asText().substring(1)) : node;
  }
}
