package io.github.bksdk.buildkite.spec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns {@code spec/openapi.yaml}, with the files it references ({@code paths/<group>.yaml},
 * {@code schemas/<group>.yaml}), into one self-contained OpenAPI document.
 *
 * <ul>
 *   <li>Every {@code $ref} to another file ({@code other.yaml#/components/schemas/X}, {@code schemas/x.yaml}) is replaced
 *       by what it points to, recursively; references inside the main document ({@code #/components/...}, or {@code ../openapi.yaml#/components/...}
 *       written in a referenced file) are kept as internal references, so schema names survive for code generators
 *       and documentation. A cycle through other files is an error. The JSON pointer after {@code #} may
 *       percent-encode characters ({@code %7B} for a path template's brace), as URI fragments do.</li>
 *   <li>Every Example Object with an {@code externalValue} naming a local file gets that file's content as
 *       {@code value} (JSON and YAML parsed, anything else as text) and loses the {@code externalValue}.</li>
 *   <li>In the {@code x-buildkite-webhooks} extension, each event's {@code example} (and {@code examples}) file names
 *       are replaced by the payloads themselves; the file names stay in {@code x-buildkite-example-file(s)}, which is
 *       what {@code x-buildkite-example-errata} entries refer to.</li>
 * </ul>
 *
 * <p>Everything else, vendor extensions, key order and comments aside, is copied unchanged. Run by the spec module's
 * build ({@code exec:java}, phase {@code process-test-classes}) as
 * {@code SpecBundler <spec.yaml> <outDir> [<resourceDir>]}: it writes {@code outDir/openapi-bundled.yaml} and
 * {@code .json}, and {@code resourceDir/openapi.yaml} and {@code .json} for the jar.
 */
public final class SpecBundler {
  static final String WEBHOOKS = "x-buildkite-webhooks";

  private static final String HEADER = "# Bundled from spec/openapi.yaml by SpecBundler: every reference to another file is resolved and every\n"
      + "# documented example is inlined. Generated at build time; edit spec/openapi.yaml, spec/paths/ and spec/schemas/\n"
      + "# instead.\n";

  private static final String RESOLVED_HEADER = "# spec/openapi.yaml as one file (SpecBundler --resolve): the files it references are resolved,\n"
      + "# documented examples stay file names. Written by spec/refresh-baseline.sh at a release; do not edit.\n";

  /** What the bundler does with an Example Object's {@code externalValue}. */
  public enum Examples {
    /** Replace it by the file's content as {@code value} (the published bundle). */
    INLINE,
    /** Drop it (for comparing specs, where examples do not matter and an old copy may lack its example files). */
    DROP,
    /**
     * Keep it, rewritten relative to the main document ({@code ../examples/x.json} in {@code paths/builds.yaml}
     * becomes {@code examples/x.json}): the spec as one document, exactly as if it had been written in one file.
     * Webhook examples stay file names.
     */
    KEEP
  }

  private final Examples examples;
  private final boolean inlineExamples;
  private final ObjectMapper yamlReader = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  // Documented examples are copied byte-for-byte and a few repeat a key (jobs-env.json): the last one wins, as in
  // most JSON parsers.
  private final ObjectMapper jsonReader = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  private final Map<Path, JsonNode> documents = new HashMap<>();
  private Path rootFile;

  /** A bundler that inlines every documented example. */
  public SpecBundler() {
    this(true);
  }

  /**
   * A bundler.
   *
   * @param inlineExamples whether to inline example files; when false (for comparing specs, where examples do not
   *     matter and an old copy may lack its example files) {@code externalValue} is only dropped
   */
  public SpecBundler(boolean inlineExamples) {
    this(inlineExamples ? Examples.INLINE : Examples.DROP);
  }

  /**
   * A bundler.
   *
   * @param examples what to do with {@code externalValue}
   */
  public SpecBundler(Examples examples) {
    this.examples = examples;
    this.inlineExamples = examples == Examples.INLINE;
  }

  /**
   * The spec as one document with nothing inlined: references to other files resolved, {@code externalValue}
   * relative to the main document. What the tests read instead of the main file, which may now hold only references.
   *
   * @param spec the main OpenAPI document
   * @return the resolved document
   */
  public static ObjectNode resolve(Path spec) {
    return new SpecBundler(Examples.KEEP).bundle(spec);
  }

  /**
   * Bundles the spec and writes the bundle; with {@code --resolve}, writes the spec as one file instead.
   *
   * @param args the spec file, the output folder, and optionally the folder of the jar resource; or
   *     {@code --resolve}, the spec file and the output file
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("--resolve")) {
      Path spec = Path.of(args[1]).toAbsolutePath().normalize();
      write(Path.of(args[2]), toYaml(resolve(spec), RESOLVED_HEADER));
      System.out.printf(Locale.ROOT, "[SpecBundler] %s -> %s (one file, examples left as files)%n", spec, args[2]);
      return;
    }
    if (args.length < 2) {
      throw new IllegalArgumentException(
          "usage: SpecBundler <openapi.yaml> <outDir> [<resourceDir>] | SpecBundler --resolve <openapi.yaml> <out>");
    }
    Path spec = Path.of(args[0]).toAbsolutePath().normalize();
    ObjectNode bundle = new SpecBundler().bundle(spec);
    String yaml = toYaml(bundle);
    String json = toJson(bundle);
    write(Path.of(args[1]).resolve("openapi-bundled.yaml"), yaml);
    write(Path.of(args[1]).resolve("openapi-bundled.json"), json);
    if (args.length > 2) {
      write(Path.of(args[2]).resolve("openapi.yaml"), yaml);
      write(Path.of(args[2]).resolve("openapi.json"), json);
    }
    System.out.printf(Locale.ROOT, "[SpecBundler] %s -> %s (%d bytes YAML, %d bytes JSON)%n", spec,
        Path.of(args[1]).resolve("openapi-bundled.yaml"), yaml.getBytes(StandardCharsets.UTF_8).length,
        json.getBytes(StandardCharsets.UTF_8).length);
  }

  /**
   * Bundles one spec file.
   *
   * @param spec the main OpenAPI document
   * @return the bundled document
   */
  public ObjectNode bundle(Path spec) {
    rootFile = spec.toAbsolutePath().normalize();
    JsonNode root = load(rootFile);
    if (!root.isObject()) {
      throw new IllegalArgumentException(spec + " is not an OpenAPI document (no top-level mapping)");
    }
    ObjectNode bundled = (ObjectNode) resolve(root, rootFile, new ArrayDeque<>(), Kind.OTHER);
    if (inlineExamples && bundled.get(WEBHOOKS) instanceof ObjectNode webhooks) {
      webhooks.fields().forEachRemaining(e -> {
        if (e.getValue() instanceof ObjectNode event) {
          e.setValue(inlineWebhookExamples(event));
        }
      });
    }
    return bundled;
  }

  /** Serializes a document as YAML, with a header saying where it comes from. */
  static String toYaml(JsonNode document) {
    return toYaml(document, HEADER);
  }

  /** Serializes a document as YAML after the given comment lines. */
  static String toYaml(JsonNode document, String header) {
    YAMLFactory factory = YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .stringQuotingChecker(new Yaml11QuotingChecker())
        .build();
    try {
      return header + new ObjectMapper(factory).writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Quotes, besides what Jackson quotes already (YAML 1.2 booleans, numbers, null), every plain string that a YAML 1.1
   * reader such as PyYAML or SnakeYAML would turn into something else: timestamps and dates (even impossible ones such
   * as {@code 2012-03-04T56:07:08Z}, on which PyYAML fails), sexagesimal numbers ({@code 1:30}), numbers with
   * underscores, {@code .inf}/{@code .nan}, the other YAML 1.1 booleans ({@code y}, {@code n}, {@code on}, {@code off},
   * ...) and the merge and value keys {@code <<} and {@code =}. The bundle then reads the same in YAML 1.1 and 1.2
   * tools, and as its JSON twin.
   */
  static final class Yaml11QuotingChecker extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Pattern TIMESTAMP = Pattern.compile(
        "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}.*)?");
    private static final Pattern YAML11_SCALAR = Pattern.compile(
        "[-+]?(?:[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"   // sexagesimal int and float
            + "|[0-9][0-9_]*_[0-9_]*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?" // numbers with underscores
            + "|0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+"                         // binary, hex, octal
            + "|\\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[0-9]+\\.(?:[eE][-+]?[0-9]+)?" // .5, 5.
            + "|\\.(?:inf|Inf|INF))|\\.(?:nan|NaN|NAN)|<<|="
            + "|(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)");

    private static boolean yaml11Special(String value) {
      return TIMESTAMP.matcher(value).matches() || YAML11_SCALAR.matcher(value).matches();
    }

    @Override
    public boolean needToQuoteName(String name) {
      return super.needToQuoteName(name) || yaml11Special(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || yaml11Special(value);
    }
  }

  /** Serializes a document as indented JSON. */
  static String toJson(JsonNode document) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private JsonNode load(Path file) {
    return documents.computeIfAbsent(file, f -> {
      try {
        return yamlReader.readTree(f.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
    });
  }

  /** What a node is, as far as example inlining cares. */
  private enum Kind { OTHER, EXAMPLE_MAP, EXAMPLE }

  /** Copies {@code node} (found in {@code file}) with external references and example files resolved. */
  private JsonNode resolve(JsonNode node, Path file, Deque<String> stack, Kind kind) {
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> copy.add(resolve(item, file, stack, Kind.OTHER)));
      return copy;
    }
    if (!node.isObject()) {
      return node.deepCopy();
    }
    JsonNode ref = node.get("$ref");
    if (ref != null && ref.isTextual()) {
      return resolveReference(ref.asText(), (ObjectNode) node, file, stack, kind);
    }
    if (kind == Kind.EXAMPLE && node.path("externalValue").isTextual()) {
      return inlineExternalValue((ObjectNode) node, file, stack);
    }
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      Kind child = Kind.OTHER;
      if (kind == Kind.EXAMPLE_MAP) {
        child = Kind.EXAMPLE;
      } else if (field.getKey().equals("examples") && value.isObject()) {
        // the map of Example Objects of a media type, parameter or header, or components/examples
        child = Kind.EXAMPLE_MAP;
      }
      copy.set(field.getKey(), resolve(value, file, stack, child));
    }
    return copy;
  }

  private JsonNode resolveReference(String ref, ObjectNode node, Path file, Deque<String> stack, Kind kind) {
    int hash = ref.indexOf('#');
    String location = hash < 0 ? ref : ref.substring(0, hash);
    String pointer = hash < 0 ? "" : decodeFragment(ref.substring(hash + 1));
    if (location.isEmpty() && file.equals(rootFile)) {
      return node.deepCopy(); // an internal reference of the main document stays as it is
    }
    if (location.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
      throw new IllegalArgumentException("remote reference " + ref + " in " + file
          + ": only references to local files can be bundled");
    }
    Path target = location.isEmpty() ? file : file.getParent().resolve(location).normalize();
    if (target.equals(rootFile)) {
      ObjectNode internal = node.deepCopy();
      internal.put("$ref", "#" + pointer);
      return internal;
    }
    String key = target + "#" + pointer;
    if (stack.contains(key)) {
      throw new IllegalArgumentException("circular reference through other files: " + String.join(" -> ", stack)
          + " -> " + key + "; move the recursive schema into " + rootFile.getFileName());
    }
    JsonNode document = load(target);
    JsonNode pointed = pointer.isEmpty() ? document : document.at(pointer);
    if (pointed.isMissingNode()) {
      throw new IllegalArgumentException("reference " + ref + " in " + file + " points to nothing");
    }
    stack.push(key);
    JsonNode resolved = resolve(pointed, target, stack, kind);
    stack.pop();
    if (node.size() > 1 && resolved.isObject()) { // keep what was written next to the $ref (description, ...)
      ObjectNode merged = ((ObjectNode) resolved).deepCopy();
      node.fields().forEachRemaining(f -> {
        if (!f.getKey().equals("$ref")) {
          merged.set(f.getKey(), resolve(f.getValue(), file, stack, Kind.OTHER));
        }
      });
      return merged;
    }
    return resolved;
  }

  private ObjectNode inlineExternalValue(ObjectNode example, Path file, Deque<String> stack) {
    String location = example.get("externalValue").asText();
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    example.fields().forEachRemaining(f -> {
      if (f.getKey().equals("externalValue")) {
        if (inlineExamples) {
          copy.set("value", readExample(location, file));
        } else if (examples == Examples.KEEP) {
          copy.put("externalValue", rebase(location, file));
        }
      } else {
        copy.set(f.getKey(), resolve(f.getValue(), file, stack, Kind.OTHER));
      }
    });
    return copy;
  }

  private ObjectNode inlineWebhookExamples(ObjectNode event) {
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    event.fields().forEachRemaining(f -> {
      JsonNode value = f.getValue();
      if (f.getKey().equals("example") && value.isTextual()) {
        copy.set("example", readExample(value.asText(), rootFile));
        copy.set("x-buildkite-example-file", value);
      } else if (f.getKey().equals("examples") && value.isArray()) {
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        ArrayNode files = JsonNodeFactory.instance.arrayNode();
        value.forEach(v -> {
          values.add(v.isTextual() ? readExample(v.asText(), rootFile) : v);
          files.add(v);
        });
        copy.set("examples", values);
        copy.set("x-buildkite-example-files", files);
      } else {
        copy.set(f.getKey(), value);
      }
    });
    return copy;
  }

  /** The location of a file named in {@code file}, written relative to the main document. */
  private String rebase(String location, Path file) {
    if (location.matches("(?i)[a-z][a-z0-9+.-]*:.*") || file.getParent().equals(rootFile.getParent())) {
      return location;
    }
    Path target = file.getParent().resolve(location).normalize();
    return rootFile.getParent().relativize(target).toString().replace('\\', '/');
  }

  /** Decodes the percent-escapes of a URI fragment ({@code %7B} is a brace); other characters are kept. */
  static String decodeFragment(String fragment) {
    if (fragment.indexOf('%') < 0) {
      return fragment;
    }
    return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private JsonNode readExample(String location, Path file) {
    if (location.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
      throw new IllegalArgumentException("example " + location + " in " + file
          + " is not a local file: only local examples can be inlined");
    }
    Path example = file.getParent().resolve(location).normalize();
    try {
      String name = example.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".json")) {
        return jsonReader.readTree(example.toFile());
      }
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        return yamlReader.readTree(example.toFile());
      }
      return TextNode.valueOf(Files.readString(example, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read example " + location + " (from " + file + ")", e);
    }
  }
}
