package io.github.bksdk.buildkite.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The documented examples of the bundled spec, and the default answer of each operation built from them. */
final class Examples {
  /** The host the documented examples point at; the fake rewrites it to its own address. */
  static final String REAL_API = "https://api.buildkite.com";

  static final ObjectMapper JSON = new ObjectMapper();

  /** The default answer for an operation: status, content type (null for no body) and body. */
  record Answer(int status, String contentType, String body) {}

  private final SpecModel spec;
  private final Map<String, JsonNode> examplesBySchema = new HashMap<>();

  Examples(SpecModel spec) {
    this.spec = spec;
    for (SpecModel.Operation op : spec.operations()) {
      if (hasErrata(op)) {
        continue;
      }
      op.node().path("responses").fields().forEachRemaining(r -> {
        JsonNode media = spec.resolve(r.getValue()).path("content").path("application/json");
        exampleOf(media).ifPresent(x -> examplesBySchema.putIfAbsent(media.path("schema").toString(), x));
      });
    }
  }

  private static Optional<JsonNode> exampleOf(JsonNode media) {
    if (media.has("example")) {
      return Optional.of(media.get("example"));
    }
    Iterator<JsonNode> examples = media.path("examples").elements();
    while (examples.hasNext()) {
      JsonNode example = examples.next();
      if (example.has("value")) {
        return Optional.of(example.get("value"));
      }
    }
    return Optional.empty();
  }

  /** Returns whether the spec records that the operation's documented example disagrees with its schema. */
  private static boolean hasErrata(SpecModel.Operation op) {
    return op.node().path("x-buildkite-example-errata").size() > 0;
  }

  /** Returns the status of the operation's success answer: its lowest 2xx, else its lowest 3xx. */
  int successStatus(SpecModel.Operation op) {
    TreeSet<String> codes = new TreeSet<>();
    op.node().path("responses").fieldNames().forEachRemaining(codes::add);
    return codes.stream().filter(c -> c.startsWith("2")).findFirst()
        .or(() -> codes.stream().filter(c -> c.startsWith("3")).findFirst())
        .map(Integer::parseInt).orElse(200);
  }

  /** Returns a copy of the documented JSON example of the operation's success answer, if it has one. */
  Optional<JsonNode> example(SpecModel.Operation op) {
    JsonNode response = spec.resolve(op.node().path("responses").path(String.valueOf(successStatus(op))));
    JsonNode media = response.path("content").path("application/json");
    Optional<JsonNode> sameSchema = Optional.ofNullable(examplesBySchema.get(media.path("schema").toString()));
    // An example the spec marks as wrong gives way to a correct one of the same schema, when there is one.
    Optional<JsonNode> chosen = hasErrata(op) ? sameSchema.or(() -> exampleOf(media)) : exampleOf(media).or(() -> sameSchema);
    return chosen.map(JsonNode::deepCopy);
  }

  /** Returns the operation's default answer for a request with this {@code Accept} header. */
  Answer answer(SpecModel.Operation op, String accept) {
    int status = successStatus(op);
    JsonNode content = spec.resolve(op.node().path("responses").path(String.valueOf(status))).path("content");
    if (content.isMissingNode() || content.isEmpty() || "HEAD".equals(op.method())) {
      return new Answer(status, null, null);
    }
    String mediaType = chooseMediaType(content, accept);
    JsonNode media = content.path(mediaType);
    if (!mediaType.contains("json")) {
      // Raw text (job logs): the text of the JSON example's "content" when there is one.
      String text = exampleOf(media).map(JsonNode::asText)
          .or(() -> example(op).map(x -> x.path("content").asText("")))
          .filter(t -> !t.isEmpty())
          .orElse("FakeBuildkite: the spec documents no example for " + op.id() + "\n");
      return new Answer(status, mediaType, text);
    }
    JsonNode body = example(op).orElseGet(() -> minimalOf(media.path("schema"), 0));
    if ("cursor".equals(op.pagination()) && body.path("links").isObject()) {
      // One page only: the documented "next" would lead back here forever.
      ((ObjectNode) body.get("links")).putNull("next");
      ((ObjectNode) body.get("links")).putNull("prev");
    }
    return new Answer(status, "application/json; charset=utf-8", body.toString());
  }

