package io.github.bksdk.buildkite.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundler on small hand-made specs: what the real spec does not use yet (other files) is covered here. */
class SpecBundlerTest {
  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void resolvesReferencesToOtherFilesAndInlinesExamples() throws IOException {
    Path main = write("openapi.yaml", """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              x-buildkite-scope: read_pets
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: 'schemas/pet.yaml#/Pet'}
                      examples:
                        documented: {summary: doc, externalValue: examples/pets.json}
                        shared: {$ref: '#/components/examples/Shared'}
                        log: {externalValue: examples/log.txt}
        components:
          schemas:
            Owner: {type: object, properties: {name: {type: string}}}
          examples:
            Shared: {externalValue: examples/shared.yaml}
            Remote: {$ref: 'more/examples.yaml#/Remote'}
        x-buildkite-webhooks:
          pet.born:
            schema: {$ref: '#/components/schemas/Owner'}
            example: examples/born.json
            examples: [examples/born.json]
            x-buildkite-example-errata:
              - example: examples/born.json
                reason: kept as a file name
        """);
    write("schemas/pet.yaml", """
        Pet:
          type: object
          description: from another file
          properties:
            tag: {$ref: '#/Tag'}
            owner: {$ref: '../openapi.yaml#/components/schemas/Owner'}
        Tag: {type: string, enum: [a, b]}
        """);
    write("more/examples.yaml", "Remote: {externalValue: remote.json}\n");
    write("more/remote.json", "{\"remote\": true}");
    write("examples/pets.json", "[{\"tag\": \"a\", \"price\": 1.10}]");
    write("examples/shared.yaml", "shared: yes\n");
    write("examples/log.txt", "line 1\n");
    write("examples/born.json", "{\"name\": \"Rex\"}");

    ObjectNode bundle = new SpecBundler().bundle(main);
    JsonNode media = bundle.at("/paths/~1pets/get/responses/200/content/application~1json");
    assertThat(media.at("/schema/description").asText()).isEqualTo("from another file");
    assertThat(media.at("/schema/properties/tag/enum").toString()).isEqualTo("[\"a\",\"b\"]");
    assertThat(media.at("/schema/properties/owner/$ref").asText()).isEqualTo("#/components/schemas/Owner");
    assertThat(media.at("/examples/documented").toString())
        .isEqualTo("{\"summary\":\"doc\",\"value\":[{\"tag\":\"a\",\"price\":1.10}]}");
    assertThat(media.at("/examples/shared/$ref").asText()).isEqualTo("#/components/examples/Shared");
    assertThat(media.at("/examples/log/value").asText()).isEqualTo("line 1\n");
    assertThat(bundle.at("/components/examples/Shared/value/shared").asBoolean()).isTrue();
    assertThat(bundle.at("/components/examples/Remote/value/remote").asBoolean()).isTrue();
    assertThat(bundle.at("/paths/~1pets/get/x-buildkite-scope").asText()).isEqualTo("read_pets");
    JsonNode hook = bundle.at("/x-buildkite-webhooks/pet.born");
    assertThat(hook.at("/example/name").asText()).isEqualTo("Rex");
    assertThat(hook.at("/examples/0/name").asText()).isEqualTo("Rex");
    assertThat(hook.get("x-buildkite-example-file").asText()).isEqualTo("examples/born.json");
    assertThat(hook.at("/x-buildkite-example-errata/0/example").asText()).isEqualTo("examples/born.json");
    assertThat(bundle.toString()).doesNotContain("externalValue").doesNotContain(".yaml#");

    String yaml = SpecBundler.toYaml(bundle);
    ObjectMapper exact = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    assertThat(exact.readTree(yaml)).as("the YAML says exactly what the bundle holds").isEqualTo(bundle);
    assertThat(yaml).startsWith("# Bundled from spec/openapi.yaml");
  }

  @Test
  void withoutInliningExamplesOnlyDropsExternalValues() throws IOException {
    Path main = write("openapi.yaml", """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /a:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      examples:
                        documented: {summary: doc, externalValue: examples/missing.json}
        """);
    ObjectNode bundle = new SpecBundler(false).bundle(main);
    assertThat(bundle.at("/paths/~1a/get/responses/200/content/application~1json/examples/documented").toString())
        .isEqualTo("{\"summary\":\"doc\"}");
  }

  @Test
  void resolvingKeepsExamplesAsFilesRelativeToTheMainFileAndDecodesPointers() throws IOException {
    Path main = write("openapi.yaml", """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /a/{id}: {$ref: 'paths/a.yaml#/~1a~1%7Bid%7D'}
        components:
          schemas:
            A: {$ref: 'schemas/a.yaml#/A'}
        """);
    write("paths/a.yaml", """
        /a/{id}:
          get:
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '../openapi.yaml#/components/schemas/A'}
                    examples:
                      documented: {externalValue: ../examples/a.json}
        """);
    write("schemas/a.yaml", "A: {type: object}\n");
    ObjectNode resolved = SpecBundler.resolve(main);
    JsonNode media = resolved.at("/paths/~1a~1{id}/get/responses/200/content/application~1json");
    assertThat(media.at("/schema/$ref").asText()).isEqualTo("#/components/schemas/A");
    assertThat(media.at("/examples/documented/externalValue").asText()).isEqualTo("examples/a.json");
    assertThat(resolved.at("/components/schemas/A/type").asText()).isEqualTo("object");
  }

  @Test
  void refusesCyclesThroughOtherFilesAndRemoteReferences() throws IOException {
    Path cyclic = write("cyclic.yaml", """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Node: {$ref: 'node.yaml#/Node'}
        """);
    write("node.yaml", "Node: {type: object, properties: {next: {$ref: '#/Node'}}}\n");
    assertThatThrownBy(() -> new SpecBundler().bundle(cyclic)).hasMessageContaining("circular reference");

    Path remote = write("remote.yaml", """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            X: {$ref: 'https://example.com/x.yaml#/X'}
        """);
    assertThatThrownBy(() -> new SpecBundler().bundle(remote)).hasMessageContaining("only references to local files");
  }
}
