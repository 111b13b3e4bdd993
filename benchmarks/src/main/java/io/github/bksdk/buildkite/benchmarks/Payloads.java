package io.github.bksdk.buildkite.benchmarks;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The responses both servers give, precomputed once per JVM from the spec's example payloads, and the routing
 * between them.
 *
 * <ul>
 *   <li>{@value #BUILD_PATH}: {@code spec/examples/builds-get.json} verbatim (5,396 bytes).</li>
 *   <li>{@value #LIST_PATH}: one page of {@value #PER_PAGE} builds, the item of
 *       {@code builds-list-for-pipeline.json} repeated with numbers 100..1, pretty-printed like the example
 *       (483,694 bytes), no {@code Link} header.</li>
 *   <li>{@value #PAGED_PATH}{@code ?per_page=100&page=N}: page N of {@value #PAGES} such pages (10,000 builds with
 *       distinct numbers); every page but the last carries {@code Link: <origin...&page=N+1>; rel="next"}. No
 *       {@code page} parameter means page 1.</li>
 * </ul>
 */
final class Payloads {
  static final String ORG = "my-great-org";
  static final String PIPELINE = "my-pipeline";
  static final String PAGED_PIPELINE = "paged";
  static final int BUILD_NUMBER = 2;
  static final int PER_PAGE = 100;
  static final int PAGES = 100;

  static final String BUILD_PATH = "/v2/organizations/my-great-org/pipelines/my-pipeline/builds/2";
  static final String LIST_PATH = "/v2/organizations/my-great-org/pipelines/my-pipeline/builds";
  static final String PAGED_PATH = "/v2/organizations/my-great-org/pipelines/paged/builds";

  /** The headers every response carries besides {@code Link}: the real API sends these three on every response. */
  static final String[][] COMMON_HEADERS = {
      {"Content-Type", "application/json; charset=utf-8"},
      {"RateLimit-Remaining", "199"},
      {"RateLimit-Limit", "200"},
      {"RateLimit-Reset", "42"},
  };

  private static final Pattern PAGE = Pattern.compile("(?:^|&)page=(\\d+)");
  private static final byte[] EMPTY_LIST = {'[', ']'};

  static final byte[] BUILD;
  static final byte[] LIST;
  private static final byte[][] PAGE_BODIES;

  static {
    ObjectMapper plain = new ObjectMapper();
    try {
      BUILD = resource("builds-get.json");
      ObjectNode item = (ObjectNode) ((ArrayNode) plain.readTree(resource("builds-list-for-pipeline.json"))).get(0);
      LIST = page(plain, item, 1);
      PAGE_BODIES = new byte[PAGES][];
      for (int p = 0; p < PAGES; p++) {
        PAGE_BODIES[p] = page(plain, item, p * PER_PAGE + 1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One response: a status, a body and an optional {@code Link} header value. */
  record Reply(int status, byte[] body, String link) {}

  /** The precomputed next links of one origin, so serving a page allocates nothing. */
  static final class Links {
    private final String[] next = new String[PAGES];

    Links(String origin) {
      for (int p = 1; p < PAGES; p++) {
        next[p - 1] = "<" + origin + PAGED_PATH + "?per_page=" + PER_PAGE + "&page=" + (p + 1) + ">; rel=\"next\"";
      }
    }
  }

  private Payloads() {}

  /** Routes a request by its raw path and query. */
  static Reply route(Links links, String path, String query) {
    if (BUILD_PATH.equals(path)) {
      return new Reply(200, BUILD, null);
    }
    if (LIST_PATH.equals(path)) {
      return new Reply(200, LIST, null);
    }
    if (PAGED_PATH.equals(path)) {
      int page = page(query);
      return page < 1 || page > PAGES
          ? new Reply(200, EMPTY_LIST, null)
          : new Reply(200, PAGE_BODIES[page - 1], links.next[page - 1]);
    }
    return new Reply(404, null, null);
  }

  private static int page(String query) {
    if (query == null) {
      return 1;
    }
    Matcher m = PAGE.matcher(query);
    return m.find() ? Integer.parseInt(m.group(1)) : 1;
  }

  /**
   * A JSON array of {@value #PER_PAGE} copies of the item, numbered from {@code first + 99} down, pretty-printed in
   * the example file's own style ({@code "key": value}, two-space indents), as the single build is served.
   */
  private static byte[] page(ObjectMapper mapper, ObjectNode item, int first) throws IOException {
    ArrayNode array = mapper.createArrayNode();
    for (int i = 0; i < PER_PAGE; i++) {
      ObjectNode copy = item.deepCopy();
      copy.put("number", first + PER_PAGE - 1 - i); // newest first, as the API lists them
      array.add(copy);
    }
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    return mapper.writer(printer).writeValueAsBytes(array);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = Payloads.class.getResourceAsStream("/examples/" + name)) {
      if (in == null) {
        throw new IOException("missing example payload " + name);
      }
      return in.readAllBytes();
    }
  }
}
