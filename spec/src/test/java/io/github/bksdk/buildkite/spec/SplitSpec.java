package io.github.bksdk.buildkite.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Splits {@code spec/openapi.yaml} by resource group: every path item goes to {@code paths/<group>.yaml} and every
 * schema to {@code schemas/<group>.yaml}, and the main file keeps everything else (info, servers, security, tags,
 * shared parameters, headers and responses, the webhook list) plus an ordered index of {@code $ref}s to them.
 *
 * <p>The split works on the text, so comments, quoting and flow style are kept as written; only indentation is
 * reduced, references are rewritten relative to the new file ({@code '#/components/schemas/Job'} becomes
 * {@code '../openapi.yaml#/components/schemas/Job'}, {@code examples/x.json} becomes {@code ../examples/x.json}), and
 * the merge markers of earlier parallel work ({@code # >>> ...}, {@code # <<< ...}) are dropped.
 *
 * <p>Groups:
 * <ul>
 *   <li>A path item belongs to the group of the tag of its first operation ({@code Builds} becomes
 *       {@code paths/builds.yaml}, {@code ClusterQueues} becomes {@code paths/cluster-queues.yaml}).</li>
 *   <li>A schema belongs to the group of what references it: path items (also through shared parameters,
 *       responses and headers), other schemas (by their own group), and {@code x-buildkite-webhooks} (group
 *       {@code Webhooks}). One group: that group. Several: the group whose name the schema's name starts with
 *       ({@code JobState}, used by Builds and Jobs, goes to Jobs), else {@code schemas/common.yaml}. A schema nothing
 *       references also goes to {@code common.yaml}.</li>
 * </ul>
 *
 * <p>The tool is deterministic and may be run again at any time: it first joins an already split spec back into one
 * text (path items and schemas written straight into the main file are picked up too, and entries of a group file
 * that the index does not list are appended), then splits it afresh, rewriting every file under {@code paths/} and
 * {@code schemas/}. Before it writes anything, it checks in a temporary folder that the split spec, with references
 * resolved, is exactly the joined one (same content, same order). Run it from the repository root with
 * {@code ./mvnw -B -o -q -pl spec test-compile exec:java@split-spec}, or as {@code SplitSpec [spec/openapi.yaml]}.
 */
public final class SplitSpec {
  static final String COMMON = "Common";
  static final String WEBHOOKS = "Webhooks";
  static final String UNTAGGED = "Untagged";
  /** Every comment the tool writes ends with this, so that a later run can recognize and drop it. */
  static final String MARK = "(layout: CONVENTIONS.md)";
  private static final String MARK_UP = "(layout: ../CONVENTIONS.md)";

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
      "trace");
  private static final Pattern KEY = Pattern.compile(
      "^( *)('(?:[^']|'')*'|\"(?:[^\"\\\\]|\\\\.)*\"|[^'\"#\\s][^#]*?):(?:\\s|$)(.*)$");
  private static final Pattern REF = Pattern.compile("(\\$ref:\\s*)(['\"]?)([^'\"\\s},]+)");
  private static final Pattern EXTERNAL = Pattern.compile("(externalValue:\\s*)(['\"]?)([^'\"\\s},]+)");
  private static final Pattern INDEX = Pattern.compile("^\\{\\s*\\$ref:\\s*(['\"]?)([^'\"\\s}]+)\\1\\s*}\\s*$");
  private static final Pattern MARKER = Pattern.compile("^\\s*# (>>>|<<<) .*");
  /** A one-line section title: {@code # ------ Builds}. */
  private static final Pattern TITLE = Pattern.compile("^\\s*# -{10,} \\S.*");
  private static final Pattern URI = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  /** One path item or schema: the comments before it and its own lines, indented as in the main file. */
  record Entry(String key, List<String> leading, List<String> lines) {}

  /** A part of the main file split into entries: where it starts and ends, and what it holds. */
  record Section(int start, int end, List<Entry> entries, List<String> orphans) {}

  /** What a run wrote: the groups of the path items and of the schemas, in file order. */
  record Result(Map<String, List<String>> paths, Map<String, List<String>> schemas) {}

  /**
   * Splits the spec named by the first argument ({@code openapi.yaml} by default, relative to the working folder).
   *
   * @param args optionally the main spec file
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "openapi.yaml").toAbsolutePath().normalize();
    Result result = new SplitSpec().split(root);
    System.out.printf(Locale.ROOT, "[SplitSpec] %s: %d path items in %d files under paths/, %d schemas in %d files"
            + " under schemas/%n", root, count(result.paths()), result.paths().size(), count(result.schemas()),
        result.schemas().size());
  }

  private static int count(Map<String, List<String>> groups) {
    return groups.values().stream().mapToInt(List::size).sum();
  }

  /**
   * Splits (or re-splits) a spec in place.
   *
   * @param root the main spec file; {@code paths/} and {@code schemas/} next to it are rewritten
   * @return what went where
   * @throws IOException if a file cannot be read or written
   */
  public Result split(Path root) throws IOException {
    root = root.toAbsolutePath().normalize();
    Path dir = root.getParent();
    List<String> joined = join(root);
    Path staging = Files.createTempDirectory("split-spec");
    try {
      Layout layout = layout(joined);
      Path stagedRoot = staging.resolve(root.getFileName());
      write(stagedRoot, layout);
      Path stagedJoined = staging.resolve("joined.yaml");
      Files.writeString(stagedJoined, text(joined), StandardCharsets.UTF_8);
      verify(stagedJoined, stagedRoot);
      for (String folder : List.of("paths", "schemas")) {
        deleteYaml(dir.resolve(folder));
      }
      write(root, layout);
      return new Result(names(layout.pathFiles), names(layout.schemaFiles));
    } finally {
      try (Stream<Path> walk = Files.walk(staging)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Map<String, List<String>> names(Map<String, List<Entry>> files) {
    Map<String, List<String>> names = new LinkedHashMap<>();
    files.forEach((file, entries) -> names.put(file, entries.stream().map(Entry::key).toList()));
    return names;
  }

  // ------------------------------------------------------------------------------------------------------------ join

  /** The main file with every path item and schema it references from other files put back in place. */
  List<String> join(Path root) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(root, StandardCharsets.UTF_8));
    Map<Path, Map<String, Entry>> files = new HashMap<>();
    Set<String> used = new LinkedHashSet<>();
    for (String section : List.of("schemas", "paths")) { // schemas first: it comes later in the file
      Section found = section.equals("paths") ? pathsSection(lines) : schemasSection(lines);
      if (found == null) {
        continue;
      }
      int indent = section.equals("paths") ? 2 : 4;
      List<String> out = new ArrayList<>();
      Set<Path> sources = new LinkedHashSet<>();
      for (Entry entry : found.entries()) {
        String value = inlineValue(entry);
        Matcher index = value == null ? null : INDEX.matcher(value);
        if (index == null || !index.matches() || !isLocalFile(index.group(2))) {
          out.addAll(entry.leading());
          out.addAll(entry.lines());
          continue;
        }
        String ref = index.group(2);
        int hash = ref.indexOf('#');
        Path file = root.getParent().resolve(hash < 0 ? ref : ref.substring(0, hash)).normalize();
        String pointer = hash < 0 ? "" : SpecBundler.decodeFragment(ref.substring(hash + 1));
        Map<String, Entry> entries = files.computeIfAbsent(file, this::readGroupFile);
        Entry split = pointer.startsWith("/") && pointer.indexOf('/', 1) < 0
            ? entries.get(pointer.substring(1).replace("~1", "/").replace("~0", "~")) : null;
        if (split == null) {
          throw new IllegalArgumentException("index entry " + entry.key() + " in " + root + " points to " + ref
              + ", which is no top-level entry of that file");
        }
        used.add(file + "#" + split.key());
        sources.add(file);
        out.addAll(rejoin(split, file, root, indent));
      }
      for (Path file : sources) { // entries of a group file that the index does not list yet
        for (Entry entry : files.get(file).values()) {
          if (used.add(file + "#" + entry.key())) {
            System.out.println("[SplitSpec] " + entry.key() + " in " + root.getParent().relativize(file)
                + " was not listed in " + root.getFileName() + ": added at the end of " + section);
            out.addAll(rejoin(entry, file, root, indent));
          }
        }
      }
      out.addAll(found.orphans());
      List<String> rebuilt = new ArrayList<>(lines.subList(0, found.start()));
      rebuilt.addAll(out);
      rebuilt.addAll(lines.subList(found.end(), lines.size()));
      lines = rebuilt;
    }
    for (String folder : List.of("paths", "schemas")) { // a group file nothing references at all
      Path folderPath = root.getParent().resolve(folder);
      if (Files.isDirectory(folderPath)) {
        try (Stream<Path> list = Files.list(folderPath)) {
          for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
            if (!files.containsKey(file.normalize()) && !readGroupFile(file).isEmpty()) {
              throw new IllegalArgumentException(file + " is not referenced from " + root.getFileName()
                  + ": list its entries there (or move them into another group file) and run again");
            }
          }
        }
      }
    }
    return lines;
  }

  /** The value written on an entry's key line, when the entry is only that line. */
  private static String inlineValue(Entry entry) {
    if (entry.lines().size() != 1) {
      return null;
    }
    Matcher m = KEY.matcher(entry.lines().get(0));
    return m.matches() ? m.group(3).trim() : null;
  }

  private static boolean isLocalFile(String ref) {
    return !ref.startsWith("#") && !URI.matcher(ref).matches();
  }

  private Map<String, Entry> readGroupFile(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Section section = entries(lines, 0, lines.size(), 0);
    if (!section.orphans().isEmpty()) {
      throw new IllegalArgumentException("unexpected lines in " + file + ": " + section.orphans());
    }
    Map<String, Entry> byKey = new LinkedHashMap<>();
    section.entries().forEach(e -> byKey.put(e.key(), e));
    return byKey;
  }

  /** An entry of a group file, indented and with references as in the main file. */
  private static List<String> rejoin(Entry entry, Path from, Path root, int indent) {
    List<String> out = new ArrayList<>();
    String pad = " ".repeat(indent);
    Stream.concat(entry.leading().stream(), entry.lines().stream()).forEach(line -> out.add(
        line.isBlank() ? "" : pad + relocate(line, from, root)));
    return out;
  }

  // ---------------------------------------------------------------------------------------------------------- parse

  private Section pathsSection(List<String> lines) {
    int start = topLevelKey(lines, "paths");
    if (start < 0) {
      return null;
    }
    int end = start + 1;
    while (end < lines.size() && !isTopLevelKey(lines.get(end))) {
      end++;
    }
    return entries(lines, start + 1, end, 2);
  }

  private Section schemasSection(List<String> lines) {
    int components = topLevelKey(lines, "components");
    if (components < 0) {
      return null;
    }
    int start = -1;
    for (int i = components + 1; i < lines.size() && !isTopLevelKey(lines.get(i)); i++) {
      if (lines.get(i).matches("^  schemas:\\s*(#.*)?$")) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      return null;
    }
    int end = start + 1;
    while (end < lines.size() && !isTopLevelKey(lines.get(end)) && !isKeyAt(lines.get(end), 2)) {
      end++;
    }
    return entries(lines, start + 1, end, 4);
  }

  private static int topLevelKey(List<String> lines, String key) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("^" + key + ":\\s*(#.*)?$")) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isTopLevelKey(String line) {
    return isKeyAt(line, 0);
  }

  private static boolean isKeyAt(String line, int indent) {
    return !line.isBlank() && indent(line) == indent && !line.trim().startsWith("#");
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * Cuts lines [start, end) into entries whose keys are indented by {@code indent}. Comments at the key's indent
   * (and blank or deeper comment lines after them) lead the next entry; lines indented deeper belong to the current
   * one; comments indented less are orphans, kept in the main file. Merge markers and the tool's own comments are
   * dropped.
   */
  private static Section entries(List<String> lines, int start, int end, int indent) {
    List<Entry> entries = new ArrayList<>();
    List<String> orphans = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    String key = null;
    List<String> leading = null;
    List<String> body = null;
    for (int i = start; i < end; i++) {
      String line = lines.get(i);
      boolean comment = line.trim().startsWith("#");
      if (comment && (MARKER.matcher(line).matches() || line.endsWith(MARK) || line.endsWith(MARK_UP))) {
        continue;
      }
      if (line.isBlank()) {
        if (!pending.isEmpty()) {
          pending.add("");
        } else if (body != null) {
          body.add("");
        }
      } else if (comment && indent(line) < indent) {
        orphans.add(line);
      } else if (comment && (indent(line) == indent || !pending.isEmpty() || body == null)) {
        pending.add(line);
      } else if (comment) {
        body.add(line);
      } else if (indent(line) == indent) {
        if (key != null) {
          add(entries, new Entry(key, leading, body));
        }
        Matcher m = KEY.matcher(line);
        if (!m.matches()) {
          throw new IllegalArgumentException("line " + (i + 1) + " is no mapping key: " + line);
        }
        key = unquote(m.group(2));
        leading = titled(pending);
        pending.clear();
        body = new ArrayList<>();
        body.add(line);
      } else if (indent(line) > indent && body != null) {
        body.add(line);
      } else {
        throw new IllegalArgumentException("line " + (i + 1) + " is indented less than the entries around it: "
            + line);
      }
    }
    if (key != null) {
      add(entries, new Entry(key, leading, body));
    }
    pending.stream().filter(l -> !l.isBlank()).forEach(orphans::add);
    return new Section(start, end, entries, orphans);
  }

  /**
   * Leading comments without a section title directly followed by another one: the first titles nothing (such as
   * the {@code end of webhooks} closer of one section before the title of the next).
   */
  private static List<String> titled(List<String> comments) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < comments.size(); i++) {
      if (!(TITLE.matcher(comments.get(i)).matches() && i + 1 < comments.size()
          && TITLE.matcher(comments.get(i + 1)).matches())) {
        kept.add(comments.get(i));
      }
    }
    return List.copyOf(kept);
  }

  private static void add(List<Entry> entries, Entry entry) {
    if (entries.stream().anyMatch(e -> e.key().equals(entry.key()))) {
      throw new IllegalArgumentException("duplicate key " + entry.key());
    }
    entries.add(new Entry(entry.key(), entry.leading(), List.copyOf(entry.lines())));
  }

  private static String unquote(String key) {
    if (key.startsWith("'")) {
      return key.substring(1, key.length() - 1).replace("''", "'");
    }
    if (key.startsWith("\"")) {
      return key.substring(1, key.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return key.trim();
  }

  // --------------------------------------------------------------------------------------------------------- groups

  /** The joined spec cut into the main file's lines and the entries of every group file. */
  private static final class Layout {
    final List<String> rootLines = new ArrayList<>();
    final Map<String, List<Entry>> pathFiles = new TreeMap<>();
    final Map<String, List<Entry>> schemaFiles = new TreeMap<>();
    final Map<String, String> pathGroups = new LinkedHashMap<>();
    final Map<String, String> schemaGroups = new LinkedHashMap<>();
  }

  private Layout layout(List<String> joined) throws IOException {
    JsonNode document = yaml.readTree(text(joined));
    Section schemas = schemasSection(joined);
    Section paths = pathsSection(joined);
    if (paths == null) {
      throw new IllegalArgumentException("the spec has no paths");
    }
    if (schemas != null && schemas.start() < paths.start()) {
      throw new IllegalArgumentException("components/schemas must come after paths in the main file");
    }
    Layout layout = new Layout();
    Map<String, String> pathGroups = pathGroups(document);
    Map<String, String> schemaGroups = schemaGroups(document, pathGroups);
    layout.pathGroups.putAll(pathGroups);
    layout.schemaGroups.putAll(schemaGroups);

    List<String> out = new ArrayList<>(joined.subList(0, paths.start()));
    out.add("  # Path items live in paths/<group>.yaml, by their tag; this list sets their order " + MARK);
    for (Entry entry : paths.entries()) {
      String file = "paths/" + fileName(pathGroups.get(entry.key()));
      layout.pathFiles.computeIfAbsent(file, f -> new ArrayList<>()).add(entry);
      out.add(entry.lines().get(0).substring(0, keyEnd(entry.lines().get(0))) + ": {$ref: '" + file + "#/" + pointerEncode(entry.key()) + "'}");
    }
    out.addAll(paths.orphans());
    if (schemas == null) {
      out.addAll(joined.subList(paths.end(), joined.size()));
    } else {
      out.addAll(joined.subList(paths.end(), schemas.start()));
      out.add("    # Schemas live in schemas/<group>.yaml, by who uses them (see SplitSpec) " + MARK);
      for (Entry entry : schemas.entries()) {
        String file = "schemas/" + fileName(schemaGroups.get(entry.key()));
        layout.schemaFiles.computeIfAbsent(file, f -> new ArrayList<>()).add(entry);
        out.add("    " + yamlKey(entry.key()) + ": {$ref: '" + file + "#/" + pointerEncode(entry.key()) + "'}");
      }
      out.addAll(schemas.orphans());
      out.addAll(joined.subList(schemas.end(), joined.size()));
    }
    layout.rootLines.addAll(out);
    return layout;
  }

  private static int keyEnd(String line) {
    Matcher m = KEY.matcher(line);
    if (!m.matches()) {
      throw new IllegalArgumentException("no key: " + line);
    }
    return m.end(2);
  }

  /** The group of every path: the first tag of its first tagged operation. */
  static Map<String, String> pathGroups(JsonNode document) {
    Map<String, String> groups = new LinkedHashMap<>();
    document.path("paths").fields().forEachRemaining(path -> {
      String group = UNTAGGED;
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (METHODS.contains(op.getKey()) && op.getValue().path("tags").path(0).isTextual()) {
          group = op.getValue().path("tags").path(0).asText();
          break;
        }
      }
      groups.put(path.getKey(), group);
    });
    return groups;
  }

  /** The group of every schema (see the class comment), in document order. */
  static Map<String, String> schemaGroups(JsonNode document, Map<String, String> pathGroups) {
    JsonNode components = document.path("components");
    JsonNode schemas = components.path("schemas");
    Map<String, Set<String>> direct = new LinkedHashMap<>();
    Map<String, Set<String>> shared = new LinkedHashMap<>();
    schemas.fieldNames().forEachRemaining(name -> {
      direct.put(name, new LinkedHashSet<>());
      shared.put(name, new LinkedHashSet<>());
    });
    document.path("paths").fields().forEachRemaining(path -> reach(path.getValue(), components,
        pathGroups.get(path.getKey()), direct, shared, new LinkedHashSet<>()));
    reach(document.path(SpecBundler.WEBHOOKS), components, WEBHOOKS, direct, shared, new LinkedHashSet<>());
    Map<String, Set<String>> referrers = new LinkedHashMap<>();
    schemas.fieldNames().forEachRemaining(name -> referrers.put(name, new LinkedHashSet<>()));
    schemas.fields().forEachRemaining(schema -> {
      Set<String> refs = new LinkedHashSet<>();
      refs(schema.getValue(), refs);
      refs.stream().map(SplitSpec::schemaName).filter(n -> n != null && referrers.containsKey(n)
          && !n.equals(schema.getKey())).forEach(n -> referrers.get(n).add(schema.getKey()));
    });
    Map<String, String> labels = new LinkedHashMap<>();
    for (int round = 0; round < 100; round++) {
      boolean changed = false;
      for (String name : direct.keySet()) {
        Set<String> owners = new LinkedHashSet<>(direct.get(name));
        referrers.get(name).stream().map(labels::get).filter(l -> l != null).forEach(owners::add);
        Set<String> users = new LinkedHashSet<>(owners);
        users.addAll(shared.get(name));
        String label = choose(name, users, owners);
        if (label != null && !label.equals(labels.get(name))) {
          labels.put(name, label);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    Map<String, String> result = new LinkedHashMap<>();
    direct.keySet().forEach(name -> result.put(name, labels.getOrDefault(name, COMMON)));
    return result;
  }

  /**
   * Adds {@code group} for every schema {@code node} references: to {@code direct} when it names the schema itself,
   * to {@code shared} when it does so through a shared parameter, response or header.
   */
  private static void reach(JsonNode node, JsonNode components, String group, Map<String, Set<String>> direct,
      Map<String, Set<String>> shared, Set<String> seen) {
    Set<String> refs = new LinkedHashSet<>();
    refs(node, refs);
    for (String ref : refs) {
      String schema = schemaName(ref);
      if (schema != null) {
        if (direct.containsKey(schema)) {
          direct.get(schema).add(group);
        }
      } else if (ref.startsWith("#/components/") && seen.add(ref)) {
        reach(components.at(ref.substring("#/components".length())), components, group, shared, shared, seen);
      }
    }
  }

  private static void refs(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> {
        if (f.getKey().equals("$ref") && f.getValue().isTextual()) {
          out.add(f.getValue().asText());
        } else {
          refs(f.getValue(), out);
        }
      });
    } else if (node.isArray()) {
      node.forEach(item -> refs(item, out));
    }
  }

  private static String schemaName(String ref) {
    String prefix = "#/components/schemas/";
    return ref.startsWith(prefix) && ref.indexOf('/', prefix.length()) < 0
        ? ref.substring(prefix.length()).replace("~1", "/").replace("~0", "~") : null;
  }

  /**
   * The one group of all {@code users}, or else the group among the {@code owners} (the users that do not merely
   * reach the schema through a shared component) that the schema is named after, or else common; null while nothing
   * references it.
   */
  static String choose(String schema, Set<String> users, Set<String> owners) {
    if (users.isEmpty()) {
      return null;
    }
    if (users.size() == 1) {
      return users.iterator().next();
    }
    String best = null;
    int bestLength = 0;
    for (String group : owners) {
      if (group.equals(COMMON)) {
        continue;
      }
      for (String stem : stems(group)) {
        if (schema.startsWith(stem) && stem.length() > bestLength) {
          best = group;
          bestLength = stem.length();
        }
      }
    }
    return best == null ? COMMON : best;
  }

  private static List<String> stems(String group) {
    List<String> stems = new ArrayList<>(List.of(group));
    if (group.endsWith("ies")) {
      stems.add(group.substring(0, group.length() - 3) + "y");
    } else if (group.endsWith("s")) {
      stems.add(group.substring(0, group.length() - 1));
    }
    return stems;
  }

  /** {@code ClusterQueues} becomes {@code cluster-queues.yaml}. */
  static String fileName(String group) {
    String kebab = group.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
        .replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
    return kebab.replaceAll("^-|-$", "") + ".yaml";
  }

  // ---------------------------------------------------------------------------------------------------------- write

  private void write(Path root, Layout layout) throws IOException {
    Files.writeString(root, text(layout.rootLines), StandardCharsets.UTF_8);
    writeGroups(root, layout.pathFiles, layout.pathGroups, "paths");
    writeGroups(root, layout.schemaFiles, layout.schemaGroups, "schemas");
  }

  private void writeGroups(Path root, Map<String, List<Entry>> files, Map<String, String> groups, String kind)
      throws IOException {
    for (Map.Entry<String, List<Entry>> file : files.entrySet()) {
      Path target = root.resolveSibling(file.getKey());
      Files.createDirectories(target.getParent());
      int indent = kind.equals("paths") ? 2 : 4;
      String group = groups.get(file.getValue().get(0).key());
      List<String> out = new ArrayList<>();
      out.add(header(kind, group));
      out.add("");
      for (Entry entry : file.getValue()) {
        Stream.concat(entry.leading().stream(), entry.lines().stream()).forEach(line -> out.add(
            line.isBlank() ? "" : relocate(line.substring(Math.min(indent, indent(line))), root, target)));
      }
      Files.writeString(target, text(out), StandardCharsets.UTF_8);
    }
  }

  private static String header(String kind, String group) {
    if (kind.equals("paths")) {
      return "# Path items of the " + group + " group: every operation tagged " + group + ". Each is listed in"
          + " ../openapi.yaml " + MARK_UP;
    }
    if (group.equals(COMMON)) {
      return "# Schemas used by several groups and named after none of them. Each is listed in ../openapi.yaml "
          + MARK_UP;
    }
    if (group.equals(WEBHOOKS)) {
      return "# Schemas of the outgoing webhook events (x-buildkite-webhooks). Each is listed in ../openapi.yaml "
          + MARK_UP;
    }
    return "# Schemas of the " + group + " group: used only by it, or named after it. Each is listed in"
        + " ../openapi.yaml " + MARK_UP;
  }

  /**
   * Rewrites the {@code $ref} and {@code externalValue} locations of a line of file {@code from} so that they mean
   * the same in file {@code to}: {@code '#/components/schemas/Job'} in the main file becomes
   * {@code '../openapi.yaml#/components/schemas/Job'} in {@code paths/jobs.yaml}, and back.
   */
  static String relocate(String line, Path from, Path to) {
    return relocate(EXTERNAL, relocate(REF, line, from, to), from, to);
  }

  private static String relocate(Pattern pattern, String line, Path from, Path to) {
    Matcher m = pattern.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + move(m.group(3), from, to)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String move(String location, Path from, Path to) {
    if (URI.matcher(location).matches() || location.startsWith("/")) {
      return location;
    }
    int hash = location.indexOf('#');
    String file = hash < 0 ? location : location.substring(0, hash);
    String fragment = hash < 0 ? "" : location.substring(hash);
    Path target = file.isEmpty() ? from : from.getParent().resolve(file).normalize();
    if (target.equals(to) && !fragment.isEmpty()) {
      return fragment;
    }
    return to.getParent().relativize(target).toString().replace('\\', '/') + fragment;
  }

  private static String pointerEncode(String key) {
    return key.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D").replace("'", "''")
        .replace(" ", "%20");
  }

  private static String yamlKey(String key) {
    return key.matches("[A-Za-z0-9_.-]+") ? key : "'" + key.replace("'", "''") + "'";
  }

  private static String text(List<String> lines) {
    return String.join("\n", lines) + "\n";
  }

  private void verify(Path joined, Path split) {
    ObjectNode expected = SpecBundler.resolve(joined);
    ObjectNode actual = SpecBundler.resolve(split);
    String expectedJson = SpecBundler.toJson(expected);
    String actualJson = SpecBundler.toJson(actual);
    if (!expectedJson.equals(actualJson)) {
      throw new IllegalStateException("the split spec does not resolve to the joined one (nothing was written): "
          + firstDifference(expectedJson, actualJson));
    }
  }

  private static String firstDifference(String a, String b) {
    String[] x = a.split("\n");
    String[] y = b.split("\n");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return "JSON line " + (i + 1) + ": expected " + x[i].trim() + " but got " + y[i].trim();
      }
    }
    return "lengths differ (" + x.length + " and " + y.length + " lines)";
  }

  private static void deleteYaml(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.delete(file);
      }
    }
  }
}
