package io.github.bksdk.buildkite.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the first lines of a Buildkite job log and makes them fit for a terminal: the agent's timestamp markers
 * ({@code ESC _bk;t=...BEL}) and ANSI colour sequences are removed.
 */
final class LogLines {
  private static final Pattern TIMESTAMP_MARKER = Pattern.compile("\u001B_bk;[^\u0007]*\u0007");
  private static final Pattern ANSI_SEQUENCE = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");

  private LogLines() {}

  /**
   * Reads at most {@code limit} lines, stopping there without reading the rest of the log.
   *
   * @param log the log text; not closed
   * @param limit how many lines to keep
   * @return the cleaned lines
   * @throws IOException if reading fails
   */
  static List<String> first(Reader log, int limit) throws IOException {
    BufferedReader reader = log instanceof BufferedReader buffered ? buffered : new BufferedReader(log);
    List<String> lines = new ArrayList<>(limit);
    String line;
    while (lines.size() < limit && (line = reader.readLine()) != null) {
      lines.add(clean(line));
    }
    return lines;
  }

  /**
   * Same as {@link #first(Reader, int)} for a log already in memory.
   *
   * @param log the log text
   * @param limit how many lines to keep
   * @return the cleaned lines
   */
  static List<String> first(String log, int limit) {
    try {
      return first(new StringReader(log), limit);
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Removes terminal markup from one line of a log. */
  static String clean(String line) {
    return ANSI_SEQUENCE.matcher(TIMESTAMP_MARKER.matcher(line).replaceAll("")).replaceAll("");
  }
}
