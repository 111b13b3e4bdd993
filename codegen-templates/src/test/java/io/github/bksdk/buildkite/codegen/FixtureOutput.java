package io.github.bksdk.buildkite.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fixture spec rendered once per test run with every template set, exactly as generated-client and ext configure
 * the plugin: {@code client} (Feign interfaces, models, support files), {@code services} (service interfaces, their
 * implementations, the client base class) and {@code params} (one typed parameters class per operation).
 */
final class FixtureOutput {
  /** The codegen-templates module directory (surefire runs in it). */
  static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  static final Path FIXTURE = MODULE.resolve("src/test/resources/fixture-spec.yaml");
  static final Path EXPECTED = MODULE.resolve("src/test/resources/expected");
  static final Path OUTPUT = MODULE.resolve("target/template-snapshots");

  /** Template set name to the plugin execution that renders it. */
  private static final Map<String, PluginExecution> SETS = Map.of(
      "client", PluginExecution.read(MODULE.resolveSibling("generated-client"), "feign-client"),
      "services", PluginExecution.read(MODULE.resolveSibling("ext"), "services"),
      "params", PluginExecution.read(MODULE.resolveSibling("ext"), "params"));

  private static Map<String, String> rendered;

  private FixtureOutput() {}

  /**
   * Returns every rendered Java source, keyed by {@code <set>/<path below src/main/java>}, rendering on first use.
   *
   * @return the sources, sorted by key
   */
  static synchronized Map<String, String> sources() {
    if (rendered == null) {
      Map<String, String> sources = new TreeMap<>();
      for (var set : new TreeMap<>(SETS).entrySet()) {
        Path out = OUTPUT.resolve(set.getKey());
        try {
          set.getValue().generate(FIXTURE, out);
        } catch (Exception e) {
          throw new IllegalStateException("rendering the fixture with the " + set.getKey() + " templates failed", e);
        }
        sources.putAll(read(out.resolve("src/main/java"), set.getKey()));
      }
      rendered = sources;
    }
    return rendered;
  }

  /**
   * Reads every {@code .java} file below {@code root}.
   *
   * @param root the source root
   * @param prefix the key prefix (the template set)
   * @return file contents with {@code \n} line ends, keyed by {@code prefix/relative/path}
   */
  static Map<String, String> read(Path root, String prefix) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (var paths = Files.walk(root)) {
      for (Path file : (Iterable<Path>) paths.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String key = prefix + "/" + root.relativize(file).toString().replace('\\', '/');
        String source = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        // ext/pom.xml deletes the empty files the params templates render for operations without optional inputs.
        if (!source.isEmpty()) {
          files.put(key, source);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
