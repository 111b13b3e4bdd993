package io.github.bksdk.buildkite.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented example attached to a response in {@code spec/openapi.yaml} is valid under strict OpenAPI 3.0.3
 * ({@link SchemaChecker}): {@code nullable} does not let {@code null} into an {@code enum} that does not list it,
 * required fields are present, types and enum values match. Undeclared fields are valid OpenAPI and are left to the
 * drift check. Examples the spec names under {@code x-buildkite-example-errata} (with a reason) are skipped, as in the
 * lenient check of the tests module.
 */
class DocumentedExamplesStrictTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SPEC_DIR = Path.of(System.getProperty("buildkite.spec.dir", "../spec"));

  /** One example: the operation, its status, the example file and the schema it illustrates. */
  record Example(String operationId, String status, String file, JsonNode schema) {
    @Override
    public String toString() {
      return operationId + " " + status + " " + file;
    }
  }

  private static JsonNode spec;

  static synchronized JsonNode spec() throws IOException {
    if (spec == null) {
      spec = resolved(SPEC_DIR.resolve("openapi.yaml"));
    }
    return spec;
  }

  /**
   * The spec as one document: each path item and component that the root file takes from a group file
   * ({@code paths/<group>.yaml}, {@code schemas/<group>.yaml}) is read from there, with its references back into the
   * root ({@code ../openapi.yaml#/...}) made local and its example files made relative to {@code spec/}.
   */
  static JsonNode resolved(Path root) throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode document = (com.fasterxml.jackson.databind.node.ObjectNode) YAML.readTree(root.toFile());
    java.util.Map<Path, JsonNode> files = new java.util.HashMap<>();
    for (String section : List.of("paths", "components")) {
      JsonNode container = document.path(section);
      List<JsonNode> maps = section.equals("paths") ? List.of(container) : iterable(container);
      for (JsonNode map : maps) {
        if (!map.isObject()) {
          continue;
        }
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
          java.util.Map.Entry<String, JsonNode> entry = it.next();
          String ref = entry.getValue().path("$ref").asText("");
          int hash = ref.indexOf('#');
          if (ref.isEmpty() || hash <= 0) {
            continue;
          }
          Path file = root.getParent().resolve(ref.substring(0, hash)).normalize();
          JsonNode content = files.computeIfAbsent(file, f -> {
            try {
              return YAML.readTree(f.toFile());
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }).at(java.net.URLDecoder.decode(ref.substring(hash + 1).replace("+", "%2B"),
              java.nio.charset.StandardCharsets.UTF_8)).deepCopy();
          if (content.isMissingNode()) {
            throw new IllegalStateException("unresolvable reference " + ref + " in " + root);
          }
          rebase(content);
          entry.setValue(content);
        }
      }
    }
    return document;
  }

  private static List<JsonNode> iterable(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    node.forEach(out::add);
    return out;
  }

  /** Makes references into the root file local, and example files relative to {@code spec/}. */
  private static void rebase(JsonNode node) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith("../openapi.yaml#")) {
        object.put("$ref", ref.asText().substring("../openapi.yaml".length()));
      }
      JsonNode external = object.get("externalValue");
      if (external != null && external.isTextual() && external.asText().startsWith("../")) {
        object.put("externalValue", external.asText().substring(3));
      }
      object.forEach(DocumentedExamplesStrictTest::rebase);
    } else if (node != null && node.isArray()) {
      node.forEach(DocumentedExamplesStrictTest::rebase);
    }
  }

  static Stream<Arguments> examples() throws IOException {
    JsonNode document = spec();
    List<Arguments> found = new ArrayList<>();
    document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      JsonNode errata = op.getValue().path("x-buildkite-example-errata");
      op.getValue().path("responses").fields().forEachRemaining(r -> {
        JsonNode response = r.getValue().has("$ref") ? document.at(r.getValue().get("$ref").asText().substring(1)) : r.getValue();
        JsonNode media = response.path("content").path("application/json");
        media.path("examples").forEach(ex -> {
          String file = ex.path("externalValue").asText("");
          boolean tolerated = false;
          for (JsonNode e : errata) {
            tolerated |= e.path("example").asText().equals(file);
          }
          if (!file.isEmpty() && !tolerated) {
            found.add(Arguments.of(new Example(op.getValue().path("operationId").asText(), r.getKey(), file,
                media.get("schema"))));
          }
        });
      });
    }));
    return found.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void validatesUnderStrictOas303(Example example) throws IOException {
    JsonNode value = JSON.readTree(SPEC_DIR.resolve(example.file()).toFile());
    List<Finding> findings = new SchemaChecker(spec()).check(value, example.schema()).stream()
        .filter(f -> f.kind() != Finding.Kind.UNDECLARED_FIELD)
        .toList();

    assertThat(findings).as("%s under strict OAS 3.0.3", example.file()).isEmpty();
  }
}
