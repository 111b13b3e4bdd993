package io.github.bksdk.buildkite.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the searchable API reference site, {@code spec/target/api-site/}, from the bundled spec.
 *
 * <p>The site is Redoc (from the {@code org.webjars:redoc} jar on the test classpath, so no Node is needed) next to an
 * {@code index.html} that carries the spec inline, so it opens from {@code file://} with no network. The copy of the
 * spec shown there differs from the bundle only in what helps a reader:
 *
 * <ul>
 *   <li>each operation's description starts with the facts line: its SDK call
 *       ({@code client.builds().createBuild(...)}), the token scope ({@code x-buildkite-scope}) and the pagination style
 *       ({@code x-buildkite-pagination}); Redoc's search indexes descriptions, so an operationId finds its operation;</li>
 *   <li>each operation gets two code samples ({@code x-codeSamples}): the Java SDK call and a curl command;</li>
 *   <li>tags get a readable {@code x-displayName} ({@code ClusterAgentTokens}: "Cluster agent tokens");</li>
 *   <li>the resource groups (tags) are arranged into a few sections ({@code x-tagGroups}); a tag that no rule places
 *       goes to "More", so nothing is ever hidden.</li>
 * </ul>
 *
 * <p>Run by the spec module's build ({@code exec:java}, phase {@code process-test-classes}) as
 * {@code ApiSiteBuilder <openapi-bundled.json> <siteDir>}. {@code spec/check-api-site.sh} opens the result in headless
 * Chromium.
 */
public final class ApiSiteBuilder {
  /** Where the Redoc webjar keeps its browser bundle. */
  static final String REDOC_RESOURCE = "META-INF/resources/webjars/redoc/";
  static final String REDOC_JS = "redoc.standalone.js";
  static final String REDOC_LOGO_URL = "https://cdn.redoc.ly/redoc/logo-mini.svg";
  private static final String REDOC_LOGO_INLINE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'"
      + " width='10' height='10'%3E%3Ccircle cx='5' cy='5' r='4' fill='%230b7a4b'/%3E%3C/svg%3E";

  /** Sections of the sidebar, in order: a title and the tag-name prefixes that belong to it (first match wins). */
  static final Map<String, List<String>> SECTIONS = sections();

  private static Map<String, List<String>> sections() {
    Map<String, List<String>> s = new LinkedHashMap<>();
    s.put("Pipelines and builds", List.of("Pipeline", "Build", "Job", "Annotation", "Artifact"));
    s.put("Agents and clusters", List.of("Agent", "Cluster", "HostedAgent", "Queue"));
    s.put("Organization", List.of("Organization", "AuditEvent", "NotificationService", "RepositoryConnection", "Portal",
        "Rule"));
    s.put("Teams", List.of("Team"));
    s.put("Package Registries", List.of("PackageRegistr", "RegistryToken", "Package"));
    s.put("Test Engine", List.of("TestEngine"));
    s.put("API and account", List.of("Root", "Meta", "AccessToken", "User", "Emoji", "RateLimit"));
    return s;
  }

  static final String MORE = "More";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiSiteBuilder() {}

  /**
   * Builds the site.
   *
   * @param args the bundled spec (JSON) and the site directory
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ApiSiteBuilder <openapi-bundled.json> <siteDir>");
    }
    Path bundle = Path.of(args[0]);
    Path site = Path.of(args[1]);
    ObjectNode spec = (ObjectNode) JSON.readTree(bundle.toFile());
    ObjectNode shown = forReaders(spec);
    Files.createDirectories(site);
    copyRedoc(site.resolve(REDOC_JS));
    Files.copy(bundle, site.resolve("openapi.json"), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(site.resolve("index.html"), page(shown), StandardCharsets.UTF_8);
    System.out.printf("API reference site: %s (%d operations)%n", site.resolve("index.html"),
        Specs.operations(shown).size());
  }

  /** The copy of the spec the site shows: facts line, code samples and tag groups added; nothing removed. */
  static ObjectNode forReaders(ObjectNode bundle) {
    ObjectNode spec = bundle.deepCopy();
    for (JsonNode op : Specs.operations(spec).values()) {
      ObjectNode o = (ObjectNode) op;
      String id = o.path("operationId").asText();
      String tag = o.path("tags").path(0).asText("");
      String call = sdkCall(tag, id);
      StringBuilder facts = new StringBuilder("**Java SDK:** `").append(call).append('`');
      if (o.hasNonNull("x-buildkite-scope")) {
        facts.append(" · **Token scope:** `").append(o.get("x-buildkite-scope").asText()).append('`');
      }
      if (o.hasNonNull("x-buildkite-pagination")) {
        facts.append(" · **Pagination:** ").append(o.get("x-buildkite-pagination").asText());
      }
      if (o.path("x-buildkite-streaming").asBoolean(false)) {
        facts.append(" · **Streaming:** the SDK also has a `...Raw` form that streams the body");
      }
      String description = o.path("description").asText("");
      o.put("description", facts + (description.isEmpty() ? "" : "\n\n" + description));
      ArrayNode samples = o.putArray("x-codeSamples");
      samples.addObject().put("lang", "Java").put("label", "Java SDK").put("source", call + ";");
      samples.addObject().put("lang", "Shell").put("label", "curl").put("source", curl(spec, o));
    }
    // "ClusterAgentTokens" reads as "Cluster agent tokens" in the sidebar.
    spec.path("tags").forEach(t -> {
      if (!t.has("x-displayName")) {
        ((ObjectNode) t).put("x-displayName", displayName(t.path("name").asText()));
      }
    });
    spec.set("x-tagGroups", tagGroups(spec));
    return spec;
  }

  /** A tag name in words: {@code TestEngineFlakyTests} becomes {@code Test Engine flaky tests}. */
  static String displayName(String tag) {
    String words = tag.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
    StringBuilder out = new StringBuilder();
    String[] parts = words.split(" ");
    for (int i = 0; i < parts.length; i++) {
      String w = parts[i];
      boolean keep = i == 0 || w.equals("API") || (w.equals("Engine") && i > 0 && parts[i - 1].equals("Test"))
          || (w.equals("Test") && i + 1 < parts.length && parts[i + 1].equals("Engine"));
      out.append(i == 0 ? "" : " ").append(keep ? w : w.toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /** {@code client.<group>().<operationId>(...)}: one accessor per tag, named like the tag in lower camel case. */
  static String sdkCall(String tag, String operationId) {
    String group = tag.isEmpty() ? "api" : Character.toLowerCase(tag.charAt(0)) + tag.substring(1);
    return "client." + group + "()." + operationId + "(...)";
  }

  private static String curl(JsonNode spec, ObjectNode op) {
    String method = "GET";
    String path = "";
    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> p = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> e = ops.next();
        if (e.getValue() == op) {
          method = e.getKey().toUpperCase(Locale.ROOT);
          path = p.getKey();
        }
      }
    }
    String server = spec.path("servers").path(0).path("url").asText("https://api.buildkite.com");
    StringBuilder c = new StringBuilder("curl");
    if (!method.equals("GET")) {
      c.append(method.equals("HEAD") ? " --head" : " -X " + method);
    }
    c.append(" \"").append(server).append(path).append('"');
    c.append(" \\\n  -H \"Authorization: Bearer $BUILDKITE_API_TOKEN\"");
    if (op.has("requestBody")) {
      c.append(" \\\n  -H \"Content-Type: application/json\" \\\n  -d @body.json");
    }
    return c.toString();
  }

  /** Every tag in exactly one section, in the spec's tag order; unmatched tags in "More". */
  static ArrayNode tagGroups(JsonNode spec) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    SECTIONS.keySet().forEach(k -> groups.put(k, new ArrayList<>()));
    groups.put(MORE, new ArrayList<>());
    List<String> tags = new ArrayList<>();
    spec.path("tags").forEach(t -> tags.add(t.path("name").asText()));
    // Tags used by operations but not declared still need a place.
    Specs.operations(spec).values().forEach(op -> op.path("tags").forEach(t -> {
      if (!tags.contains(t.asText())) {
        tags.add(t.asText());
      }
    }));
    for (String tag : tags) {
      String section = SECTIONS.entrySet().stream()
          .filter(e -> e.getValue().stream().anyMatch(tag::startsWith))
          .map(Map.Entry::getKey).findFirst().orElse(MORE);
      groups.get(section).add(tag);
    }
    ArrayNode out = JSON.createArrayNode();
    groups.forEach((name, members) -> {
      if (!members.isEmpty()) {
        ObjectNode g = out.addObject().put("name", name);
        members.forEach(g.putArray("tags")::add);
      }
    });
    return out;
  }

  private static void copyRedoc(Path target) throws IOException {
    String version = redocVersion();
    String resource = REDOC_RESOURCE + version + "/" + REDOC_JS;
    try (InputStream in = ApiSiteBuilder.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Redoc is not on the classpath: " + resource);
      }
      // The only network request Redoc makes is its footer logo, from its CDN (offline it fails, is logged as an
      // error and the image hidden). The site must work without a network, so the logo is an inline image instead.
      String js = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(REDOC_LOGO_URL, REDOC_LOGO_INLINE);
      Files.writeString(target, js, StandardCharsets.UTF_8);
    }
  }

  private static String redocVersion() {
    try (InputStream in = ApiSiteBuilder.class.getClassLoader()
        .getResourceAsStream("META-INF/maven/org.webjars/redoc/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("org.webjars:redoc is not on the classpath");
      }
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page: Redoc from the file next to it, the spec inline (so file:// works), no other download. */
  static String page(ObjectNode spec) throws IOException {
    // Inside <script type="application/json"> only "</" (and "<!--") could end or confuse the element; both only
    // occur inside JSON strings, where "\/" and "\u0021" are valid escapes.
    String inline = JSON.writeValueAsString(spec).replace("</", "<\\/").replace("<!--", "<\\u0021--");
    String title = spec.path("info").path("title").asText("API reference");
    return "<!DOCTYPE html>\n"
        + "<html lang=\"en\">\n"
        + "<head>\n"
        + "  <meta charset=\"utf-8\">\n"
        + "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "  <title>" + escapeHtml(title) + " reference</title>\n"
        + "  <!-- Rendered by ApiSiteBuilder from the bundled spec with Redoc (MIT licence, org.webjars:redoc). -->\n"
        + "  <style>body { margin: 0; padding: 0; } noscript { display: block; padding: 2em; font-family: sans-serif; }</style>\n"
        + "</head>\n"
        + "<body>\n"
        + "  <noscript>This reference needs JavaScript. The spec itself is in openapi.json next to this page.</noscript>\n"
        + "  <div id=\"redoc\"></div>\n"
        + "  <script id=\"openapi\" type=\"application/json\">" + inline + "</script>\n"
        + "  <script src=\"" + REDOC_JS + "\"></script>\n"
        + "  <script>\n"
        + "    Redoc.init(JSON.parse(document.getElementById('openapi').textContent), {\n"
        + "      expandResponses: '200,201,202',\n"
        + "      jsonSampleExpandLevel: 3,\n"
        + "      pathInMiddlePanel: true,\n"
        + "      requiredPropsFirst: true,\n"
        + "      hideSchemaTitles: false,\n"
        + "      theme: { typography: { fontFamily: 'system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif',\n"
        + "        headings: { fontFamily: 'system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif' },\n"
        + "        code: { fontFamily: 'ui-monospace, \"SFMono-Regular\", Menlo, Consolas, monospace' } },\n"
        + "        colors: { primary: { main: '#0b7a4b' } } }\n"
        + "    }, document.getElementById('redoc'));\n"
        + "  </script>\n"
        + "</body>\n"
        + "</html>\n";
  }

  private static String escapeHtml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
