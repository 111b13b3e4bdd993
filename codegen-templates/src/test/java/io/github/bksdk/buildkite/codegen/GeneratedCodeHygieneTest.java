package io.github.bksdk.buildkite.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The three defects issue 8 found in generated code, counted over the rendered fixture: each count must be 0. The
 * same counts over the real build are the shell commands in codegen-templates/README.md.
 */
class GeneratedCodeHygieneTest {
  /** A numeric character reference or a quote entity: Mustache's HTML escaping leaking into Javadoc. */
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|quot|apos|#39);");
  private static final Pattern ANNOTATION_START = Pattern.compile("@[A-Za-z_][\\w.]*\\s*\\(");
  private static final Pattern EMPTY_VALUE = Pattern.compile("\\w+\\s*=\\s*\"\"");
  /** Empty values that mean something: Jackson's builder setters have no prefix. */
  private static final Pattern INTENDED_EMPTY_VALUE = Pattern.compile("@JsonPOJOBuilder\\(withPrefix = \"\"");

  @Test
  void noFileHasDuplicateImports() {
    List<String> offenders = new ArrayList<>();
    FixtureOutput.sources().forEach((name, source) -> {
      Set<String> seen = new HashSet<>();
      source.lines().filter(l -> l.startsWith("import ")).filter(l -> !seen.add(l))
          .forEach(l -> offenders.add(name + ": " + l));
    });
    assertThat(offenders).as("duplicate imports").isEmpty();
  }

  @Test
  void noLineHasHtmlEntitiesLeakedByEscaping() {
    List<String> offenders = new ArrayList<>();
    forEachLine((where, line) -> {
      if (ENTITY.matcher(line).find()) {
        offenders.add(where + ": " + line.strip());
      }
    });
    assertThat(offenders).as("lines with HTML entities").isEmpty();
  }

  @Test
  void noAnnotationHasAnEmptyValue() {
    List<String> offenders = new ArrayList<>();
    FixtureOutput.sources().forEach((name, source) -> {
      for (String annotation : annotations(source)) {
        String checked = INTENDED_EMPTY_VALUE.matcher(annotation).replaceFirst("@JsonPOJOBuilder(");
        if (EMPTY_VALUE.matcher(checked).find()) {
          offenders.add(name + ": " + annotation.replaceAll("\\s+", " "));
        }
      }
    });
    assertThat(offenders).as("annotations with an empty value").isEmpty();
  }

  @Test
  void theFixtureExercisesWhatTheseChecksLookFor() {
    Map<String, String> sources = FixtureOutput.sources();
    String buildsApi = sources.get("client/io/github/bksdk/buildkite/internal/api/BuildsApi.java");
    // Markdown became HTML, with the HTML-sensitive characters escaped once.
    assertThat(buildsApi)
        .contains("<strong>newest first</strong>", "<em>emphasis</em>", "<code>inline code</code>",
            "<a href=\"https://buildkite.com/docs?a=1&amp;b=2\">link</a>", "a &lt; b &amp; c &gt; d, \"quotes\" and it's",
            "<p>A second paragraph with a list: <ul><li><code>branch[]</code> filters by branch</li>")
        .doesNotContain("`");
    // The operation without x-buildkite-scope/-pagination has the annotation without those attributes.
    assertThat(sources.get("client/io/github/bksdk/buildkite/internal/api/RootApi.java"))
        .contains("@BuildkiteOperation(id = \"getRoot\", method = \"GET\")");
    // The optional-body variant carries the operation's own annotation values and its @Deprecated (inside
    // {{#bodyParam}} both used to come from the parameter).
    String pipelines = sources.get("client/io/github/bksdk/buildkite/internal/api/PipelinesApi.java");
    String withoutBody = pipelines.substring(pipelines.lastIndexOf("*/", pipelines.indexOf("updatePipelineWithoutBody(")),
        pipelines.indexOf("updatePipelineWithoutBody("));
    assertThat(withoutBody).contains("@Deprecated", "scope = \"write_pipelines\", pagination = \"none\"");
  }

  /** Every annotation with arguments, from {@code @} to its closing parenthesis (string literals respected). */
  static List<String> annotations(String source) {
    List<String> found = new ArrayList<>();
    Matcher start = ANNOTATION_START.matcher(source);
    while (start.find()) {
      int depth = 0;
      boolean inString = false;
      int i = start.end() - 1;
      for (; i < source.length(); i++) {
        char c = source.charAt(i);
        if (inString) {
          if (c == '\\') {
            i++;
          } else if (c == '"') {
            inString = false;
          }
        } else if (c == '"') {
          inString = true;
        } else if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          break;
        }
      }
      found.add(source.substring(start.start(), Math.min(i + 1, source.length())));
    }
    return found;
  }

  private interface LineVisitor {
    void visit(String where, String line);
  }

  private static void forEachLine(LineVisitor visitor) {
    FixtureOutput.sources().forEach((name, source) -> {
      String[] lines = source.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        visitor.visit(name + ":" + (i + 1), lines[i]);
      }
    });
  }
}
