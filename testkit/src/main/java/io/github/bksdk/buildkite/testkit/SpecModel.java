package io.github.bksdk.buildkite.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled spec as the fake reads it: every operation with its method, path template and node, found by id or by
 * a concrete request. Loaded once per JVM from the {@code buildkite-rest-spec} jar.
 */
final class SpecModel {
  /** Where the spec module puts the bundled spec (every reference to another file resolved, examples inlined). */
  static final String RESOURCE = "io/github/bksdk/buildkite/spec/openapi.json";

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SpecModel shared;

  /** One operation of the spec. */
  record Operation(String id, String method, String template, Pattern regex, List<String> params, JsonNode node) {
    /** Returns the pagination style: {@code page}, {@code cursor} or {@code none}. */
    String pagination() {
      return node.path("x-buildkite-pagination").asText("none");
    }

    /** Returns whether the operation needs no token. */
    boolean noAuth() {
      return "no-auth".equals(node.path("x-buildkite-scope").asText());
    }

    /** Returns whether the operation answers with a redirect to storage. */
    boolean redirect() {
      return node.path("x-buildkite-redirect").asBoolean(false);
    }

    private long literalSegments() {
      return List.of(template.split("/")).stream().filter(s -> !s.isEmpty() && !s.startsWith("{")).count();
    }
  }

  /** A request resolved to its operation, with the decoded path parameters. */
  record Match(Operation operation, Map<String, String> pathParams) {}

  private final JsonNode root;
  private final List<Operation> operations = new ArrayList<>();
  private final Map<String, Operation> byId = new LinkedHashMap<>();

  private SpecModel(JsonNode root) {
    this.root = root;
    root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      if (METHODS.contains(op.getKey())) {
        List<String> params = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
          regex.append(Pattern.quote(path.getKey().substring(last, m.start()))).append("([^/]+)");
          params.add(m.group(1));
          last = m.end();
        }
        regex.append(Pattern.quote(path.getKey().substring(last)));
        Operation operation = new Operation(op.getValue().path("operationId").asText(),
            op.getKey().toUpperCase(Locale.ROOT), path.getKey(), Pattern.compile(regex.toString()), List.copyOf(params),
            op.getValue());
        operations.add(operation);
        byId.put(operation.id(), operation);
      }
    }));
    // Literal segments win over parameters: /agents/stop must not be read as /agents/{id}.
    operations.sort(Comparator.comparingLong(Operation::literalSegments).reversed());
  }

  /** Returns the spec of the {@code buildkite-rest-spec} jar on the classpath, loaded once. */
  static synchronized SpecModel shared() {
    if (shared == null) {
      shared = new SpecModel(readBundledSpec());
    }
    return shared;
  }

  static JsonNode readBundledSpec() {
    try (InputStream in = SpecModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled spec " + RESOURCE
            + " is not on the classpath; add io.github.bksdk:buildkite-rest-spec");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled spec " + RESOURCE, e);
    }
  }

  JsonNode root() {
    return root;
  }

  List<Operation> operations() {
    return List.copyOf(operations);
  }

  Optional<Operation> operation(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Resolves a request method and raw path (no query) to its operation. */
  Optional<Match> match(String method, String rawPath) {
    for (Operation op : operations) {
      if (!op.method().equalsIgnoreCase(method)) {
        continue;
      }
      Matcher m = op.regex().matcher(rawPath);
      if (m.matches()) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < op.params().size(); i++) {
          params.put(op.params().get(i), URLDecoder.decode(m.group(i + 1), StandardCharsets.UTF_8));
        }
        return Optional.of(new Match(op, Map.copyOf(params)));
      }
    }
    return Optional.empty();
  }

  /** Follows a local {@code $ref} ({@code #/components/...}); returns the node itself when it is no reference. */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        return current;
      }
      current = root.at(ref.substring(1));
    }
    return current;
  }
}
