package io.github.bksdk.buildkite.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Renders the fixture spec with both template sets and compares every file with the committed snapshot in
 * {@code src/test/resources/expected/}, so that a template change shows its exact effect on generated code in review.
 *
 * <p>After an intended change, regenerate the snapshots with
 * {@code ./mvnw -B -o -pl codegen-templates verify -Dsnapshots.update=true} and commit them with the templates.
 */
class TemplateSnapshotTest {
  private static final boolean UPDATE = Boolean.getBoolean("snapshots.update");
  private static final int CONTEXT_LINES = 3;

  @Test
  void renderedFixtureMatchesTheCommittedSnapshots() throws Exception {
    Map<String, String> actual = FixtureOutput.sources();
    assertThat(actual).as("rendered sources").isNotEmpty();
    if (UPDATE) {
      PluginExecution.deleteRecursively(FixtureOutput.EXPECTED);
      for (var file : actual.entrySet()) {
        Path target = FixtureOutput.EXPECTED.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      }
      System.out.println("[snapshots] rewrote " + actual.size() + " files under " + FixtureOutput.EXPECTED);
    }
    Map<String, String> expected = new java.util.TreeMap<>();
    expected.putAll(FixtureOutput.read(FixtureOutput.EXPECTED.resolve("client"), "client"));
    expected.putAll(FixtureOutput.read(FixtureOutput.EXPECTED.resolve("services"), "services"));
    expected.putAll(FixtureOutput.read(FixtureOutput.EXPECTED.resolve("params"), "params"));

    List<String> problems = new ArrayList<>();
    for (String name : new TreeSet<>(union(expected, actual))) {
      String want = expected.get(name);
      String got = actual.get(name);
      if (want == null) {
        problems.add(name + ": rendered, but there is no snapshot (a new file)");
      } else if (got == null) {
        problems.add(name + ": has a snapshot, but was not rendered");
      } else if (!want.equals(got)) {
        problems.add(firstDifference(name, want, got));
      }
    }
    assertThat(problems)
        .withFailMessage(() -> problems.size() + " generated file(s) differ from src/test/resources/expected/:\n\n"
            + String.join("\n\n", problems)
            + "\n\nIf the change is intended, run: ./mvnw -B -o -pl codegen-templates verify -Dsnapshots.update=true"
            + "\nand commit the updated snapshots with the templates (the fresh output is in "
            + FixtureOutput.OUTPUT + ").")
        .isEmpty();
  }

  private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
    TreeSet<String> names = new TreeSet<>(a.keySet());
    names.addAll(b.keySet());
    return names;
  }

  /** Describes where two versions of a file first differ, with a few lines around it, diff style. */
  static String firstDifference(String name, String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    int line = 0;
    while (line < want.length && line < got.length && want[line].equals(got[line])) {
      line++;
    }
    StringBuilder out = new StringBuilder(name).append(": first difference at line ").append(line + 1)
        .append(" (expected ").append(want.length).append(" lines, rendered ").append(got.length).append(")\n");
    for (int i = Math.max(0, line - CONTEXT_LINES); i < line; i++) {
      out.append("    ").append(want[i]).append('\n');
    }
    // The differing lines: from the first difference, up to CONTEXT_LINES while the two sides still differ.
    int end = line + 1;
    while (end < line + CONTEXT_LINES && end < want.length && end < got.length && !want[end].equals(got[end])) {
      end++;
    }
    for (int i = line; i < Math.min(want.length, end); i++) {
      out.append("  - ").append(want[i]).append('\n');
    }
    for (int i = line; i < Math.min(got.length, end); i++) {
      out.append("  + ").append(got[i]).append('\n');
    }
    return out.toString().stripTrailing();
  }
}
