package io.github.bksdk.buildkite.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Opens the API reference site in headless Chromium through the DevTools protocol and checks what a reader sees:
 * the page renders, searching for {@code createBuild} lists the "create a build" operation, and nothing is logged as
 * an error (uncaught exceptions, {@code console.error}, failed loads). Writes three screenshots (overview, search,
 * one operation) for a person to look at.
 *
 * <p>Not part of the build (it needs a browser): {@code spec/check-api-site.sh} runs it as
 * {@code ApiSiteBrowserCheck <siteDir> <screenshotDir> [chromium]}; exit status 1 on a failed check.
 */
public final class ApiSiteBrowserCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration RENDER_TIMEOUT = Duration.ofSeconds(90);

  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private WebSocket socket;

  private ApiSiteBrowserCheck() {}

  /**
   * Runs the check.
   *
   * @param args the site directory, the screenshot directory and optionally the Chromium command
   * @throws Exception if the browser cannot be started or driven
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: ApiSiteBrowserCheck <siteDir> <screenshotDir> [chromium]");
    }
    Path index = Path.of(args[0]).resolve("index.html").toAbsolutePath();
    Path shots = Path.of(args[1]);
    String chromium = args.length > 2 ? args[2] : "chromium";
    if (!Files.isRegularFile(index)) {
      throw new IllegalArgumentException("no site at " + index + ": run ./mvnw -B -pl spec verify first");
    }
    Files.createDirectories(shots);
    System.exit(new ApiSiteBrowserCheck().run(index, shots, chromium) ? 0 : 1);
  }

  private boolean run(Path index, Path shots, String chromium) throws Exception {
    Path profile = Files.createTempDirectory("api-site-chromium");
    Process browser = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--no-first-run", "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1400,1000",
        "about:blank").redirectErrorStream(true).start();
    try {
      int port = devToolsPort(browser);
      connect(pageSocket(port));
      send("Runtime.enable", null);
      send("Log.enable", null);
      send("Page.enable", null);
      send("Page.navigate", JSON.createObjectNode().put("url", index.toUri().toString()));

      boolean ok = true;
      ok &= check("page renders its sidebar and operations", waitFor(
          "document.querySelectorAll('[data-section-id*=\"operation/\"]').length > 100"
          + " && document.querySelectorAll('[role=menuitem], .menu-content li').length > 40"));
      screenshot(shots.resolve("1-overview.png"));

      String summary = evaluate("(() => { const s = JSON.parse(document.getElementById('openapi').textContent);"
          + " for (const p of Object.values(s.paths)) for (const o of Object.values(p))"
          + " if (o && o.operationId === 'createBuild') return o.summary; return ''; })()").asText();
      ok &= check("createBuild has a summary in the spec (" + summary + ")", !summary.isEmpty());
      evaluate("document.querySelector('input[placeholder^=\"Search\"]').focus()");
      send("Input.insertText", JSON.createObjectNode().put("text", "createBuild"));
      boolean found = waitFor("(() => { const r = document.querySelector('[data-role=\"search:results\"]');"
          + " return !!r && r.innerText.includes(" + JSON.writeValueAsString(summary) + "); })()");
      String results = evaluate("(() => { const r = document.querySelector('[data-role=\"search:results\"]');"
          + " return r ? r.innerText.replace(/\\s+/g, ' ').slice(0, 300) : '(no results list)'; })()").asText();
      ok &= check("search for createBuild lists \"" + summary + "\": " + results, found);
      screenshot(shots.resolve("2-search-createBuild.png"));

      // "createBuild" also matches createBuildAnnotation: choose the entry that is exactly the operation's summary.
      evaluate("(() => { const want = " + JSON.writeValueAsString(summary) + ";"
          + " const items = [...document.querySelectorAll('[data-role=\"search:results\"] li')];"
          + " const hit = items.find(li => li.innerText.replace(/\\s+/g, ' ').trim().endsWith(' ' + want));"
          + " if (hit) (hit.querySelector('label') || hit).click(); })()");
      boolean shown = waitFor("location.hash.includes('createBuild')"
          + " && !!document.querySelector('[data-section-id$=\"operation/createBuild\"]')");
      ok &= check("choosing the result opens the createBuild operation (" + evaluate("location.hash").asText() + ")",
          shown);
      Thread.sleep(1500);
      screenshot(shots.resolve("3-operation-createBuild.png"));

      ok &= check("no errors in the console" + (errors.isEmpty() ? "" : ": " + errors), errors.isEmpty());
      System.out.println("Screenshots: " + shots.toAbsolutePath());
      return ok;
    } finally {
      if (socket != null) {
        socket.abort();
      }
      browser.destroy();
      if (!browser.waitFor(10, TimeUnit.SECONDS)) {
        browser.destroyForcibly();
      }
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static boolean check(String what, boolean passed) {
    System.out.println((passed ? "PASS " : "FAIL ") + what);
    return passed;
  }

  private static int devToolsPort(Process browser) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(browser.getInputStream(), StandardCharsets.UTF_8));
    Pattern listening = Pattern.compile("DevTools listening on ws://[^:]+:(\\d+)/");
    for (String line; (line = out.readLine()) != null; ) {
      Matcher m = listening.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(m.group(1));
      }
    }
    throw new IllegalStateException("Chromium exited before it opened DevTools");
  }

  private static URI pageSocket(int port) throws IOException, InterruptedException {
    HttpResponse<String> list = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
        HttpResponse.BodyHandlers.ofString());
    for (JsonNode target : JSON.readTree(list.body())) {
      if (target.path("type").asText().equals("page")) {
        return URI.create(target.path("webSocketDebuggerUrl").asText());
      }
    }
    throw new IllegalStateException("no page target in " + list.body());
  }

  private void connect(URI uri) {
    socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
      private final StringBuilder frame = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        frame.append(data);
        if (last) {
          onMessage(frame.toString());
          frame.setLength(0);
        }
        ws.request(1);
        return null;
      }
    }).join();
  }

  private void onMessage(String text) {
    try {
      JsonNode msg = JSON.readTree(text);
      if (msg.has("id")) {
        CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
        if (f != null) {
          f.complete(msg);
        }
        return;
      }
      String method = msg.path("method").asText();
      JsonNode p = msg.path("params");
      if (method.equals("Runtime.exceptionThrown")) {
        errors.add("exception: " + p.path("exceptionDetails").path("exception").path("description")
            .asText(p.path("exceptionDetails").path("text").asText()));
      } else if (method.equals("Runtime.consoleAPICalled")
          && (p.path("type").asText().equals("error") || p.path("type").asText().equals("assert"))) {
        errors.add("console." + p.path("type").asText() + ": " + p.path("args").path(0).path("value").asText(
            p.path("args").path(0).path("description").asText()));
      } else if (method.equals("Log.entryAdded") && p.path("entry").path("level").asText().equals("error")) {
        errors.add("log: " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText(""));
      }
    } catch (IOException e) {
      errors.add("unreadable DevTools message: " + e.getMessage());
    }
  }

  private JsonNode send(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    if (params != null) {
      msg.set("params", params);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(msg), true).join();
    JsonNode answer = reply.get(60, TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + ": " + answer.get("error"));
    }
    return answer.path("result");
  }

  private JsonNode evaluate(String expression) throws Exception {
    JsonNode result = send("Runtime.evaluate",
        JSON.createObjectNode().put("expression", expression).put("returnByValue", true));
    return result.path("result").path("value");
  }

  private boolean waitFor(String condition) throws Exception {
    long deadline = System.nanoTime() + RENDER_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (evaluate("(() => { try { return !!(" + condition + "); } catch (e) { return false; } })()").asBoolean()) {
        return true;
      }
      Thread.sleep(250);
    }
    return false;
  }

  private void screenshot(Path file) throws Exception {
    JsonNode shot = send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
    Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
  }
}
