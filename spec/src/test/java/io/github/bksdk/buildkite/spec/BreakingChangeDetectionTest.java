package io.github.bksdk.buildkite.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bksdk.buildkite.spec.BreakingChanges.Change;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check catches each kind of break: every test copies the current spec to a temp dir, mutates the copy, and
 * compares. The targets (which operation, schema, enum) are picked from whatever the spec contains.
 */
class BreakingChangeDetectionTest {
  @TempDir
  Path dir;

  private final ObjectNode spec = Specs.source();

  private Path save(String name, JsonNode document) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, SpecBundler.toYaml(document));
    return file;
  }

  private List<Change> changesAfter(Consumer<ObjectNode> mutation) throws IOException {
    ObjectNode copy = spec.deepCopy();
    mutation.accept(copy);
    return BreakingChanges.find(save("baseline.yaml", spec), save("changed.yaml", copy));
  }

  private BreakingChanges.Result checkAfter(Consumer<ObjectNode> mutation, String acknowledgements) throws IOException {
    ObjectNode copy = spec.deepCopy();
    mutation.accept(copy);
    Path acks = dir.resolve("acks.yaml");
    Files.writeString(acks, acknowledgements);
    return BreakingChanges.check(save("baseline.yaml", spec), save("changed.yaml", copy), acks);
  }

  /** The first operation, as [path, method, operationId]. */
  private String[] firstOperation() {
    String key = Specs.operations(spec).keySet().iterator().next();
    String method = key.substring(0, key.indexOf(' ')).toLowerCase(Locale.ROOT);
    String path = key.substring(key.indexOf(' ') + 1);
    return new String[] {path, method, spec.path("paths").path(path).path(method).path("operationId").asText()};
  }

  /** A component schema with properties that some operation returns directly (its 2xx JSON body is a $ref to it). */
  private String returnedSchemaWithProperties() {
    for (JsonNode op : Specs.operations(spec).values()) {
      for (Map.Entry<String, JsonNode> r : (Iterable<Map.Entry<String, JsonNode>>) () -> op.path("responses").fields()) {
        String ref = r.getValue().at("/content/application~1json/schema/$ref").asText();
        if (r.getKey().startsWith("2") && ref.startsWith("#/components/schemas/")) {
          String name = ref.substring(ref.lastIndexOf('/') + 1);
          if (spec.at("/components/schemas/" + name + "/properties").size() > 0) {
            return name;
          }
        }
      }
    }
    throw new IllegalStateException("no operation returns a component schema with properties");
  }

  /** A component enum with at least two values that something refers to. */
  private Optional<String> referencedEnum() {
    String text = spec.toString();
    for (Map.Entry<String, JsonNode> s : (Iterable<Map.Entry<String, JsonNode>>) () -> spec.at("/components/schemas").fields()) {
      if (s.getValue().path("enum").size() >= 2 && text.contains("\"#/components/schemas/" + s.getKey() + "\"")) {
        return Optional.of(s.getKey());
      }
    }
    return Optional.empty();
  }

  @Test
  void theUnchangedSpecHasNoBreakingChange() throws IOException {
    assertThat(BreakingChanges.find(Specs.spec(), Specs.spec())).isEmpty();
  }

  @Test
  void catchesARemovedOperation() throws IOException {
    String[] op = firstOperation();
    List<Change> changes = changesAfter(s -> ((ObjectNode) s.path("paths").path(op[0])).remove(op[1]));
    assertThat(changes).anySatisfy(c -> {
      assertThat(c.operation()).isEqualTo(op[2]);
      assertThat(c.change()).startsWith("operation removed");
    });
  }

  @Test
  void catchesARemovedResponseField() throws IOException {
    String schema = returnedSchemaWithProperties();
    ObjectNode properties = (ObjectNode) spec.at("/components/schemas/" + schema + "/properties");
    String field = properties.fieldNames().next();
    List<Change> changes = changesAfter(s -> {
      ((ObjectNode) s.at("/components/schemas/" + schema + "/properties")).remove(field);
      JsonNode required = s.at("/components/schemas/" + schema + "/required");
      if (required instanceof ArrayNode list) {
        for (int i = list.size() - 1; i >= 0; i--) {
          if (list.get(i).asText().equals(field)) {
            list.remove(i);
          }
        }
      }
    });
    assertThat(changes).isNotEmpty().anySatisfy(c -> {
      assertThat(c.schema()).isEqualTo(schema);
      assertThat(c.change()).isEqualTo(schema + ": property '" + field + "' removed");
    });
  }

  @Test
  void catchesANewRequiredParameter() throws IOException {
    String[] op = firstOperation();
    List<Change> changes = changesAfter(s -> {
      ObjectNode operation = (ObjectNode) s.path("paths").path(op[0]).path(op[1]);
      ArrayNode parameters = operation.has("parameters") ? (ArrayNode) operation.get("parameters")
          : operation.putArray("parameters");
      parameters.addObject().put("name", "x_new_filter").put("in", "query").put("required", true)
          .putObject("schema").put("type", "string");
    });
    assertThat(changes).contains(new Change(op[2], null, "query parameter x_new_filter: new required parameter"));
  }

  @Test
  void catchesANarrowedEnum() throws IOException {
    Optional<String> found = referencedEnum();
    assertThat(found).as("the spec has a referenced enum").isPresent();
    String name = found.get();
    ArrayNode values = (ArrayNode) spec.at("/components/schemas/" + name + "/enum");
    String removed = values.get(values.size() - 1).asText();
    List<Change> changes = changesAfter(s -> {
      ArrayNode list = (ArrayNode) s.at("/components/schemas/" + name + "/enum");
      list.remove(list.size() - 1);
    });
    assertThat(changes).isNotEmpty().anySatisfy(c -> {
      assertThat(c.schema()).isEqualTo(name);
      assertThat(c.change()).isEqualTo(name + ": enum value '" + removed + "' removed");
    });
  }

  @Test
  void catchesARemovedWebhookEvent() throws IOException {
    assertThat(spec.path(SpecBundler.WEBHOOKS).size()).isPositive();
    String event = spec.path(SpecBundler.WEBHOOKS).fieldNames().next();
    List<Change> changes = changesAfter(s -> ((ObjectNode) s.get(SpecBundler.WEBHOOKS)).remove(event));
    assertThat(changes).contains(new Change("webhook " + event, null, "webhook event removed"));
  }

  @Test
  void additionsAreNotBreaking() throws IOException {
    String[] op = firstOperation();
    Optional<String> anEnum = referencedEnum();
    List<Change> changes = changesAfter(s -> {
      ObjectNode operation = (ObjectNode) s.path("paths").path(op[0]).path(op[1]);
      ArrayNode parameters = operation.has("parameters") ? (ArrayNode) operation.get("parameters")
          : operation.putArray("parameters");
      parameters.addObject().put("name", "x_optional").put("in", "query").putObject("schema").put("type", "string");
      ObjectNode added = ((ObjectNode) s.path("paths")).putObject("/v2/x-new-endpoint").putObject("get");
      added.put("operationId", "getXNewEndpoint").putObject("responses").putObject("204").put("description", "none");
      anEnum.ifPresent(e -> ((ArrayNode) s.at("/components/schemas/" + e + "/enum")).add("x_new_value"));
      String schema = returnedSchemaWithProperties();
      ((ObjectNode) s.at("/components/schemas/" + schema + "/properties")).putObject("x_new_field").put("type", "string");
    });
    assertThat(changes).as("adding an optional parameter, an operation, a response field, an enum value").isEmpty();
  }

  @Test
  void anAcknowledgedBreakPasses() throws IOException {
    String schema = returnedSchemaWithProperties();
    String field = spec.at("/components/schemas/" + schema + "/properties").fieldNames().next();
    String[] op = firstOperation();
    Consumer<ObjectNode> breakBoth = s -> {
      ((ObjectNode) s.at("/components/schemas/" + schema + "/properties")).remove(field);
      if (s.at("/components/schemas/" + schema + "/required") instanceof ArrayNode list) {
        for (int i = list.size() - 1; i >= 0; i--) {
          if (list.get(i).asText().equals(field)) {
            list.remove(i);
          }
        }
      }
      ((ObjectNode) s.path("paths").path(op[0])).remove(op[1]);
    };

    BreakingChanges.Result unacknowledged = checkAfter(breakBoth, "acknowledged: []\n");
    assertThat(unacknowledged.passes()).isFalse();
    assertThat(unacknowledged.report()).contains("schema: " + schema).contains("operation: \"" + op[2] + "\"");

    String removedOp = unacknowledged.unacknowledged().stream().filter(c -> c.operation().equals(op[2])
        && c.change().startsWith("operation removed")).findFirst().orElseThrow().change();
    BreakingChanges.Result acknowledged = checkAfter(breakBoth, """
        acknowledged:
          - schema: %s
            change: "%s: property '%s' removed"
            reason: Buildkite no longer sends it.
          - operation: "%s %s"
            change: "%s"
            reason: Buildkite removed the endpoint.
        """.formatted(schema, schema, field, op[1].toUpperCase(Locale.ROOT), op[0], removedOp));
    assertThat(acknowledged.unacknowledged()).isEmpty();
    assertThat(acknowledged.acknowledged()).isNotEmpty();
    assertThat(acknowledged.passes()).isTrue();
  }

  @Test
  void staleOrIncompleteAcknowledgementsFail() throws IOException {
    BreakingChanges.Result stale = checkAfter(s -> { }, """
        acknowledged:
          - schema: Nothing
            change: "Nothing: property 'x' removed"
            reason: left over from the last release
        """);
    assertThat(stale.passes()).isFalse();
    assertThat(stale.unused()).hasSize(1);

    BreakingChanges.Result incomplete = checkAfter(s -> { }, """
        acknowledged:
          - schema: Build
            change: "Build: property 'x' removed"
        """);
    assertThat(incomplete.passes()).isFalse();
    assertThat(incomplete.invalid()).singleElement().asString().contains("reason");
  }
}