  /**
   * The smallest value the schema accepts, for operations the spec documents no example for: required properties
   * only, each with its first enum value or a placeholder of its type and format; lists empty.
   */
  private JsonNode minimalOf(JsonNode schemaOrRef, int depth) {
    JsonNode schema = spec.resolve(schemaOrRef);
    JsonNodeFactory json = JsonNodeFactory.instance;
    if (schema.path("allOf").isArray() && schema.path("allOf").size() > 0) {
      ObjectNode merged = json.objectNode();
      schema.path("allOf").forEach(part -> {
        JsonNode value = minimalOf(part, depth + 1);
        if (value.isObject()) {
          merged.setAll((ObjectNode) value);
        }
      });
      return merged;
    }
    for (String union : List.of("oneOf", "anyOf")) {
      if (schema.path(union).isArray() && schema.path(union).size() > 0) {
        return minimalOf(schema.path(union).get(0), depth + 1);
      }
    }
    if (schema.path("enum").isArray() && schema.path("enum").size() > 0) {
      return schema.path("enum").get(0).deepCopy();
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
    switch (type) {
      case "array":
        return json.arrayNode();
      case "integer":
      case "number":
        return json.numberNode(Math.max(0, schema.path("minimum").asInt(0)));
      case "boolean":
        return json.booleanNode(false);
      case "string":
        return json.textNode(switch (schema.path("format").asText("")) {
          case "uuid" -> "00000000-0000-4000-8000-000000000000";
          case "date-time" -> "2026-01-01T00:00:00Z";
          case "date" -> "2026-01-01";
          case "uri", "url" -> "https://buildkite.com/";
          case "email" -> "someone@example.com";
          default -> "example";
        });
      default:
        ObjectNode object = json.objectNode();
        if (depth < 8) {
          schema.path("required").forEach(name -> object.set(name.asText(),
              minimalOf(schema.path("properties").path(name.asText()), depth + 1)));
        }
        return object;
    }
  }

  private static String chooseMediaType(JsonNode content, String accept) {
    List<String> types = List.copyOf(iterable(content.fieldNames()));
    if (accept != null) {
      String lower = accept.toLowerCase(Locale.ROOT);
      for (String type : types) {
        if (lower.contains(type)) {
          return type;
        }
      }
    }
    return types.contains("application/json") ? "application/json" : types.get(0);
  }

  private static List<String> iterable(Iterator<String> names) {
    List<String> list = new java.util.ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  /** Returns the documented example as JSON text, with fields replaced (objects only). */
  String example(String operationId, Map<String, ?> overrides) {
    SpecModel.Operation op = spec.operation(operationId)
        .orElseThrow(() -> new IllegalArgumentException("operationId '" + operationId + "' is not in the spec"));
    JsonNode node = example(op).orElseThrow(() -> new IllegalArgumentException(
        "operation '" + operationId + "' has no documented JSON example"));
    if (!overrides.isEmpty()) {
      if (!node.isObject()) {
        throw new IllegalArgumentException("overrides need an object example; " + operationId + " returns "
            + node.getNodeType().name().toLowerCase(Locale.ROOT));
      }
      overrides.forEach((field, value) -> ((ObjectNode) node).set(field, JSON.valueToTree(value)));
    }
    return node.toString();
  }

  /** Returns {@code count} list items built from the documented example of a list operation. */
  List<String> items(String operationId, int count) {
    SpecModel.Operation op = spec.operation(operationId)
        .orElseThrow(() -> new IllegalArgumentException("operationId '" + operationId + "' is not in the spec"));
    JsonNode example = example(op).orElseThrow(() -> new IllegalArgumentException(
        "operation '" + operationId + "' has no documented JSON example"));
    ArrayNode items = example.isArray() ? (ArrayNode) example : (ArrayNode) example.path("items");
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException("operation '" + operationId + "' has no documented list items");
    }
    List<String> out = new java.util.ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ObjectNode item = (ObjectNode) items.get(i % items.size()).deepCopy();
      if (item.has("id")) {
        item.put("id", java.util.UUID.nameUUIDFromBytes((operationId + "#" + i).getBytes()).toString());
      }
      if (item.path("number").isInt()) {
        item.put("number", count - i);
      }
      out.add(item.toString());
    }
    return out;
  }

  /** Returns the build of {@code getBuild}'s example as the fake serves it for a scripted build. */
  ObjectNode build(String baseUrl, String org, String pipeline, int number, String state, boolean blocked,
      BuildStage stage) {
    ObjectNode build = (ObjectNode) example(spec.operation("getBuild").orElseThrow()).orElseThrow();
    String path = "/v2/organizations/" + org + "/pipelines/" + pipeline + "/builds/" + number;
    build.put("url", baseUrl + path);
    build.put("web_url", "https://buildkite.com/" + org + "/" + pipeline + "/builds/" + number);
    build.put("number", number);
    build.put("state", state);
    build.put("blocked", blocked);
    if (stage == BuildStage.SCHEDULED) {
      build.putNull("started_at");
    }
    if (!stage.isFinished()) {
      build.putNull("finished_at");
    }
    if (stage != BuildStage.CANCELED) {
      build.putNull("cancel_reason");
    }
    String jobState = switch (stage) {
      case SCHEDULED -> "scheduled";
      case RUNNING -> "running";
      case BLOCKED -> "passed";
      case PASSED -> "passed";
      case FAILED -> "failed";
      case CANCELED -> "canceled";
    };
    build.path("jobs").forEach(job -> {
      if (job.isObject() && "script".equals(job.path("type").asText())) {
        ObjectNode j = (ObjectNode) job;
        j.put("state", jobState);
        if (stage == BuildStage.PASSED || stage == BuildStage.BLOCKED) {
          j.put("exit_status", 0);
        } else if (stage == BuildStage.FAILED) {
          j.put("exit_status", 1);
        } else {
          j.putNull("exit_status");
        }
      }
    });
    return build;
  }

  /** Returns the pipeline of {@code getPipeline}'s example. */
  ObjectNode pipeline() {
    return (ObjectNode) example(spec.operation("getPipeline").orElseThrow()).orElseThrow();
  }

  /** Returns the documented example of a webhook event, if the spec has one. */
  Optional<JsonNode> webhookExample(String event) {
    JsonNode node = spec.root().path("x-buildkite-webhooks").path(event);
    if (node.has("example") && node.get("example").isObject()) {
      return Optional.of(node.get("example").deepCopy());
    }
    return Optional.empty();
  }
}
