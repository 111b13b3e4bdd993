package io.github.bksdk.buildkite.drift;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a drift run found, by operation, and its rendering as markdown: a summary by kind of drift, a table of every
 * operation with its status, and for each operation with drift its findings grouped by kind, the same finding in every
 * item of a list counted once (pointers with {@code []} for array indexes).
 */
public final class DriftReport {
  /** The outcome of one step. */
  public record Entry(String operationId, String request, int status, List<Finding> findings, String skipReason) {
    /** Returns whether the step was run. */
    public boolean wasChecked() {
      return skipReason == null;
    }
  }

  private final String organization;
  private final URI baseUrl;
  private final List<Entry> entries = new ArrayList<>();

  DriftReport(String organization, URI baseUrl) {
    this.organization = organization;
    this.baseUrl = baseUrl;
  }

  void checked(String operationId, String request, int status, List<Finding> findings) {
    entries.add(new Entry(operationId, request, status, List.copyOf(findings), null));
  }

  void skipped(String operationId, String request, String reason) {
    entries.add(new Entry(operationId, request, 0, List.of(), reason));
  }

  /** Returns every step in the order it ran. */
  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** Returns every finding of every step. */
  public List<Finding> findings() {
    return entries.stream().flatMap(e -> e.findings().stream()).toList();
  }

  /** Returns how many operations were called. */
  public int checkedCount() {
    return (int) entries.stream().filter(Entry::wasChecked).count();
  }

  /** Returns how many called operations showed drift. */
  public int driftedCount() {
    return (int) entries.stream().filter(e -> !e.findings().isEmpty()).count();
  }

  /** Renders the report as markdown. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("# API drift report\n\n");
    md.append("Organization `").append(organization).append("` at ").append(baseUrl).append(": ")
        .append(checkedCount()).append(" read-only operation(s) called, ").append(driftedCount())
        .append(" with drift, ").append(entries.size() - checkedCount()).append(" skipped.\n\n");
    Map<Finding.Kind, Integer> byKind = new EnumMap<>(Finding.Kind.class);
    for (Entry e : entries) {
      grouped(e.findings()).keySet().forEach(k -> byKind.merge(k.kind(), 1, Integer::sum));
    }
    md.append("| Drift | Distinct findings |\n|---|---|\n");
    for (Finding.Kind kind : Finding.Kind.values()) {
      md.append("| ").append(kind.title()).append(" | ").append(byKind.getOrDefault(kind, 0)).append(" |\n");
    }
    md.append("\n## Operations\n\n| Operation | Request | Status | Findings |\n|---|---|---|---|\n");
    for (Entry e : entries) {
      md.append("| `").append(e.operationId()).append("` | `").append(e.request()).append("` | ")
          .append(e.wasChecked() ? Integer.toString(e.status()) : "skipped: " + e.skipReason()).append(" | ")
          .append(e.wasChecked() ? Integer.toString(grouped(e.findings()).size()) : "").append(" |\n");
    }
    for (Entry e : entries) {
      if (e.findings().isEmpty()) {
        continue;
      }
      md.append("\n## `").append(e.operationId()).append("`: `").append(e.request()).append("` (")
          .append(e.status()).append(")\n");
      Map<Key, Integer> grouped = grouped(e.findings());
      for (Finding.Kind kind : Finding.Kind.values()) {
        List<Map.Entry<Key, Integer>> ofKind = grouped.entrySet().stream().filter(g -> g.getKey().kind() == kind).toList();
        if (ofKind.isEmpty()) {
          continue;
        }
        md.append("\n**").append(kind.title()).append("**\n\n");
        for (Map.Entry<Key, Integer> g : ofKind) {
          md.append("- `").append(g.getKey().pointer()).append("`: ").append(g.getKey().detail().replace("|", "\\|"));
          if (g.getValue() > 1) {
            md.append(" (").append(g.getValue()).append(" times)");
          }
          md.append('\n');
        }
      }
    }
    return md.toString();
  }

  private record Key(Finding.Kind kind, String pointer, String detail) {}

  /** Findings grouped by kind and array-free pointer, with how often each occurred; the first detail is kept. */
  private static Map<Key, Integer> grouped(List<Finding> findings) {
    Map<String, Key> keys = new LinkedHashMap<>();
    Map<Key, Integer> counts = new LinkedHashMap<>();
    for (Finding f : findings) {
      String id = f.kind() + " " + f.generalPointer();
      Key key = keys.computeIfAbsent(id, x -> new Key(f.kind(), f.generalPointer(), f.detail()));
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }
}
