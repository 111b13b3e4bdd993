package io.github.bksdk.buildkite.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drift check: walks the read-only operations of the spec against a Buildkite API, from the organization down to
 * builds, jobs, artifacts, annotations, agents, clusters, teams and suites, checks every response strictly against
 * the spec ({@link SchemaChecker}) and collects the differences in a {@link DriftReport}.
 *
 * <p>It only ever sends {@code GET}: every step names a spec operation, and the check refuses to run a step whose
 * operation is not a {@code get}. IDs found in one response (the first pipeline, build, job, agent, cluster, team ...)
 * fill the path parameters of the next steps; a step whose parameters could not be found is listed as skipped. Run it
 * with {@code ./mvnw -B -q -Pdrift -pl drift -am verify -DskipTests -Dbuildkite.drift.org=ORG} and
 * {@code BUILDKITE_API_TOKEN} set; the report goes to {@code drift/target/drift-report.md}.
 */
public final class DriftCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
  private static final int ITEMS_PER_LIST = 3;

  /** What one request returned. */
  public record Exchange(int status, String contentType, byte[] body) {}

  /** Sends one {@code GET} to an absolute URL and returns what came back, whatever the status. */
  @FunctionalInterface
  public interface Fetcher {
    /**
     * Fetches a URL.
     *
     * @param url the absolute URL
     * @return the response
     */
    Exchange get(URI url);
  }

  /**
   * One step of the walk: an operation, where its path parameters come from, and what to remember from its answer.
   *
   * @param operationId the spec operation (always a {@code get})
   * @param aliases path parameter name to the name it is remembered under, where the two differ
   * @param harvest reads names to remember from a successful response body
   */
  record Step(String operationId, Map<String, String> aliases, Function<JsonNode, Map<String, String>> harvest) {}

  static final List<Step> PLAN = List.of(
      step("getMeta"),
      step("getAccessToken"),
      step("getCurrentUser"),
      step("listOrganizations"),
      step("getOrganization"),
      step("listEmojis"),
      step("getRateLimits"),
      step("getOrganizationPipelineSettings"),
      step("listOrganizationMembers"),
      step("listPipelines", Map.of(), first("pipeline_slug", "/slug")),
      step("getPipeline", Map.of("slug", "pipeline_slug"), none()),
      step("listPipelineSchedules"),
      step("listPipelineTemplates"),
      step("listBuildsForPipeline", Map.of(), body -> {
        Map<String, String> found = new HashMap<>(first("build_number", "/number").apply(body));
        JsonNode build = body.path(0);
        found.putAll(value("build_id", build.path("id")));
        for (JsonNode job : build.path("jobs")) {
          if (job.path("type").asText().equals("script")) {
            found.putAll(value("job_id", job.path("id")));
            break;
          }
        }
        return found;
      }),
      step("listBuildsForOrganization"),
      step("getBuild", Map.of("number", "build_number"), none()),
      step("listJobs", Map.of(), none()),
      step("getJobInBuild"),
      step("getJob"),
      step("getJobLog"),
      step("listBuildAnnotations"),
      step("listBuildArtifacts", Map.of(), body -> {
        Map<String, String> found = new HashMap<>(first("artifact_id", "/id").apply(body));
        found.putAll(value("artifact_job_id", body.path(0).path("job_id")));
        return found;
      }),
      step("getArtifact", Map.of("job_id", "artifact_job_id", "id", "artifact_id"), none()),
      step("listAgents", Map.of(), first("agent_id", "/id")),
      step("getAgent", Map.of("id", "agent_id"), none()),
      step("listClusters", Map.of(), first("cluster_id", "/id")),
      step("getCluster", Map.of("id", "cluster_id"), none()),
      step("listClusterQueues", Map.of(), first("queue_id", "/id")),
      step("getClusterQueue", Map.of("id", "queue_id"), none()),
      step("listClusterAgentTokens"),
      step("listClusterMaintainers"),
      step("listRules"),
      step("listTeams", Map.of(), first("team_uuid", "/id")),
      step("getTeam"),
      step("listTeamMembers"),
      step("listTeamPipelines"),
      step("listTeamSuites"),
      step("listTestEngineSuites", Map.of(), first("suite_slug", "/slug")),
      step("getTestEngineSuite"),
      step("listTestEngineRuns"),
      step("listPackageRegistries"));

  private final JsonNode spec;
  private final SchemaChecker checker;
  private final Fetcher fetcher;
  private final URI baseUrl;

  /**
   * A drift check.
   *
   * @param spec the bundled OpenAPI document
   * @param baseUrl the API origin, such as {@code https://api.buildkite.com}
   * @param fetcher sends the {@code GET}s (in production through the SDK's transport and rate limiter)
   */
  public DriftCheck(JsonNode spec, URI baseUrl, Fetcher fetcher) {
    if (spec == null || !spec.path("paths").isObject()) {
      throw new IllegalArgumentException("spec must be an OpenAPI document with paths");
    }
    if (baseUrl == null || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute URL");
    }
    if (fetcher == null) {
      throw new IllegalArgumentException("fetcher must not be null");
    }
    this.spec = spec;
    this.checker = new SchemaChecker(spec);
    this.fetcher = fetcher;
    this.baseUrl = baseUrl;
  }

  /**
   * Walks the plan for one organization.
   *
   * @param organization the organization slug
   * @return the report
   */
  public DriftReport run(String organization) {
    if (organization == null || organization.isBlank()) {
      throw new IllegalArgumentException("organization must not be blank");
    }
    Map<String, String> known = new HashMap<>();
    known.put("org_slug", organization);
    DriftReport report = new DriftReport(organization, baseUrl);
    for (Step step : PLAN) {
      Operation op = operation(step.operationId());
      String path = path(op, step, known);
      if (path == null) {
        report.skipped(step.operationId(), op.method() + " " + op.path(), "no " + missing(op, step, known)
            + " found by an earlier step");
        continue;
      }
      String query = op.node().path("parameters").toString().contains("#/components/parameters/PerPage")
          ? "?per_page=" + ITEMS_PER_LIST : "";
      URI url = URI.create(baseUrl.toString().replaceAll("/+$", "") + path + query);
      Exchange exchange = fetcher.get(url);
      List<Finding> findings = check(op, exchange);
      report.checked(step.operationId(), "GET " + path + query, exchange.status(), findings);
      if (exchange.status() / 100 == 2 && findings.stream().noneMatch(f -> f.kind() == Finding.Kind.UNEXPECTED_STATUS)) {
        JsonNode body = parse(exchange);
        if (body != null) {
          known.putAll(step.harvest().apply(body));
        }
      }
    }
    return report;
  }

  /** The findings for one answer: an undeclared status, or the body against the schema of its status. */
  List<Finding> check(Operation op, Exchange exchange) {
    JsonNode responses = op.node().path("responses");
    JsonNode response = responses.get(Integer.toString(exchange.status()));
    if (response == null) {
      response = responses.get("default");
    }
    if (response == null) {
      List<String> declared = new ArrayList<>();
      responses.fieldNames().forEachRemaining(declared::add);
      return List.of(new Finding(Finding.Kind.UNEXPECTED_STATUS, "/",
          "status " + exchange.status() + " is not declared (declared: " + String.join(", ", declared) + ")"));
    }
    response = resolve(response);
    JsonNode schema = response.path("content").path("application/json").get("schema");
    JsonNode body = parse(exchange);
    if (schema == null || body == null) {
      return List.of();
    }
    return checker.check(body, schema);
  }

  private static JsonNode parse(Exchange exchange) {
    if (exchange.body() == null || exchange.body().length == 0
        || exchange.contentType() == null || !exchange.contentType().toLowerCase(Locale.ROOT).contains("json")) {
      return null;
    }
    try {
      return JSON.readTree(exchange.body());
    } catch (IOException e) {
      return JsonNodeFactory.instance.textNode("(unparseable JSON)");
    }
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = spec.at(current.get("$ref").asText().substring(1));
    }
    return current;
  }

  /** A spec operation. */
  record Operation(String id, String method, String path, JsonNode node) {}

  Operation operation(String operationId) {
    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (op.getValue().path("operationId").asText().equals(operationId)) {
          if (!op.getKey().equals("get")) {
            throw new IllegalStateException(operationId + " is a " + op.getKey().toUpperCase(Locale.ROOT)
                + ": the drift check only sends GET");
          }
          return new Operation(operationId, "GET", path.getKey(), op.getValue());
        }
      }
    }
    throw new IllegalStateException("no operation " + operationId + " in the spec");
  }

  private static String path(Operation op, Step step, Map<String, String> known) {
    Matcher m = PATH_PARAM.matcher(op.path());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = known.get(step.aliases().getOrDefault(m.group(1), m.group(1)));
      if (value == null) {
        return null;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(
          URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String missing(Operation op, Step step, Map<String, String> known) {
    Matcher m = PATH_PARAM.matcher(op.path());
    List<String> absent = new ArrayList<>();
    while (m.find()) {
      String key = step.aliases().getOrDefault(m.group(1), m.group(1));
      if (!known.containsKey(key)) {
        absent.add(key);
      }
    }
    return String.join(", ", absent);
  }

  private static Step step(String operationId) {
    return new Step(operationId, Map.of(), none());
  }

  private static Step step(String operationId, Map<String, String> aliases, Function<JsonNode, Map<String, String>> harvest) {
    return new Step(operationId, aliases, harvest);
  }

  private static Function<JsonNode, Map<String, String>> none() {
    return body -> Map.of();
  }

  /** Remembers a field of the first item of a list. */
  private static Function<JsonNode, Map<String, String>> first(String name, String pointer) {
    return body -> value(name, body.path(0).at(pointer));
  }

  private static Map<String, String> value(String name, JsonNode node) {
    return node.isValueNode() && !node.isNull() && !node.asText().isBlank() ? Map.of(name, node.asText()) : Map.of();
  }

  /** Reads the bundled spec shipped in the buildkite-rest-spec jar. */
  static JsonNode bundledSpec() {
    try (InputStream in = DriftCheck.class.getResourceAsStream("/io/github/bksdk/buildkite/spec/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("the bundled spec is not on the class path (buildkite-rest-spec)");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the check against the live API and writes the report.
   *
   * @param args {@code --org SLUG [--base-url URL] [--report FILE]}; the token comes from
   *     {@code BUILDKITE_API_TOKEN}
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    String org = options.getOrDefault("--org", System.getenv("BUILDKITE_ORG"));
    if (org == null || org.isBlank()) {
      throw new IllegalArgumentException("no organization: pass --org SLUG (-Dbuildkite.drift.org=SLUG) or set BUILDKITE_ORG");
    }
    String token = System.getenv("BUILDKITE_API_TOKEN");
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("no API token: set BUILDKITE_API_TOKEN (read scopes are enough)");
    }
    URI base = URI.create(options.getOrDefault("--base-url", "https://api.buildkite.com"));
    Path out = Path.of(options.getOrDefault("--report", "drift-report.md"));
    DriftReport report = new DriftCheck(bundledSpec(), base, new SdkFetcher(base, token)).run(org);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report.toMarkdown(), StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "[drift] %d operation(s) checked, %d with drift; report: %s%n",
        report.checkedCount(), report.driftedCount(), out.toAbsolutePath());
  }
}
