package io.github.bksdk.buildkite.drift;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against an OpenAPI 3.0.3 Schema Object strictly, and says what kind of difference each problem
 * is. Strict means as OAS 3.0.3 reads: {@code nullable: true} admits {@code null} only where the schema has a
 * {@code type}, and never into an {@code enum} that does not list {@code null}; a missing {@code type} admits any
 * value. On top of validity it reports {@link Finding.Kind#UNDECLARED_FIELD}: a field of an object whose schema
 * declares {@code properties} but says nothing about {@code additionalProperties} (valid OpenAPI, but drift).
 *
 * <p>Supported keywords: {@code $ref} (to {@code #/components/schemas/...} of the document given), {@code type},
 * {@code format} ({@code int32}, {@code int64}), {@code nullable}, {@code enum}, {@code required},
 * {@code properties}, {@code additionalProperties}, {@code items}, {@code allOf}, {@code oneOf}, {@code anyOf},
 * {@code minimum}, {@code maximum}, {@code minLength}, {@code maxLength}, {@code minItems}, {@code maxItems},
 * {@code pattern}. Other formats ({@code date-time}, {@code uuid}) are not checked: Buildkite sends two timestamp
 * forms and the SDK reads both.
 */
public final class SchemaChecker {
  private final JsonNode document;

  /**
   * A checker for schemas of one OpenAPI document.
   *
   * @param document the whole (bundled) OpenAPI document, which {@code $ref}s point into
   */
  public SchemaChecker(JsonNode document) {
    if (document == null || !document.isObject()) {
      throw new IllegalArgumentException("document must be an OpenAPI document (a JSON object)");
    }
    this.document = document;
  }

  /**
   * Checks a value.
   *
   * @param value the JSON value (a Jackson {@code NullNode} for JSON null)
   * @param schema the Schema Object
   * @return every problem found, in document order; empty when the value matches
   */
  public List<Finding> check(JsonNode value, JsonNode schema) {
    List<Finding> out = new ArrayList<>();
    walk(value, schema, "", out);
    return out;
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int depth = 0; current.has("$ref"); depth++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/") || depth > 32) {
        throw new IllegalArgumentException("unsupported or cyclic reference " + ref);
      }
      JsonNode target = document.at(ref.substring(1));
      if (target.isMissingNode()) {
        throw new IllegalArgumentException("reference " + ref + " points to nothing");
      }
      current = target;
    }
    return current;
  }

  private void walk(JsonNode value, JsonNode rawSchema, String pointer, List<Finding> out) {
    JsonNode schema = resolve(rawSchema);
    String where = pointer.isEmpty() ? "/" : pointer;
    if (schema.has("allOf")) {
      schema.get("allOf").forEach(part -> walk(value, part, pointer, out));
    }
    for (String combinator : List.of("oneOf", "anyOf")) {
      if (schema.has(combinator)) {
        int matching = 0;
        for (JsonNode option : schema.get(combinator)) {
          if (check(value, option).isEmpty()) {
            matching++;
          }
        }
        boolean ok = combinator.equals("anyOf") ? matching > 0 : matching == 1;
        if (!ok) {
          out.add(new Finding(Finding.Kind.TYPE_MISMATCH, where,
              combinator + ": " + matching + " of " + schema.get(combinator).size() + " schemas match"));
        }
      }
    }
    String type = schema.path("type").asText("");
    if (value == null || value.isNull() || value.isMissingNode()) {
      JsonNode enumValues = schema.get("enum");
      if (enumValues != null && !contains(enumValues, value)) {
        out.add(new Finding(Finding.Kind.NULL_NOT_ALLOWED, where, "null is not listed in the enum " + enumValues));
      } else if (!type.isEmpty() && !schema.path("nullable").asBoolean(false)) {
        out.add(new Finding(Finding.Kind.NULL_NOT_ALLOWED, where, "null where a non-nullable " + type + " is declared"));
      }
      return;
    }
    JsonNode enumValues = schema.get("enum");
    if (enumValues != null && !contains(enumValues, value)) {
      out.add(new Finding(Finding.Kind.UNKNOWN_ENUM_VALUE, where, "value " + value + " is not one of " + enumValues));
    }
    switch (type) {
      case "object" -> object(value, schema, pointer, out);
      case "array" -> array(value, schema, pointer, out);
      case "string" -> string(value, schema, where, out);
      case "integer" -> integer(value, schema, where, out);
      case "number" -> number(value, schema, where, out);
      case "boolean" -> {
        if (!value.isBoolean()) {
          out.add(mismatch(where, "boolean", value));
        }
      }
      case "" -> {
        if (schema.has("properties") && value.isObject()) {
          object(value, schema, pointer, out);
        }
      }
      default -> throw new IllegalArgumentException("unknown type " + type + " at " + where);
    }
  }

  private void object(JsonNode value, JsonNode schema, String pointer, List<Finding> out) {
    String where = pointer.isEmpty() ? "/" : pointer;
    if (!value.isObject()) {
      out.add(mismatch(where, "object", value));
      return;
    }
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        out.add(new Finding(Finding.Kind.MISSING_REQUIRED, where, "required field '" + required.asText() + "' is absent"));
      }
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.get("additionalProperties");
    value.fields().forEachRemaining(field -> {
      String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
      if (properties.has(field.getKey())) {
        walk(field.getValue(), properties.get(field.getKey()), child, out);
      } else if (additional != null && additional.isObject()) {
        walk(field.getValue(), additional, child, out);
      } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
        out.add(new Finding(Finding.Kind.UNDECLARED_FIELD, child, "field '" + field.getKey()
            + "' is not allowed (additionalProperties: false)"));
      } else if (additional == null && properties.size() > 0) {
        out.add(new Finding(Finding.Kind.UNDECLARED_FIELD, child, "field '" + field.getKey() + "' is not declared"
            + " (sample: " + sample(field.getValue()) + ")"));
      }
    });
  }

  private void array(JsonNode value, JsonNode schema, String pointer, List<Finding> out) {
    String where = pointer.isEmpty() ? "/" : pointer;
    if (!value.isArray()) {
      out.add(mismatch(where, "array", value));
      return;
    }
    if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
      out.add(new Finding(Finding.Kind.TYPE_MISMATCH, where, "fewer than minItems " + schema.get("minItems")));
    }
    if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
      out.add(new Finding(Finding.Kind.TYPE_MISMATCH, where, "more than maxItems " + schema.get("maxItems")));
    }
    JsonNode items = schema.get("items");
    if (items != null) {
      for (int i = 0; i < value.size(); i++) {
        walk(value.get(i), items, pointer + "/" + i, out);
      }
    }
  }

  private static void string(JsonNode value, JsonNode schema, String where, List<Finding> out) {
    if (!value.isTextual()) {
      out.add(mismatch(where, "string", value));
      return;
    }
    String text = value.asText();
    int length = text.codePointCount(0, text.length());
    if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
      out.add(new Finding(Finding.Kind.TYPE_MISMATCH, where, "shorter than minLength " + schema.get("minLength")));
    }
    if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
      out.add(new Finding(Finding.Kind.TYPE_MISMATCH, where, "longer than maxLength " + schema.get("maxLength")));
    }
    if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
      out.add(new Finding(Finding.Kind.TYPE_MISMATCH, where, "does not match pattern " + schema.get("pattern")));
    }
  }

  private static void integer(JsonNode value, JsonNode schema, String where, List<Finding> out) {
    if (!value.isIntegralNumber() && !(value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0)) {
      out.add(mismatch(where, "integer", value));
      return;
    }
    String format = schema.path("format").asText("");
    if (format.equals("int32") && !value.canConvertToInt() || format.equals("int64") && !value.canConvertToLong()) {
      out.add(new Finding(Finding.Kind.TYPE_MISMATCH, where, value + " does not fit format " + format));
    }
    range(value, schema, where, out);
  }

  private static void number(JsonNode value, JsonNode schema, String where, List<Finding> out) {
    if (!value.isNumber()) {
      out.add(mismatch(where, "number", value));
      return;
    }
    range(value, schema, where, out);
  }

  private static void range(JsonNode value, JsonNode schema, String where, List<Finding> out) {
    if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
      out.add(new Finding(Finding.Kind.TYPE_MISMATCH, where, value + " is below minimum " + schema.get("minimum")));
    }
    if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
      out.add(new Finding(Finding.Kind.TYPE_MISMATCH, where, value + " is above maximum " + schema.get("maximum")));
    }
  }

  private static boolean contains(JsonNode enumValues, JsonNode value) {
    for (JsonNode candidate : enumValues) {
      if (value == null || value.isNull() || value.isMissingNode() ? candidate.isNull() : candidate.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static Finding mismatch(String where, String expected, JsonNode value) {
    return new Finding(Finding.Kind.TYPE_MISMATCH, where,
        expected + " expected, got " + value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + sample(value));
  }

  /** A short rendering of a value for the report: scalars as JSON, containers by their size only. */
  static String sample(JsonNode value) {
    if (value.isObject()) {
      return "an object with " + value.size() + " field(s)";
    }
    if (value.isArray()) {
      return "an array of " + value.size();
    }
    String text = value.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
