package io.github.bksdk.buildkite.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * An embedded WireMock server on {@code 127.0.0.1} (random port) that answers exactly the read-only calls of the
 * demo with the spec's documented example payloads ({@code spec/examples}, copied onto the classpath under
 * {@code examples/} at build time), plus a hand-written plain-text job log.
 *
 * <p>The payloads name {@code https://api.buildkite.com} in their links; the stub rewrites that origin to its own, so
 * that the SDK (which only follows links to the origin it was built for) stays on the stub. Requests are matched on
 * the exact path and query the SDK sends. The builds list carries a {@code Link} header announcing a second page,
 * and the jobs list is served as two cursor pages, following the {@code links.next} of the documented example.
 * Anything else gets a JSON 404, as the API would answer.
 *
 * <pre>{@code
 * try (LocalStub stub = LocalStub.start()) {
 *   BuildkiteClient client = BuildkiteClient.builder().token(LocalStub.TOKEN).baseUrl(stub.baseUrl()).build();
 *   ...
 * }
 * }</pre>
 */
public final class LocalStub implements AutoCloseable {
  /** The organization slug used by the example payloads. */
  public static final String ORG = "my-great-org";

  /** The pipeline slug used by the example payloads. */
  public static final String PIPELINE = "my-pipeline";

  /** The build number used by the example payloads. */
  public static final int BUILD_NUMBER = 1;

  /** The ID of the job in the example payloads. */
  public static final String JOB_ID = "b63254c0-3271-4a98-8270-7cfbd6c2f14e";

  /** A dummy API token; the stub accepts any. */
  public static final String TOKEN = "bkua_local_stub_not_a_real_token";

  private static final String DOCUMENTED_ORIGIN = "https://api.buildkite.com";
  private static final String ORG_PATH = "/v2/organizations/" + ORG;
  private static final String PIPELINE_PATH = ORG_PATH + "/pipelines/" + PIPELINE;
  private static final String BUILDS_PATH = PIPELINE_PATH + "/builds";
  private static final String JOBS_PATH = BUILDS_PATH + "/" + BUILD_NUMBER + "/jobs";
  /** The {@code links.next} of {@code jobs-list.json}, without its origin. */
  private static final String JOBS_SECOND_PAGE = JOBS_PATH + "?after=...&per_page=30";
  private static final String LOG_PATH = ORG_PATH + "/jobs/" + JOB_ID + "/log";

  private final WireMockServer server;
  private final String baseUrl;

  private LocalStub(WireMockServer server) {
    this.server = server;
    this.baseUrl = "http://127.0.0.1:" + server.port();
  }

  /**
   * Starts a stub that serves every call of the demo, including the job log as plain text.
   *
   * @return the running stub; close it when done
   * @throws IllegalStateException if the example payloads are not on the classpath
   */
  public static LocalStub start() {
    return start(true);
  }

  /**
   * Starts a stub; without the text log, {@code Accept: text/plain} on the log gets 406 Not Acceptable.
   *
   * @param serveTextLog whether to serve the plain-text form of the job log
   * @return the running stub; close it when done
   * @throws IllegalStateException if the example payloads are not on the classpath
   */
  static LocalStub start(boolean serveTextLog) {
    WireMockServer server = new WireMockServer(WireMockConfiguration.options()
        .bindAddress("127.0.0.1")
        .dynamicPort()
        .notifier(new SilentNotifier())
        .disableRequestJournal());
    server.start();
    LocalStub stub = new LocalStub(server);
    try {
      stub.register(serveTextLog);
    } catch (RuntimeException e) {
      server.stop();
      throw e;
    }
    return stub;
  }

  /** Returns the stub's origin, such as {@code http://127.0.0.1:54321}, for {@code BuildkiteClient.Builder#baseUrl}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.stop();
  }

  private void register(boolean serveTextLog) {
    server.stubFor(any(anyUrl()).atPriority(10)
        .willReturn(json(404, "{\"message\": \"Not Found (the local stub only knows the demo's calls)\"}")));

    server.stubFor(get(urlEqualTo("/v2/organizations"))
        .willReturn(json(200, example("organizations-list.json"))));
    server.stubFor(get(urlEqualTo(ORG_PATH + "/pipelines"))
        .willReturn(json(200, example("pipelines-list.json"))));
    server.stubFor(get(urlEqualTo(BUILDS_PATH + "?per_page=5"))
        .willReturn(json(200, example("builds-list-for-pipeline.json"))
            .withHeader("Link", link(BUILDS_PATH + "?page=2&per_page=5", "next") + ", "
                + link(BUILDS_PATH + "?page=2&per_page=5", "last"))));

    server.stubFor(get(urlEqualTo(JOBS_PATH))
        .willReturn(json(200, example("jobs-list.json"))));
    server.stubFor(get(urlEqualTo(JOBS_SECOND_PAGE))
        .willReturn(json(200, "{\"items\": [], \"links\": {\"self\": \"" + baseUrl + JOBS_SECOND_PAGE
            + "\", \"first\": \"" + baseUrl + JOBS_PATH + "\"}}")));

    server.stubFor(get(urlEqualTo(LOG_PATH)).atPriority(5)
        .willReturn(json(200, example("jobs-log.json"))));
    server.stubFor(get(urlEqualTo(LOG_PATH)).atPriority(1)
        .withHeader("Accept", containing("text/plain"))
        .willReturn(serveTextLog
            ? aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain; charset=utf-8")
                .withBody(resource("/stub/job-log.txt"))
            : json(406, "{\"message\": \"Not Acceptable\"}")));
  }

  private String link(String path, String rel) {
    return "<" + baseUrl + path + ">; rel=\"" + rel + "\"";
  }

  private String example(String name) {
    return resource("/examples/" + name).replace(DOCUMENTED_ORIGIN, baseUrl);
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
  }

  private static String resource(String path) {
    try (InputStream in = LocalStub.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the classpath; build the examples module with Maven, "
            + "which copies spec/examples into it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + path, e);
    }
  }

  /** Keeps WireMock quiet: the demo's console is for the demo. */
  private static final class SilentNotifier implements Notifier {
    @Override
    public void info(String message) {}

    @Override
    public void error(String message) {}

    @Override
    public void error(String message, Throwable t) {}
  }
}
