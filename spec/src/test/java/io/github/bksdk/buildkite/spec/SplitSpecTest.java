package io.github.bksdk.buildkite.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SplitSpec on a small spec written here, and on the project's own spec. */
class SplitSpecTest {
  @TempDir
  Path dir;

  private static final String SMALL = """
      openapi: 3.0.3
      info: {title: Pets, version: v1}
      tags:
        - name: Pets
        - name: PetOwners
      paths:
        # --------------------------------------------- Pets
        /pets/{id}:
          get:
            operationId: getPet
            tags: [Pets]
            parameters:
              - $ref: '#/components/parameters/Id'
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Pet'}
                    examples:
                      documented: {externalValue: examples/pet.json}
              '429':
                $ref: '#/components/responses/TooMany'
        # >>> paths: owners (a merge marker, dropped)
        /owners:
          get:
            operationId: listOwners
            tags: [PetOwners]
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema:
                      type: array
                      items:
                        $ref: '#/components/schemas/PetOwner'
              '429':
                $ref: '#/components/responses/TooMany'
      components:
        parameters:
          Id: {name: id, in: path, required: true, schema: {type: string}}
        responses:
          TooMany:
            description: slow down
            content:
              application/json:
                schema: {$ref: '#/components/schemas/Error'}
        schemas:
          Pet:
            type: object
            properties:
              owner: {$ref: '#/components/schemas/PetOwner'}
              kind: {$ref: '#/components/schemas/PetKind'}
          PetKind:
            # the wire strings
            type: string
            enum: [cat, dog]
          PetOwner:
            type: object
            properties:
              name: {type: string}
          # ---------------- end of owners (titles nothing: dropped)
          # ---------------- Errors
          Error:
            type: object
            properties:
              message: {type: string}
          Hook:
            type: object
      # about the hooks
      x-buildkite-webhooks:
        pet.created:
          schema: {$ref: '#/components/schemas/Hook'}
          example: examples/hook.json
      """;

  private Path small() throws IOException {
    Path root = dir.resolve("openapi.yaml");
    Files.writeString(root, SMALL);
    Files.createDirectories(dir.resolve("examples"));
    Files.writeString(dir.resolve("examples/pet.json"), "{\"owner\": {\"name\": \"Ann\"}}");
    Files.writeString(dir.resolve("examples/hook.json"), "{}");
    return root;
  }

  @Test
  void groupsPathsByTagAndSchemasByWhoUsesThem() throws IOException {
    SplitSpec.Result result = new SplitSpec().split(small());

    assertThat(result.paths()).isEqualTo(Map.of(
        "paths/pets.yaml", List.of("/pets/{id}"),
        "paths/pet-owners.yaml", List.of("/owners")));
    assertThat(result.schemas()).isEqualTo(Map.of(
        "schemas/pets.yaml", List.of("Pet", "PetKind"),          // PetKind: only Pet uses it
        "schemas/pet-owners.yaml", List.of("PetOwner"),          // both groups use it; named after PetOwners
        "schemas/common.yaml", List.of("Error"),                  // both groups, through a shared response
        "schemas/webhooks.yaml", List.of("Hook")));
  }

  @Test
  void rewritesReferencesAndKeepsCommentsAndOrder() throws IOException {
    Path root = small();
    new SplitSpec().split(root);

    String pets = Files.readString(dir.resolve("paths/pets.yaml"));
    assertThat(pets)
        .contains("# --------------------------------------------- Pets\n/pets/{id}:\n  get:\n")
        .contains("- $ref: '../openapi.yaml#/components/parameters/Id'")
        .contains("schema: {$ref: '../openapi.yaml#/components/schemas/Pet'}")
        .contains("documented: {externalValue: ../examples/pet.json}");
    assertThat(Files.readString(dir.resolve("paths/pet-owners.yaml"))).doesNotContain(">>>");
    assertThat(Files.readString(dir.resolve("schemas/pets.yaml")))
        .contains("PetKind:\n  # the wire strings\n  type: string\n");
    assertThat(Files.readString(dir.resolve("schemas/common.yaml")))
        .contains("\n# ---------------- Errors\nError:\n").doesNotContain("end of owners");
    String main = Files.readString(root);
    assertThat(main)
        .contains("  /pets/{id}: {$ref: 'paths/pets.yaml#/~1pets~1%7Bid%7D'}\n"
            + "  /owners: {$ref: 'paths/pet-owners.yaml#/~1owners'}\n")
        .contains("    Pet: {$ref: 'schemas/pets.yaml#/Pet'}\n    PetKind: {$ref: 'schemas/pets.yaml#/PetKind'}\n")
        .contains("# about the hooks\nx-buildkite-webhooks:")
        .contains("example: examples/hook.json");

    // resolved, the split spec is the one-file spec, examples relative to the main file as before
    Path original = dir.resolve("original.yaml");
    Files.writeString(original, SMALL);
    assertThat(SpecBundler.toJson(SpecBundler.resolve(root)))
        .isEqualTo(SpecBundler.toJson(SpecBundler.resolve(original)));
    assertThat(new SpecBundler().bundle(root).at("/paths/~1pets~1{id}/get/responses/200/content/application~1json"
        + "/examples/documented/value/owner/name").asText()).isEqualTo("Ann");
  }

