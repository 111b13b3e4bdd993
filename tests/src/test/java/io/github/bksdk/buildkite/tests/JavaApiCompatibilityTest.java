package io.github.bksdk.buildkite.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.model.Build;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java API compatibility check: the public surface of the SDK (every public or protected type and member of
 * the exported packages of {@code buildkite-sdk} and {@code buildkite-generated-client}; {@code internal} and
 * {@code codegen} are not API) is written as one sorted line per type and member and compared with the committed
 * dump of the last release, {@code api/buildkite-sdk.api}. A line of the dump that is gone is a break: the build
 * fails unless {@code api/api-changes-acknowledged.yaml} lists it with a reason, and fails on acknowledgements
 * that match nothing. New lines are reported, never fatal. Run with {@code -Dapi.dump.update=true} at a release
 * (spec/refresh-baseline.sh does it) to rewrite the dump; the report is {@code tests/target/api-diff.md}.
 */
class JavaApiCompatibilityTest {
  private static final Set<String> EXCLUDED = Set.of("io.github.bksdk.buildkite.internal", "io.github.bksdk.buildkite.codegen");
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void thePublicJavaApiKeepsEveryLineOfTheLastReleaseUnlessABreakIsAcknowledged() throws Exception {
    List<String> current = dump();
    Path dumpFile = ROOT.resolve("api/buildkite-sdk.api");
    if (Boolean.getBoolean("api.dump.update")) {
      Files.write(dumpFile, current, StandardCharsets.UTF_8);
    }
    List<String> baseline = Files.readAllLines(dumpFile, StandardCharsets.UTF_8);
    Set<String> now = new TreeSet<>(current);
    Set<String> before = new TreeSet<>(baseline);
    List<String> removed = baseline.stream().filter(line -> !now.contains(line)).toList();
    List<String> added = current.stream().filter(line -> !before.contains(line)).toList();
    Map<String, String> acknowledged = acknowledged();
    List<String> unacknowledged = removed.stream().filter(line -> !acknowledged.containsKey(line)).toList();
    List<String> stale = acknowledged.keySet().stream().filter(line -> !removed.contains(line)).toList();
    writeReport(removed, added, acknowledged);
    assertThat(unacknowledged).as("Java API breaks against api/buildkite-sdk.api (see tests/target/api-diff.md);"
        + " acknowledge each in api/api-changes-acknowledged.yaml with a reason, or restore it").isEmpty();
    assertThat(stale).as("acknowledged API breaks that match no removed line").isEmpty();
  }

  @Test
  void noPublicConstructorOrMethodOfTheApiTakesAnInternalType() throws Exception {
    assertThat(dump().stream().filter(line -> line.contains(".internal.") || line.contains(".codegen.Response")))
        .as("API members that expose internal types").isEmpty();
  }

