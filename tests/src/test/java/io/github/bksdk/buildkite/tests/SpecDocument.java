package io.github.bksdk.buildkite.tests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The spec as the tests see it: every operation by id, with its method and path template, and every webhook event
 * of {@code x-buildkite-webhooks}. {@code spec/openapi.yaml} keeps its path items and schemas in other files
 * ({@code paths/<group>.yaml}, {@code schemas/<group>.yaml}); they are read back into one document, as if the spec were
 * one file: references to other files are replaced by what they point to (references into the main file become
 * {@code #/...} again) and {@code externalValue} is made relative to the main file ({@code examples/x.json}).
 */
final class SpecDocument {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

  /** One operation of the spec. */
  record Operation(String id, String method, String path, JsonNode node) {
    /** Returns whether a concrete request path fits this operation's path template. */
    boolean matches(String method, String rawPath) {
      if (!this.method.equalsIgnoreCase(method)) {
        return false;
      }
      String regex = "\\Q" + path.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
      return Pattern.matches(regex, rawPath);
    }
  }

  /**
   * One entry of {@code x-buildkite-webhooks}: the event name, the schema name of its body, its example files
   * (names inside {@code spec/examples/}), and the errata recorded for them by file name.
   */
  record Webhook(String event, String schema, List<String> examples, Map<String, JsonNode> errata, JsonNode node) {
    /** The reason recorded for an example of this event, or null. */
    String erratum(String file) {
      JsonNode erratum = errata.get(file);
      return erratum == null ? null : erratum.path("reason").asText();
    }
  }

  private static SpecDocument instance;

  private final JsonNode root;
  private final Map<String, Operation> operations = new TreeMap<>();

  private SpecDocument(JsonNode root) {
    this.root = root;
    Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue().fields().forEachRemaining(op -> {
        if (METHODS.contains(op.getKey())) {
          String id = op.getValue().path("operationId").asText();
          operations.put(id, new Operation(id, op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()));
        }
      });
    }
  }

  static synchronized SpecDocument load() {
    if (instance == null) {
      instance = new SpecDocument(new Resolver(specPath()).document());
    }
    return instance;
  }

  /** The whole spec as one YAML text, for validators that take the document inline. */
  static synchronized String yaml() {
    try {
      return YAML.writeValueAsString(load().root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Reads the main spec file and puts what it references from other local files in place. */
  private static final class Resolver {
    private final Path main;
    private final Map<Path, JsonNode> files = new java.util.HashMap<>();

    Resolver(Path main) {
      this.main = main.toAbsolutePath().normalize();
    }

    JsonNode document() {
      return resolve(read(main), main, new java.util.ArrayDeque<>());
    }

    private JsonNode read(Path file) {
      return files.computeIfAbsent(file, f -> {
        try {
          return YAML.readTree(Files.readAllBytes(f));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + f, e);
        }
      });
    }

    private JsonNode resolve(JsonNode node, Path file, java.util.Deque<String> stack) {
      if (node.isArray()) {
        com.fasterxml.jackson.databind.node.ArrayNode copy = YAML.createArrayNode();
        node.forEach(item -> copy.add(resolve(item, file, stack)));
        return copy;
      }
      if (!node.isObject()) {
        return node;
      }
      String ref = node.path("$ref").asText("");
      int hash = ref.indexOf('#');
      String location = hash < 0 ? ref : ref.substring(0, hash);
      if (!location.isEmpty() && !location.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
        Path target = file.getParent().resolve(location).normalize();
        String pointer = hash < 0 ? "" : java.net.URLDecoder.decode(
            ref.substring(hash + 1).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        if (target.equals(main)) {
          return YAML.createObjectNode().put("$ref", "#" + pointer);
        }
        if (stack.contains(target + "#" + pointer)) {
          throw new IllegalStateException("circular reference through " + stack);
        }
        JsonNode pointed = read(target).at(pointer);
        if (pointed.isMissingNode()) {
          throw new IllegalStateException("reference " + ref + " in " + file + " points to nothing");
        }
        stack.push(target + "#" + pointer);
        JsonNode resolved = resolve(pointed, target, stack);
        stack.pop();
        return resolved;
      }
      com.fasterxml.jackson.databind.node.ObjectNode copy = YAML.createObjectNode();
      node.fields().forEachRemaining(f -> {
        if (f.getKey().equals("externalValue") && f.getValue().isTextual() && !file.equals(main)) {
          Path example = file.getParent().resolve(f.getValue().asText()).normalize();
          copy.put("externalValue", main.getParent().relativize(example).toString().replace('\\', '/'));
        } else {
          copy.set(f.getKey(), resolve(f.getValue(), file, stack));
        }
      });
      return copy;
    }
  }

  static Path specPath() {
    return Path.of(System.getProperty("buildkite.spec", "../spec/openapi.yaml"));
  }

  static Path examplesDir() {
    return Path.of(System.getProperty("buildkite.examples", "../spec/examples"));
  }

  JsonNode root() {
    return root;
  }

  Map<String, Operation> operations() {
    return operations;
  }

  /** Returns the documented webhook events in spec order. */
  List<Webhook> webhooks() {
    List<Webhook> found = new ArrayList<>();
    root.path("x-buildkite-webhooks").fields().forEachRemaining(e -> {
      JsonNode node = e.getValue();
      List<String> examples = new ArrayList<>();
      if (node.has("example")) {
        examples.add(exampleFile(node.get("example").asText()));
      }
      node.path("examples").forEach(x -> examples.add(exampleFile(x.asText())));
      Map<String, JsonNode> errata = new LinkedHashMap<>();
      node.path("x-buildkite-example-errata").forEach(x -> errata.put(exampleFile(x.path("example").asText()), x));
      String ref = node.path("schema").path("$ref").asText();
      found.add(new Webhook(e.getKey(), ref.substring(ref.lastIndexOf('/') + 1), List.copyOf(examples),
          Map.copyOf(errata), node));
    });
    return found;
  }

  private static String exampleFile(String reference) {
    return reference.replaceFirst("^examples/", "");
  }

  Operation operation(String id) {
    Operation op = operations.get(id);
    if (op == null) {
      throw new IllegalArgumentException("no operation " + id + " in the spec");
    }
    return op;
  }

  static String example(String file) {
    try {
      return Files.readString(examplesDir().resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