  @Test
  void runningAgainChangesNothingAndPicksUpNewEntries() throws IOException {
    Path root = small();
    new SplitSpec().split(root);
    Map<String, String> first = files();
    new SplitSpec().split(root);
    assertThat(files()).isEqualTo(first);

    // a schema written straight into the main file, and a path added to a group file without an index line
    Files.writeString(root, Files.readString(root).replace("  schemas:\n",
        "  schemas:\n    PetToy:\n      type: object\n      properties:\n"
            + "        pet: {$ref: '#/components/schemas/Pet'}\n"));
    Files.writeString(dir.resolve("paths/pets.yaml"), Files.readString(dir.resolve("paths/pets.yaml"))
        + "/pets:\n  post:\n    operationId: createPet\n    tags: [Pets]\n    responses:\n      '201':\n"
        + "        description: made\n        content:\n          application/json:\n"
        + "            schema: {$ref: '../openapi.yaml#/components/schemas/PetToy'}\n");
    SplitSpec.Result result = new SplitSpec().split(root);
    assertThat(result.paths().get("paths/pets.yaml")).containsExactly("/pets/{id}", "/pets");
    assertThat(result.schemas().get("schemas/pets.yaml")).containsExactly("PetToy", "Pet", "PetKind");
    assertThat(Files.readString(root)).contains("  /pets: {$ref: 'paths/pets.yaml#/~1pets'}\n");
  }

  @Test
  void refusesAGroupFileNothingReferences() throws IOException {
    Path root = small();
    new SplitSpec().split(root);
    Files.writeString(dir.resolve("schemas/stray.yaml"), "Stray:\n  type: object\n");
    assertThatThrownBy(() -> new SplitSpec().split(root)).hasMessageContaining("stray.yaml is not referenced");
  }

  @Test
  void fileNamesAndTieBreaks() {
    assertThat(SplitSpec.fileName("ClusterQueues")).isEqualTo("cluster-queues.yaml");
    assertThat(SplitSpec.fileName("TestEngineBuildTests")).isEqualTo("test-engine-build-tests.yaml");
    assertThat(SplitSpec.fileName("AccessToken")).isEqualTo("access-token.yaml");
    assertThat(SplitSpec.choose("PackageRegistryReference", Set.of("Packages", "PackageRegistries"),
        Set.of("Packages", "PackageRegistries"))).isEqualTo("PackageRegistries");
    assertThat(SplitSpec.choose("RateLimitError", Set.of("Builds", "RateLimits"), Set.of()))
        .isEqualTo(SplitSpec.COMMON);
    assertThat(SplitSpec.choose("Anything", Set.of(), Set.of())).isNull();
  }

  /**
   * The project's spec, copied to a temporary folder and split again, comes out exactly as committed: every path item
   * and schema is in the file the layout rules give it and listed in openapi.yaml. (On a spec still written as one
   * file, the split succeeds, which includes its own check that nothing is lost.)
   */
  @Test
  void theProjectSpecIsLaidOutAsTheToolWritesIt() throws IOException {
    Path spec = Specs.spec().toAbsolutePath();
    Path copy = dir.resolve("spec");
    copyTree(spec.getParent(), copy, List.of("openapi.yaml", "paths", "schemas"));
    Map<String, String> before = files(copy);
    new SplitSpec().split(copy.resolve("openapi.yaml"));
    Map<String, String> after = files(copy);
    assertThat(after).containsKey("openapi.yaml").containsKey("paths/builds.yaml").containsKey("schemas/common.yaml");
    if (before.keySet().stream().anyMatch(f -> f.startsWith("paths/"))) {
      assertThat(after.keySet()).as("files after running SplitSpec (./mvnw -B -o -q -pl spec test-compile "
          + "exec:java@split-spec)").containsExactlyElementsOf(before.keySet());
      after.forEach((file, text) -> assertThat(text).as("%s after running SplitSpec (./mvnw -B -o -q -pl spec "
          + "test-compile exec:java@split-spec)", file).isEqualTo(before.get(file)));
    }
  }

  private Map<String, String> files() throws IOException {
    return files(dir);
  }

  private static Map<String, String> files(Path base) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String folder : List.of("paths", "schemas")) {
      Path path = base.resolve(folder);
      if (Files.isDirectory(path)) {
        try (Stream<Path> list = Files.list(path)) {
          for (Path file : list.toList()) {
            files.put(folder + "/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
          }
        }
      }
    }
    files.put("openapi.yaml", Files.readString(base.resolve("openapi.yaml"), StandardCharsets.UTF_8));
    return files;
  }

  private static void copyTree(Path from, Path to, List<String> names) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (String name : names) {
      Path source = from.resolve(name);
      if (Files.exists(source)) {
        try (Stream<Path> walk = Files.walk(source)) {
          sources.addAll(walk.toList());
        }
      }
    }
    for (Path source : sources) {
      Path target = to.resolve(from.relativize(source).toString());
      if (Files.isDirectory(source)) {
        Files.createDirectories(target);
      } else {
        Files.createDirectories(target.getParent());
        Files.copy(source, target);
      }
    }
  }
}
