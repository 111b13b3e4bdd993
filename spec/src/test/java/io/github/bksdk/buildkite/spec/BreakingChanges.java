package io.github.bksdk.buildkite.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeader;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedNullable;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The breaking-change check: compares the spec with the baseline of the last release using openapi-diff-core, and
 * lists every change that would break a user of the SDK generated from it, unless it is acknowledged in
 * {@code spec/breaking-changes-acknowledged.yaml}.
 *
 * <p>What counts as breaking is openapi-diff's idea of an incompatible change, adjusted to this SDK, whose Java API
 * (method names, builder methods, getter types, enum constants) is generated from the spec:
 *
 * <ul>
 *   <li>an operation removed, or its operationId or tag changed (the Java method is removed, renamed or moved);</li>
 *   <li>a parameter removed, a new required parameter, a parameter that became required, a changed style or explode;
 *       a request body that became required; a response status, media type or header removed;</li>
 *   <li>in any schema (request, response or webhook payload): a property removed, a type or format changed, an enum
 *       value removed ("narrowed enum"), a property that became required in a request or stopped being required in a
 *       response, a response property that became nullable or a request property that stopped being nullable, and
 *       any constraint openapi-diff judges incompatible (lengths, ranges, patterns...).</li>
 * </ul>
 *
 * <p>Not breaking: anything added (operations, optional parameters, properties, responses), and enum values added to
 * responses, because the SDK's enums are open ({@code BuildState.of("new_state")}).
 *
 * <p>Webhook payloads ({@code x-buildkite-webhooks}) are compared as if each event were an operation named
 * {@code webhook <event>} that returns its payload schema.
 *
 * <p>Each change is described by its operation, the component schema it sits in (if any), and one line of text such
 * as {@code Build: property 'message' removed}. An acknowledgement names the operation (operationId or
 * {@code METHOD /path}) or the schema, repeats that text in {@code change}, and says in {@code reason} why the break
 * is acceptable. A schema acknowledgement covers the change in every operation that uses the schema.
 */
public final class BreakingChanges {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String WEBHOOK_PATH = "/x-buildkite-webhooks/";

  /**
   * One breaking change.
   *
   * @param operation the operationId (or {@code METHOD /path} without one, or {@code webhook <event>})
   * @param schema the component schema the change is in, or null when it is not inside one
   * @param change what changed, as one line that an acknowledgement repeats
   */
  public record Change(String operation, String schema, String change) {
    @Override
    public String toString() {
      return operation + (schema == null ? "" : " [schema " + schema + "]") + ": " + change;
    }
  }

  /**
   * One entry of the acknowledgements file.
   *
   * @param operation an operationId, {@code METHOD /path} or {@code webhook <event>}, or null
   * @param schema a component schema name, or null
   * @param change the text of the acknowledged change
   * @param reason why the break is acceptable
   */
  public record Acknowledgement(String operation, String schema, String change, String reason) {
    boolean covers(Change c, Map<String, String> operationAliases) {
      boolean where = (operation != null && (operation.equals(c.operation())
          || c.operation().equals(operationAliases.get(operation))))
          || (schema != null && schema.equals(c.schema()));
      return where && normalize(change).equals(normalize(c.change()));
    }

    private static String normalize(String text) {
      return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
      return (operation != null ? "operation " + operation : "schema " + schema) + ": " + change;
    }
  }

