package io.github.bksdk.buildkite.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Where the spec module's tests find their files (set by surefire; defaults for a run from spec/), and YAML helpers. */
final class Specs {
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static ObjectNode source;

  private Specs() {}

  static Path spec() {
    return Path.of(System.getProperty("buildkite.spec", "openapi.yaml"));
  }

  static Path baseline() {
    return Path.of(System.getProperty("buildkite.spec.baseline", "baseline/openapi.yaml"));
  }

  static Path acknowledged() {
    return Path.of(System.getProperty("buildkite.spec.acknowledged", "breaking-changes-acknowledged.yaml"));
  }

  static Path bundle() {
    return Path.of(System.getProperty("buildkite.spec.bundle", "target/openapi-bundled.yaml"));
  }

  static Path reportDir() {
    return Path.of(System.getProperty("buildkite.spec.report.dir", "target/spec-diff"));
  }

  /**
   * The spec as one document: the main file with every file it references ({@code paths/}, {@code schemas/})
   * resolved in place and {@code externalValue} relative to the main file, as if it had been written in one file.
   */
  static synchronized ObjectNode source() {
    if (source == null) {
      source = SpecBundler.resolve(spec());
    }
    return source.deepCopy();
  }

  static ObjectNode read(Path file) {
    try {
      return (ObjectNode) YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every operation as "METHOD path" to its node, in a stable order. */
  static Map<String, JsonNode> operations(JsonNode document) {
    Map<String, JsonNode> ops = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue().fields().forEachRemaining(op -> {
        if (METHODS.contains(op.getKey())) {
          ops.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue());
        }
      });
    }
    return ops;
  }
}
