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
      spec = YAML.readTree(SPEC_DIR.resolve("openapi.yaml").toFile());
    }
    return spec;
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
