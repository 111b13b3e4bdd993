package io.github.bksdk.buildkite.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The bundle the build wrote (target/openapi-bundled.yaml, .json and the jar resource) against the source spec. */
class BundledSpecTest {
  private final JsonNode source = Specs.source();
  private final JsonNode bundle = Specs.read(Specs.bundle());

  @Test
  void referencesOnlyItselfAndEveryReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collect(bundle, "", "$ref", refs);
    assertThat(refs).isNotEmpty();
    assertThat(refs).as("references to other files").allMatch(r -> r.substring(r.indexOf('=') + 1).startsWith("#/"));
    assertThat(refs).as("references pointing to nothing").allMatch(r -> {
      String pointer = r.substring(r.indexOf('=') + 2).replace("%7B", "{").replace("%7D", "}");
      return !bundle.at(pointer).isMissingNode();
    });
  }

  @Test
  void noExternalValueIsLeftAndEveryDocumentedExampleIsInlined() throws IOException {
    List<String> left = new ArrayList<>();
    collect(bundle, "", "externalValue", left);
    assertThat(left).as("externalValue left in the bundle").isEmpty();

    List<String> external = new ArrayList<>();
    collect(source, "", "externalValue", external);
    assertThat(external).isNotEmpty();
    ObjectMapper json = new ObjectMapper();
    for (String found : external) {
      String where = found.substring(0, found.indexOf('='));
      String file = found.substring(found.indexOf('=') + 1);
      JsonNode example = bundle.at(where.substring(0, where.lastIndexOf('/')));
      JsonNode expected = file.endsWith(".json")
          ? json.readTree(Specs.spec().resolveSibling(file).toFile())
          : Specs.YAML.readTree(Specs.spec().resolveSibling(file).toFile());
      assertThat(example.get("value")).as("inlined %s at %s", file, where).isEqualTo(expected);
    }
  }

  @Test
  void webhookExamplesAreInlinedAndTheirFilesNamed() throws IOException {
    JsonNode sourceHooks = source.path(SpecBundler.WEBHOOKS);
    JsonNode bundledHooks = bundle.path(SpecBundler.WEBHOOKS);
    assertThat(iterable(bundledHooks.fieldNames())).containsExactlyElementsOf(iterable(sourceHooks.fieldNames()));
    ObjectMapper json = new ObjectMapper();
    for (Map.Entry<String, JsonNode> e : iterable(sourceHooks.fields())) {
      JsonNode bundled = bundledHooks.get(e.getKey());
      if (e.getValue().path("example").isTextual()) {
        String file = e.getValue().get("example").asText();
        assertThat(bundled.get("example")).as("payload of %s", e.getKey())
            .isEqualTo(json.readTree(Specs.spec().resolveSibling(file).toFile()));
        assertThat(bundled.path("x-buildkite-example-file").asText()).isEqualTo(file);
      }
      assertThat(bundled.get("schema")).isEqualTo(e.getValue().get("schema"));
    }
  }

  @Test
  void hasTheSameOperationsAndVendorExtensionsAsTheSource() {
    Map<String, JsonNode> sourceOps = Specs.operations(source);
    Map<String, JsonNode> bundledOps = Specs.operations(bundle);
    assertThat(bundledOps.keySet()).containsExactlyElementsOf(sourceOps.keySet());
    sourceOps.forEach((key, op) -> {
      assertThat(bundledOps.get(key).path("operationId")).as(key).isEqualTo(op.path("operationId"));
      assertThat(extensions(bundledOps.get(key))).as("vendor extensions of %s", key).isEqualTo(extensions(op));
    });
    assertThat(extensions(bundle)).as("top-level vendor extensions").containsOnlyKeys(extensions(source).keySet());
    source.path("components").fields().forEachRemaining(section -> assertThat(
        iterable(bundle.path("components").path(section.getKey()).fieldNames()))
        .as("components/%s keep their names", section.getKey())
        .containsExactlyElementsOf(iterable(section.getValue().fieldNames())));
  }

  @Test
  void isAValidOpenApiDocumentAndTheJsonAndJarCopiesAreTheSame() throws IOException {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIParser().readContents(Files.readString(Specs.bundle()), null, options);
    assertThat(parsed.getOpenAPI()).isNotNull();
    assertThat(parsed.getMessages()).as("swagger-parser messages").isEmpty();
    assertThat(parsed.getOpenAPI().getPaths()).hasSize(source.path("paths").size());

    Path json = Specs.bundle().resolveSibling("openapi-bundled.json");
    assertThat(new ObjectMapper().readTree(json.toFile())).isEqualTo(bundle);
    Path resource = Specs.bundle().resolveSibling("classes/io/github/bksdk/buildkite/spec/openapi.yaml");
    assertThat(resource).hasSameTextualContentAs(Specs.bundle());
    assertThat(resource.resolveSibling("source/openapi.yaml")).hasSameTextualContentAs(Specs.spec());
    for (String folder : List.of("paths", "schemas")) {
      Path dir = Specs.spec().resolveSibling(folder);
      if (Files.isDirectory(dir)) {
        try (var files = Files.list(dir)) {
          files.forEach(f -> assertThat(resource.resolveSibling("source/" + folder).resolve(f.getFileName()))
              .as("shipped copy of %s", f).hasSameTextualContentAs(f));
        }
      }
    }
  }

  @Test
  void loadsInSnakeYamlAsExactlyWhatTheJsonSays() throws IOException {
    // SnakeYAML reads YAML 1.1, like PyYAML: an unquoted timestamp, `on` or `1:30` would come back as a Date, a boolean
    // or a number and differ from the JSON twin (and an impossible timestamp would not load at all).
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(16 * 1024 * 1024);
    Object loaded = new Yaml(new SafeConstructor(options)).load(Files.readString(Specs.bundle()));
    JsonNode json = new ObjectMapper().readTree(Specs.bundle().resolveSibling("openapi-bundled.json").toFile());
    assertThat(new ObjectMapper().valueToTree(loaded).equals(json)).as("SnakeYAML's reading equals the JSON").isTrue();
  }

  @Test
  void quotesWhatYaml11WouldReadAsSomethingElse() {
    String yaml = SpecBundler.toYaml(new ObjectMapper().createObjectNode()
        .put("created_at", "2012-03-04T56:07:08.910Z").put("date", "2024-01-02").put("time", "1:30")
        .put("switch", "on").put("plain", "hello world").put("number", "1_000"));
    Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    assertThat(loaded).isEqualTo(Map.of("created_at", "2012-03-04T56:07:08.910Z", "date", "2024-01-02", "time", "1:30",
        "switch", "on", "plain", "hello world", "number", "1_000"));
    assertThat(yaml).contains("plain: hello world");
  }

  private static Map<String, JsonNode> extensions(JsonNode node) {
    Map<String, JsonNode> found = new TreeMap<>();
    node.fields().forEachRemaining(f -> {
      if (f.getKey().startsWith("x-") && !f.getKey().equals(SpecBundler.WEBHOOKS)) {
        found.put(f.getKey(), f.getValue());
      }
    });
    if (node.has(SpecBundler.WEBHOOKS)) {
      found.put(SpecBundler.WEBHOOKS, null);
    }
    return found;
  }

  /** Collects "pointer=value" for every field with this name. */
  private static void collect(JsonNode node, String pointer, String field, List<String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> {
        String child = pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1");
        if (f.getKey().equals(field) && f.getValue().isTextual()) {
          out.add(child + "=" + f.getValue().asText());
        }
        collect(f.getValue(), child, field, out);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, field, out);
      }
    }
  }

  private static <T> List<T> iterable(java.util.Iterator<T> it) {
    List<T> list = new ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }
}