  static List<String> dump() throws IOException, URISyntaxException {
    Set<String> lines = new TreeSet<>();
    for (Class<?> anchor : List.of(BuildkiteClient.class, Build.class)) {
      for (String name : classNames(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()))) {
        Class<?> type;
        try {
          type = Class.forName(name, false, anchor.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        if (!isApi(type)) {
          continue;
        }
        lines.add(typeLine(type));
        for (Constructor<?> c : type.getDeclaredConstructors()) {
          if (visible(c.getModifiers(), type)) {
            lines.add(type.getName() + " | " + modifiers(c.getModifiers()) + "<init>(" + params(c.getGenericParameterTypes()) + ")");
          }
        }
        for (Method m : type.getDeclaredMethods()) {
          if (visible(m.getModifiers(), type) && !m.isSynthetic() && !m.isBridge()) {
            lines.add(type.getName() + " | " + modifiers(m.getModifiers()) + m.getGenericReturnType().getTypeName() + " "
                + m.getName() + "(" + params(m.getGenericParameterTypes()) + ")");
          }
        }
        for (Field f : type.getDeclaredFields()) {
          if (visible(f.getModifiers(), type) && !f.isSynthetic()) {
            lines.add(type.getName() + " | " + modifiers(f.getModifiers()) + f.getGenericType().getTypeName() + " " + f.getName());
          }
        }
      }
    }
    return new ArrayList<>(lines);
  }

  private static boolean isApi(Class<?> type) {
    String pkg = type.getPackageName();
    if (EXCLUDED.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."))) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers, Class<?> owner) {
    return Modifier.isPublic(modifiers) || (Modifier.isProtected(modifiers) && !Modifier.isFinal(owner.getModifiers()));
  }

  private static String typeLine(Class<?> type) {
    String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
        : type.isRecord() ? "record" : "class";
    int mods = type.getModifiers() & ~(Modifier.INTERFACE | Modifier.ABSTRACT * (type.isInterface() ? 1 : 0));
    String supers = Stream.concat(
            type.getGenericSuperclass() == null || type.getSuperclass() == Object.class || type.isEnum() || type.isRecord()
                ? Stream.empty() : Stream.of("extends " + type.getGenericSuperclass().getTypeName()),
            Arrays.stream(type.getGenericInterfaces()).map(i -> "implements " + i.getTypeName()))
        .collect(Collectors.joining(" "));
    return type.getName() + " | " + modifiers(mods) + kind + (supers.isEmpty() ? "" : " " + supers);
  }

  private static String modifiers(int modifiers) {
    String text = Modifier.toString(modifiers & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL
        | Modifier.ABSTRACT));
    return text.isEmpty() ? "" : text + " ";
  }

  private static String params(Type[] types) {
    return Arrays.stream(types).map(Type::getTypeName).collect(Collectors.joining(", "));
  }

  private static List<String> classNames(Path location) throws IOException {
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.filter(p -> p.toString().endsWith(".class")).forEach(p -> names.add(className(location.relativize(p).toString())));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          String entry = e.nextElement().getName();
          if (entry.endsWith(".class")) {
            names.add(className(entry));
          }
        }
      }
    }
    return names.stream().filter(n -> !n.endsWith("module-info") && !n.endsWith("package-info")).toList();
  }

  private static String className(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.').replace('\\', '.');
  }

  private static Map<String, String> acknowledged() throws IOException {
    Path file = ROOT.resolve("api/api-changes-acknowledged.yaml");
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    for (JsonNode entry : root == null ? List.<JsonNode>of() : iterable(root.path("acknowledged"))) {
      String line = entry.path("line").asText();
      String reason = entry.path("reason").asText();
      assertThat(reason).as("reason for acknowledged API break %s", line).isNotBlank();
      out.put(line, reason);
    }
    return out;
  }

  private static List<JsonNode> iterable(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private static void writeReport(List<String> removed, List<String> added, Map<String, String> acknowledged)
      throws IOException {
    StringBuilder report = new StringBuilder("# Java API changes against api/buildkite-sdk.api\n\n");
    report.append("## Removed or changed (").append(removed.size()).append(")\n\n");
    Map<String, List<String>> byType = new TreeMap<>();
    removed.forEach(line -> byType.computeIfAbsent(line.substring(0, line.indexOf(" |")), k -> new ArrayList<>()).add(line));
    byType.forEach((type, lines) -> {
      report.append("### ").append(type).append("\n\n");
      lines.forEach(line -> report.append("- `").append(line).append("`")
          .append(acknowledged.containsKey(line) ? " (acknowledged: " + acknowledged.get(line) + ")" : " **NOT ACKNOWLEDGED**")
          .append('\n'));
      report.append('\n');
    });
    report.append("To acknowledge, add to api/api-changes-acknowledged.yaml:\n\n```yaml\nacknowledged:\n");
    removed.stream().filter(l -> !acknowledged.containsKey(l)).forEach(l ->
        report.append("  - line: '").append(l.replace("'", "''")).append("'\n    reason: ...\n"));
    report.append("```\n\n## Added (").append(added.size()).append(")\n\n");
    added.forEach(line -> report.append("- `").append(line).append("`\n"));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/api-diff.md"), report.toString(), StandardCharsets.UTF_8);
  }
}
