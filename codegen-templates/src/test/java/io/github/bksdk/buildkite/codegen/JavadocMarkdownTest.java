package io.github.bksdk.buildkite.codegen;

import static io.github.bksdk.buildkite.codegen.JavadocMarkdown.toJavadoc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocMarkdownTest {

  @Test
  void blankDescriptionsStayAbsentSoThatTemplateSectionsStayClosed() {
    assertThat(toJavadoc(null)).isNull();
    assertThat(toJavadoc("  \n ")).isNull();
  }

  @Test
  void inlineMarkupBecomesHtml() {
    assertThat(toJavadoc("Use `exclude_jobs`, **always** and *maybe*; see [the docs](https://example.com/a?b=1&c=2)."))
        .isEqualTo("Use <code>exclude_jobs</code>, <strong>always</strong> and <em>maybe</em>; see "
            + "<a href=\"https://example.com/a?b=1&amp;c=2\">the docs</a>.");
  }

  @Test
  void onlyAmpersandAndAngleBracketsAreEscapedNeverQuotesOrBackticks() {
    assertThat(toJavadoc("a < b && \"c\" > 'd' `x<y>`"))
        .isEqualTo("a &lt; b &amp;&amp; \"c\" &gt; 'd' <code>x&lt;y&gt;</code>");
  }

  @Test
  void rawHtmlInTheMarkdownIsShownAsText() {
    assertThat(toJavadoc("Send <token> in <b>bold</b>")).isEqualTo("Send &lt;token&gt; in &lt;b&gt;bold&lt;/b&gt;");
  }

  @Test
  void paragraphsAndListsStayOnOneLine() {
    assertThat(toJavadoc("First line\ncontinues.\n\nSecond:\n\n- one\n- `two`\n\n1. a\n2. b\n\nLast."))
        .isEqualTo("First line continues. <p>Second: <ul><li>one</li><li><code>two</code></li></ul> "
            + "<ol><li>a</li><li>b</li></ol> <p>Last.");
  }

  @Test
  void looseListItemsKeepTheirParagraphs() {
    assertThat(toJavadoc("- one\n\n  more\n\n- two"))
        .isEqualTo("<ul><li>one <p>more</li><li>two</li></ul>");
  }

  @Test
  void sequencesThatWouldBreakTheJavaCommentAreNeutralised() {
    assertThat(toJavadoc("ends */ here")).isEqualTo("ends *{@literal /} here").doesNotContain("*/");
    assertThat(toJavadoc("C:\\users\\me")).isEqualTo("C:{@literal \\}users\\me");
    assertThat(toJavadoc("@mention at the start")).isEqualTo("{@literal @}mention at the start");
    assertThat(toJavadoc("not {@link Foo}")).isEqualTo("not {{@literal @}link Foo}");
    assertThat(toJavadoc("mail me@example.com")).isEqualTo("mail me@example.com");
  }

  @Test
  void codeBlocksArePreformatted() {
    assertThat(toJavadoc("Example:\n\n```\na < b\n```")).isEqualTo("Example: <pre>a &lt; b</pre>");
  }

  @Test
  void uniqueLinesKeepsTheFirstOfRepeatedLinesAndEveryBlankLine() {
    assertThat(BuildkiteJavaCodegen.UniqueLines.uniqueLines("import a.A;\nimport b.B;\n\nimport a.A;\nimport c.C;\n"))
        .isEqualTo("import a.A;\nimport b.B;\n\nimport c.C;\n");
  }
}
