package io.github.bksdk.buildkite.codegen;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Turns a CommonMark description from the spec into Javadoc HTML that can be pasted into a comment as is.
 *
 * <p>The result is one line, so that a template can put it after {@code * } or {@code @param name } without caring
 * about indentation: the first paragraph is bare text, every later paragraph starts with {@code <p>}, lists become
 * {@code <ul>}/{@code <ol>} with {@code <li>} items. Inline code becomes {@code <code>}, {@code **strong**} and
 * {@code *emphasis*} become {@code <strong>} and {@code <em>}, links become {@code <a href>}. Text is escaped for HTML
 * ({@code &}, {@code <} and {@code >} only; quotes, apostrophes and backticks stay as they are), raw HTML in the
 * Markdown is shown as text, and the few sequences that would break a Java comment ({@code *}{@code /}, a
 * backslash-u, a leading or brace-prefixed {@code @}) are neutralised with {@code {@literal ...}}.
 */
public final class JavadocMarkdown {
  private static final Parser PARSER = Parser.builder().build();

  private JavadocMarkdown() {}

  /**
   * Renders a Markdown description as one line of Javadoc HTML.
   *
   * @param markdown the description from the spec; may be null
   * @return the HTML, or null when {@code markdown} is null or blank (so that {@code {{#description}}} sections in
   *     the templates stay closed)
   */
  public static String toJavadoc(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return null;
    }
    Renderer renderer = new Renderer();
    PARSER.parse(markdown.strip()).accept(renderer);
    String html = renderer.out.toString().strip();
    return html.isEmpty() ? null : protectComment(html);
  }

  /** Makes the HTML safe inside a Java block comment and a Javadoc comment. */
  private static String protectComment(String html) {
    String safe = html
        // "*/" would end the comment.
        .replace("*/", "*{@literal /}")
        // The compiler reads a backslash-u as a Unicode escape anywhere in the source, comments included.
        .replace("\\u", "{@literal \\}u");
    // "@" at the start of a comment line begins a block tag.
    return safe.startsWith("@") ? "{@literal @}" + safe.substring(1) : safe;
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        // "{@" would open an inline tag.
        case '@' -> out.append(i > 0 && text.charAt(i - 1) == '{' ? "{@literal @}" : "@");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String escapeAttribute(String value) {
    return escape(value).replace("\"", "%22");
  }

  /** Walks the Markdown tree and appends HTML; blocks are separated by one space. */
  private static final class Renderer extends AbstractVisitor {
    private final StringBuilder out = new StringBuilder();
    /** Whether the next paragraph is the first block of its container (no {@code <p>} needed). */
    private boolean firstBlock = true;
    /** Whether paragraphs are rendered bare, as in a tight list. */
    private boolean tight;

    private void startBlock(String open) {
      if (!firstBlock) {
        out.append(' ');
      }
      out.append(open);
      firstBlock = false;
    }

    @Override
    public void visit(Paragraph paragraph) {
      startBlock(firstBlock || tight ? "" : "<p>");
      visitChildren(paragraph);
    }

    @Override
    public void visit(Heading heading) {
      startBlock(firstBlock ? "<strong>" : "<p><strong>");
      visitChildren(heading);
      out.append("</strong>");
    }

    @Override
    public void visit(BulletList list) {
      renderList(list, "ul", list.isTight());
    }

    @Override
    public void visit(OrderedList list) {
      renderList(list, "ol", list.isTight());
    }

    private void renderList(Node list, String tag, boolean isTight) {
      startBlock("<" + tag + ">");
      boolean outerTight = tight;
      tight = isTight;
      visitChildren(list);
      tight = outerTight;
      out.append("</").append(tag).append('>');
    }

    @Override
    public void visit(ListItem item) {
      out.append("<li>");
      boolean outerFirst = firstBlock;
      firstBlock = true;
      visitChildren(item);
      firstBlock = outerFirst;
      out.append("</li>");
    }

    @Override
    public void visit(BlockQuote quote) {
      startBlock("<blockquote>");
      boolean outerFirst = firstBlock;
      firstBlock = true;
      visitChildren(quote);
      firstBlock = outerFirst;
      out.append("</blockquote>");
    }

    @Override
    public void visit(FencedCodeBlock code) {
      codeBlock(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      codeBlock(code.getLiteral());
    }

    private void codeBlock(String literal) {
      startBlock("<pre>");
      out.append(escape(literal.stripTrailing())).append("</pre>");
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
      startBlock("<hr>");
    }

    @Override
    public void visit(HtmlBlock html) {
      startBlock(firstBlock || tight ? "" : "<p>");
      out.append(escape(html.getLiteral().strip()));
    }

    @Override
    public void visit(Text text) {
      out.append(escape(text.getLiteral()));
    }

    @Override
    public void visit(Code code) {
      out.append("<code>").append(escape(code.getLiteral())).append("</code>");
    }

    @Override
    public void visit(Emphasis emphasis) {
      out.append("<em>");
      visitChildren(emphasis);
      out.append("</em>");
    }

    @Override
    public void visit(StrongEmphasis strong) {
      out.append("<strong>");
      visitChildren(strong);
      out.append("</strong>");
    }

    @Override
    public void visit(Link link) {
      out.append("<a href=\"").append(escapeAttribute(link.getDestination())).append("\">");
      visitChildren(link);
      out.append("</a>");
    }

    @Override
    public void visit(Image image) {
      // No images in Javadoc: keep the alt text.
      visitChildren(image);
    }

    @Override
    public void visit(HtmlInline html) {
      out.append(escape(html.getLiteral()));
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
      out.append(' ');
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
      out.append("<br>");
    }
  }
}