  /**
   * The outcome of a check.
   *
   * @param unacknowledged breaking changes that nobody acknowledged: the check fails on them
   * @param acknowledged breaking changes covered by an acknowledgement
   * @param unused acknowledgements that match no change (stale: remove them)
   * @param invalid acknowledgement entries that are malformed (no operation or schema, no change, no reason)
   * @param markdown openapi-diff's full report of every change, breaking or not
   */
  public record Result(List<Change> unacknowledged, List<Change> acknowledged, List<Acknowledgement> unused,
      List<String> invalid, String markdown) {
    /** Returns whether the spec may be merged as it is. */
    public boolean passes() {
      return unacknowledged.isEmpty() && unused.isEmpty() && invalid.isEmpty();
    }

    /** A human-readable report, with the YAML to paste for each unacknowledged change. */
    public String report() {
      StringBuilder out = new StringBuilder("# Breaking changes against the baseline\n\n");
      if (passes() && acknowledged.isEmpty()) {
        out.append("No breaking change.\n");
      }
      if (!unacknowledged.isEmpty()) {
        out.append("## ").append(unacknowledged.size()).append(" unacknowledged breaking change(s)\n\n");
        unacknowledged.forEach(c -> out.append("- ").append(c).append('\n'));
        out.append("\nIf these breaks are intended, add entries like these to spec/breaking-changes-acknowledged.yaml")
            .append(" (one `schema:` entry covers every operation using that schema):\n\n```yaml\n");
        Set<String> seen = new LinkedHashSet<>();
        for (Change c : unacknowledged) {
          String where = c.schema() != null ? "schema: " + c.schema() : "operation: " + quote(c.operation());
          String entry = "  - " + where + "\n    change: " + quote(c.change()) + "\n    reason: \"<why this is acceptable>\"\n";
          if (seen.add(entry)) {
            out.append(entry);
          }
        }
        out.append("```\n\n");
      }
      if (!invalid.isEmpty()) {
        out.append("## Malformed acknowledgements\n\n");
        invalid.forEach(i -> out.append("- ").append(i).append('\n'));
        out.append('\n');
      }
      if (!unused.isEmpty()) {
        out.append("## Acknowledgements that match no change (remove them)\n\n");
        unused.forEach(a -> out.append("- ").append(a).append('\n'));
        out.append('\n');
      }
      if (!acknowledged.isEmpty()) {
        out.append("## ").append(acknowledged.size()).append(" acknowledged breaking change(s)\n\n");
        acknowledged.forEach(c -> out.append("- ").append(c).append('\n'));
        out.append('\n');
      }
      return out.toString();
    }

    private static String quote(String s) {
      return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
  }

  private BreakingChanges() {}

  /**
   * Compares two specs and applies the acknowledgements.
   *
   * @param baseline the spec of the last release
   * @param current the spec as it is now
   * @param acknowledgements the acknowledgements file; may be absent
   * @return the outcome
   */
  public static Result check(Path baseline, Path current, Path acknowledgements) {
    ChangedOpenApi diff = diff(baseline, current);
    List<Change> changes = changes(diff);
    List<String> invalid = new ArrayList<>();
    List<Acknowledgement> acks = readAcknowledgements(acknowledgements, invalid);
    Map<String, String> aliases = operationAliases(diff.getOldSpecOpenApi());
    List<Change> unacknowledged = new ArrayList<>();
    List<Change> acknowledged = new ArrayList<>();
    Set<Acknowledgement> used = new LinkedHashSet<>();
    for (Change c : changes) {
      List<Acknowledgement> covering = acks.stream().filter(a -> a.covers(c, aliases)).toList();
      (covering.isEmpty() ? unacknowledged : acknowledged).add(c);
      used.addAll(covering);
    }
    List<Acknowledgement> unused = acks.stream().filter(a -> !used.contains(a)).toList();
    return new Result(unacknowledged, acknowledged, unused, invalid, markdown(diff));
  }

  /**
   * Lists the breaking changes between two specs, acknowledged or not.
   *
   * @param baseline the spec of the last release
   * @param current the spec as it is now
   * @return every breaking change, sorted and without duplicates
   */
  public static List<Change> find(Path baseline, Path current) {
    return changes(diff(baseline, current));
  }

  static ChangedOpenApi diff(Path baseline, Path current) {
    OpenApiDiffOptions options = OpenApiDiffOptions.builder()
        // open enums: a new value in a response is not a break for this SDK (removing one is, see Walker)
        .configProperty("incompatible.response.enum.increased", "false")
        .build();
    return OpenApiCompare.fromSpecifications(read(baseline), read(current), options);
  }

  /** Bundles a spec (examples dropped: they do not matter here), adds the webhook pseudo-operations, parses it. */
  static OpenAPI read(Path spec) {
    ObjectNode document = new SpecBundler(false).bundle(spec);
    addWebhookOperations(document);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(document.toString(), null, options);
    if (result.getOpenAPI() == null) {
      throw new IllegalArgumentException("cannot parse " + spec + ": " + result.getMessages());
    }
    return result.getOpenAPI();
  }

  private static void addWebhookOperations(ObjectNode document) {
    JsonNode webhooks = document.path(SpecBundler.WEBHOOKS);
    if (!webhooks.isObject()) {
      return;
    }
    ObjectNode paths = document.has("paths") ? (ObjectNode) document.get("paths") : document.putObject("paths");
    webhooks.fields().forEachRemaining(e -> {
      if (!e.getValue().path("schema").isObject()) {
        return;
      }
      ObjectNode get = paths.putObject(WEBHOOK_PATH + e.getKey()).putObject("get");
      get.put("operationId", "webhook " + e.getKey());
      get.putObject("responses").putObject("200").put("description", "payload")
          .putObject("content").putObject("application/json").set("schema", e.getValue().get("schema").deepCopy());
    });
  }

  private static Map<String, String> operationAliases(OpenAPI spec) {
    Map<String, String> aliases = new LinkedHashMap<>();
    if (spec.getPaths() != null) {
      spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
          aliases.put(method + " " + path, operationName(op, method, path))));
    }
    return aliases;
  }

  static String operationName(Operation op, PathItem.HttpMethod method, String path) {
    if (op != null && op.getOperationId() != null && !op.getOperationId().isBlank()) {
      return op.getOperationId();
    }
    return method + " " + path;
  }

  private static List<Acknowledgement> readAcknowledgements(Path file, List<String> invalid) {
    if (file == null || !Files.exists(file)) {
      return List.of();
    }
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    JsonNode entries = root == null ? null : root.path("acknowledged");
    if (root == null || root.isMissingNode() || root.isNull() || entries.isNull() || entries.isMissingNode()) {
      return List.of();
    }
    if (!entries.isArray()) {
      invalid.add(file.getFileName() + ": `acknowledged` must be a list");
      return List.of();
    }
    List<Acknowledgement> acks = new ArrayList<>();
    int index = 0;
    for (JsonNode e : entries) {
      index++;
      String operation = text(e, "operation");
      String schema = text(e, "schema");
      String change = text(e, "change");
      String reason = text(e, "reason");
      List<String> problems = new ArrayList<>();
      if ((operation == null) == (schema == null)) {
        problems.add("name exactly one of `operation` or `schema`");
      }
      if (change == null) {
        problems.add("say what changed in `change` (the line the check printed)");
      }
      if (reason == null) {
        problems.add("say in `reason` why the break is acceptable");
      }
      if (problems.isEmpty()) {
        acks.add(new Acknowledgement(operation, schema, change, reason));
      } else {
        invalid.add("entry " + index + " (" + e + "): " + String.join("; ", problems));
      }
    }
    return acks;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
  }

  static String markdown(ChangedOpenApi diff) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, writer);
    } catch (IOException | RuntimeException e) {
      return "(openapi-diff could not render its report: " + e + ")\n";
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  static List<Change> changes(ChangedOpenApi diff) {
    Walker walker = new Walker(diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi());
    for (Endpoint removed : diff.getMissingEndpoints()) {
      String name = operationName(removed.getOperation(), removed.getMethod(), removed.getPathUrl());
      walker.add(name, null, name.startsWith("webhook ") ? "webhook event removed"
          : "operation removed (" + removed.getMethod() + " " + removed.getPathUrl() + ")");
    }
    diff.getChangedOperations().forEach(walker::operation);
    walker.tags();
    Map<String, Change> sorted = new TreeMap<>();
    walker.changes.forEach(c -> sorted.putIfAbsent(c.operation() + "\u0000" + c.change(), c));
    return List.copyOf(sorted.values());
  }

  /** Walks openapi-diff's tree of changes and names the breaking ones. */
  private static final class Walker {
    private final OpenAPI oldSpec;
    private final OpenAPI newSpec;
    private final Map<Schema<?>, String> oldNames = new IdentityHashMap<>();
    private final Map<Schema<?>, String> newNames = new IdentityHashMap<>();
    private final Set<Change> changes = new LinkedHashSet<>();
    private String operation;

    Walker(OpenAPI oldSpec, OpenAPI newSpec) {
      this.oldSpec = oldSpec;
      this.newSpec = newSpec;
      names(oldSpec, oldNames);
      names(newSpec, newNames);
    }

    private static void names(OpenAPI spec, Map<Schema<?>, String> names) {
      if (spec.getComponents() != null && spec.getComponents().getSchemas() != null) {
        spec.getComponents().getSchemas().forEach((name, schema) -> names.put(schema, name));
      }
    }

    void add(String op, String schema, String change) {
      changes.add(new Change(op, schema, change));
    }

    /** Records a change of the current operation at a location (a schema, a parameter, a response). */
    private void note(String schema, String location, String what) {
      add(operation, schema, location + ": " + what);
    }

    void operation(ChangedOperation co) {
      operation = operationName(co.getOldOperation(), co.getHttpMethod(), co.getPathUrl());
      String where = co.getHttpMethod() + " " + co.getPathUrl();
      if (co.getOperationId() != null && co.getOperationId().isDifferent()) {
        note(null, where, "operationId changed from " + co.getOperationId().getLeft() + " to "
            + co.getOperationId().getRight());
      }
      parameters(co.getParameters());
      requestBody(co.getRequestBody());
      responses(co.getApiResponses());
      if (co.getSecurityRequirements() != null && co.getSecurityRequirements().isIncompatible()) {
        note(null, where, "security requirements changed incompatibly");
      }
    }

    /** Tags name the service an operation's Java method lives in: moving it is a break. */
    void tags() {
      if (oldSpec.getPaths() == null || newSpec.getPaths() == null) {
        return;
      }
      oldSpec.getPaths().forEach((path, oldItem) -> {
        PathItem newItem = newSpec.getPaths().get(path);
        if (newItem == null) {
          return;
        }
        oldItem.readOperationsMap().forEach((method, oldOp) -> {
          Operation newOp = newItem.readOperationsMap().get(method);
          if (newOp != null && !Objects.equals(tags(oldOp), tags(newOp))) {
            add(operationName(oldOp, method, path), null, method + " " + path + ": tags changed from "
                + tags(oldOp) + " to " + tags(newOp));
          }
        });
      });
    }

    private static List<String> tags(Operation op) {
      return op.getTags() == null ? List.of() : op.getTags();
    }

    private void parameters(ChangedParameters ps) {
      if (ps == null) {
        return;
      }
      for (Parameter p : ps.getMissing()) {
        note(null, parameter(p.getName(), p.getIn()), "parameter removed");
      }
      for (Parameter p : ps.getIncreased()) {
        if (Boolean.TRUE.equals(p.getRequired())) {
          note(null, parameter(p.getName(), p.getIn()), "new required parameter");
        }
      }
      for (ChangedParameter cp : ps.getChanged()) {
        String location = parameter(cp.getName(), cp.getIn());
        if (cp.isChangeRequired() && Boolean.TRUE.equals(cp.getNewParameter().getRequired())) {
          note(null, location, "became required");
        }
        if (cp.isChangeStyle()) {
          note(null, location, "style changed");
        }
        if (cp.isChangeExplode()) {
          note(null, location, "explode changed");
        }
        schema(cp.getSchema(), location, true, newVisited());
        content(cp.getContent(), location, true);
      }
    }

    private static String parameter(String name, String in) {
      return in + " parameter " + name;
    }

    private void requestBody(ChangedRequestBody body) {
      if (body == null) {
        return;
      }
      if (body.isChangeRequired() && body.getNewRequestBody() != null
          && Boolean.TRUE.equals(body.getNewRequestBody().getRequired())) {
        note(null, "request body", "became required");
      }
      content(body.getContent(), "request body", true);
    }

    private void responses(ChangedApiResponse responses) {
      if (responses == null) {
        return;
      }
      responses.getMissing().keySet().forEach(code -> note(null, "response " + code, "removed"));
      responses.getChanged().forEach((code, response) -> response(code, response));
    }

    private void response(String code, ChangedResponse response) {
      String location = "response " + code;
      ChangedHeaders headers = response.getHeaders();
      if (headers != null) {
        headers.getMissing().keySet().forEach(h -> note(null, location + " header " + h, "removed"));
        for (Map.Entry<String, ChangedHeader> h : headers.getChanged().entrySet()) {
          if (h.getValue().isIncompatible()) {
            note(null, location + " header " + h.getKey(), "changed incompatibly");
          }
        }
      }
      content(response.getContent(), location, false);
    }

    private void content(ChangedContent content, String location, boolean request) {
      if (content == null) {
        return;
      }
      content.getMissing().keySet().forEach(type -> note(null, location + " " + type, "media type removed"));
      for (Map.Entry<String, ChangedMediaType> media : content.getChanged().entrySet()) {
        schema(media.getValue().getSchema(), location + " " + media.getKey(), request, newVisited());
      }
    }

    private static Set<ChangedSchema> newVisited() {
      return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private String componentName(ChangedSchema cs) {
      String name = cs.getOldSchema() == null ? null : oldNames.get(cs.getOldSchema());
      return name != null ? name : cs.getNewSchema() == null ? null : newNames.get(cs.getNewSchema());
    }

    private void schema(ChangedSchema cs, String at, boolean request, Set<ChangedSchema> visiting) {
      if (cs == null || !cs.isDifferent() || !visiting.add(cs)) {
        return;
      }
      String component = componentName(cs);
      String location = component != null ? component : at;
      String schema = component != null ? component : inheritedSchema(at);
      Schema<?> oldSchema = cs.getOldSchema();
      Schema<?> newSchema = cs.getNewSchema();
      if (oldSchema != null && newSchema == null) {
        note(schema, location, "schema removed");
      }
      if (cs.isChangedType()) {
        note(schema, location, "type changed from " + type(oldSchema) + " to " + type(newSchema));
      }
      if (cs.isChangeFormat()) {
        note(schema, location, "format changed from " + format(oldSchema) + " to " + format(newSchema));
      }
      for (String property : cs.getMissingProperties().keySet()) {
        note(schema, location, "property '" + property + "' removed");
      }
      ChangedEnum<?> enumeration = cs.getEnumeration();
      if (enumeration != null) {
        enumeration.getMissing().forEach(v -> note(schema, location, "enum value '" + v + "' removed"));
      }
      ChangedRequired required = cs.getRequired();
      if (required != null) {
        if (request) {
          required.getIncreased().forEach(p -> note(schema, location, "property '" + p + "' became required"));
        } else {
          required.getMissing().stream().filter(p -> !cs.getMissingProperties().containsKey(p))
              .forEach(p -> note(schema, location, "property '" + p + "' no longer required"));
        }
      }
      ChangedNullable nullable = cs.getNullable();
      if (nullable != null && nullable.isDifferent()) {
        boolean before = Boolean.TRUE.equals(nullable.getLeft());
        boolean after = Boolean.TRUE.equals(nullable.getRight());
        if (!request && !before && after) {
          note(schema, location, "became nullable");
        } else if (request && before && !after) {
          note(schema, location, "no longer nullable");
        }
      }
      Map<String, Changed> constraints = new LinkedHashMap<>();
      constraints.put("maxLength", cs.getMaxLength());
      constraints.put("minLength", cs.getMinLength());
      constraints.put("numeric range", cs.getNumericRange());
      constraints.put("multipleOf", cs.getMultipleOf());
      constraints.put("maxItems", cs.getMaxItems());
      constraints.put("minItems", cs.getMinItems());
      constraints.put("maxProperties", cs.getMaxProperties());
      constraints.put("minProperties", cs.getMinProperties());
      constraints.put("uniqueItems", cs.getUniqueItems());
      constraints.put("pattern", cs.getPattern());
      constraints.put("readOnly", cs.getReadOnly());
      constraints.put("writeOnly", cs.getWriteOnly());
      constraints.put("oneOf", cs.getOneOfSchema());
      constraints.forEach((label, changed) -> {
        if (changed != null && changed.isIncompatible()) {
          note(schema, location, label + " changed incompatibly");
        }
      });
      if (cs.isDiscriminatorPropertyChanged()) {
        note(schema, location, "discriminator changed");
      }
      cs.getChangedProperties().forEach((name, child) -> schema(child, location + "." + name, request, visiting));
      schema(cs.getItems(), location + "[]", request, visiting);
      schema(cs.getAddProp(), location + "{}", request, visiting);
      visiting.remove(cs);
    }

    /** The component a nested location starts with ({@code Build.creator.name} is in Build), if it names one. */
    private String inheritedSchema(String location) {
      int end = location.length();
      for (char c : new char[] {'.', '[', '{'}) {
        int i = location.indexOf(c);
        if (i > 0 && i < end) {
          end = i;
        }
      }
      String head = location.substring(0, end);
      return newNames.containsValue(head) || oldNames.containsValue(head) ? head : null;
    }

    private static String type(Schema<?> s) {
      return s == null ? "nothing" : String.valueOf(s.getType());
    }

    private static String format(Schema<?> s) {
      return s == null || s.getFormat() == null ? "none" : s.getFormat();
    }
  }
}
