package io.github.bksdk.buildkite.examples;

import io.github.bksdk.buildkite.errors.BuildkiteException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes the demo's output: section headings, aligned tables, notes and one-line problems. Every cell and message is
 * flattened to a single line, so that what the API sends can never break the layout.
 */
public final class Console {
  /** The widest a table cell may be before it is shortened. */
  static final int MAX_CELL_WIDTH = 60;

  private static final String INDENT = "  ";
  private static final String GAP = "  ";

  private final PrintStream out;

  /**
   * Creates a console writing to the given stream.
   *
   * @param out where to write, for example {@code System.out}
   */
  public Console(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Writes an unindented line, such as the banner.
   *
   * @param text the text
   */
  public void line(String text) {
    out.println(oneLine(text));
  }

  /**
   * Starts a section: a blank line, then the title.
   *
   * @param title the title
   */
  public void section(String title) {
    out.println();
    out.println(oneLine(title));
  }

  /**
   * Writes an indented remark under the current section.
   *
   * @param text the remark
   */
  public void note(String text) {
    out.println(INDENT + oneLine(text));
  }

  /**
   * Writes an indented line of quoted content such as a log line, keeping its own indentation.
   *
   * @param prefix what to put before the content, for example {@code "| "}
   * @param content the content
   */
  public void quote(String prefix, String content) {
    out.println(INDENT + prefix + flatten(content).stripTrailing());
  }

  /**
   * Reports an API error as a single line: what was being done, then the SDK's message (status, the API's message
   * and the request line; never a credential).
   *
   * @param doing what failed, for example {@code "listing pipelines"}
   * @param error the error
   */
  public void problem(String doing, BuildkiteException error) {
    out.println(INDENT + "! " + doing + " failed: " + oneLine(error.getMessage()));
  }

  /**
   * Writes a table with a header row; every column is as wide as its widest cell, and the last one is not padded.
   *
   * @param headers the column headings
   * @param rows the rows, each with one cell per heading
   * @throws IllegalArgumentException if a row has the wrong number of cells
   */
  public void table(List<String> headers, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>(rows.size() + 1);
    all.add(headers);
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + row.size());
      }
      all.add(row.stream().map(Console::cell).toList());
    }
    int[] widths = new int[headers.size()];
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder(INDENT);
      for (int i = 0; i < row.size(); i++) {
        boolean last = i == row.size() - 1;
        line.append(last ? row.get(i) : pad(row.get(i), widths[i])).append(last ? "" : GAP);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String cell(String value) {
    String flat = oneLine(value == null ? "" : value);
    return flat.length() <= MAX_CELL_WIDTH ? flat : flat.substring(0, MAX_CELL_WIDTH - 3) + "...";
  }

  private static String pad(String value, int width) {
    return value + " ".repeat(width - value.length());
  }

  /** Replaces line breaks and other control characters with spaces and trims the result. */
  static String oneLine(String text) {
    return flatten(text).strip();
  }

  private static String flatten(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder flat = new StringBuilder(text.length());
    text.codePoints().forEach(c -> flat.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return flat.toString();
  }
}
