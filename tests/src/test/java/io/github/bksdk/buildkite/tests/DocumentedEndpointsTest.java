package io.github.bksdk.buildkite.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The spec against spec/documented-endpoints.tsv, the list of every endpoint Buildkite documents (id, group, method,
 * path, scope, success status, pagination style): an endpoint missing from the spec, or described differently, is a
 * failing test rather than a surprise.
 */
class DocumentedEndpointsTest {
  /**
   * One row of the list. {@code source} is empty for the rows of the first catalogue (all from the docs); later rows
   * name the docs page, or say {@code client-only} for endpoints known only from the official client.
   */
  record Endpoint(String id, String group, String method, String path, String scope, String status, String pagination,
      String source) {
    /** The path as the spec writes it: REST paths carry /v2, the host-root ones do not. */
    String specPath() {
      return group.equals("root") ? path : "/v2" + path;
    }
  }

  static List<Endpoint> documented() throws IOException {
    List<Endpoint> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(SpecDocument.specPath().resolveSibling("documented-endpoints.tsv"));
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      rows.add(new Endpoint(f[0], f[1], f[3], f[4], f[5], f[6], f[7], f.length > 9 ? f[9] : ""));
    }
    return rows;
  }

  @Test
  void everyDocumentedEndpointIsInTheSpecAsDocumented() throws IOException {
    Map<String, SpecDocument.Operation> byRoute = new TreeMap<>();
    SpecDocument.load().operations().values().forEach(op -> byRoute.put(op.method() + " " + op.path(), op));
    List<String> missing = new ArrayList<>();
    List<String> different = new ArrayList<>();
    for (Endpoint e : documented()) {
      SpecDocument.Operation op = byRoute.get(e.method() + " " + e.specPath());
      if (op == null) {
        missing.add(e.id() + " " + e.method() + " " + e.specPath());
        continue;
      }
      String scope = e.scope().equals("no auth") ? "no-auth" : e.scope();
      check(different, e, "x-buildkite-id", e.id(), op.node().path("x-buildkite-id").asText());
      check(different, e, "x-buildkite-scope", scope, op.node().path("x-buildkite-scope").asText());
      check(different, e, "x-buildkite-pagination", e.pagination().equals("page") || e.pagination().equals("cursor")
          ? e.pagination() : "none", op.node().path("x-buildkite-pagination").asText());
      String source = op.node().path("x-buildkite-source").asText();
      if (e.source().equals("client-only") ? !source.startsWith("client-only: ") : !e.source().equals(source)) {
        different.add(e.id() + ": x-buildkite-source is '" + source + "', listed as '" + e.source() + "'");
      }
      if (!op.node().path("responses").has(e.status())) {
        different.add(e.id() + ": no " + e.status() + " response");
      }
    }
    assertThat(missing).as("documented endpoints missing from the spec").isEmpty();
    assertThat(different).as("documented endpoints described differently").isEmpty();
  }

  @Test
  void theSpecHoldsNothingUndocumented() throws IOException {
    Set<String> documented = new TreeSet<>();
    documented().forEach(e -> documented.add(e.method() + " " + e.specPath()));
    Set<String> extra = new TreeSet<>();
    SpecDocument.load().operations().values().forEach(op -> {
      if (!documented.contains(op.method() + " " + op.path())) {
        extra.add(op.id() + " " + op.method() + " " + op.path());
      }
    });
    assertThat(extra).as("operations in the spec that no documented endpoint backs").isEmpty();
  }

  private static void check(List<String> out, Endpoint e, String what, String expected, String actual) {
    if (!expected.equals(actual)) {
      out.add(e.id() + ": " + what + " is " + actual + ", documented " + expected);
    }
  }
}
