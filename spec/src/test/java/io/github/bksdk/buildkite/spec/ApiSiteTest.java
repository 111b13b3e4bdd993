package io.github.bksdk.buildkite.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The API reference site built by {@link ApiSiteBuilder} in every build: Redoc next to an {@code index.html} that
 * carries the spec inline. Checks what a reader relies on; {@code spec/check-api-site.sh} checks it in a browser.
 */
class ApiSiteTest {
  private final Path site = Path.of(System.getProperty("buildkite.apiSite.dir", "target/api-site"));
  private final JsonNode bundle = Specs.read(Specs.bundle());

  private String html() throws IOException {
    Path index = site.resolve("index.html");
    assertThat(index).as("the site's page").isRegularFile();
    return Files.readString(index);
  }

  private JsonNode inlineSpec(String html) throws IOException {
    Matcher m = Pattern.compile("<script id=\"openapi\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL)
        .matcher(html);
    assertThat(m.find()).as("the spec inline in the page").isTrue();
    return new ObjectMapper().readTree(m.group(1));
  }

  @Test
  void everyOperationIsShownWithItsSdkCallScopeAndCodeSamples() throws IOException {
    JsonNode shown = inlineSpec(html());
    Map<String, JsonNode> operations = Specs.operations(shown);
    assertThat(operations.keySet()).as("operations on the site").isEqualTo(Specs.operations(bundle).keySet());
    List<String> problems = new ArrayList<>();
    operations.forEach((key, op) -> {
      String id = op.path("operationId").asText();
      String call = ApiSiteBuilder.sdkCall(op.path("tags").path(0).asText(), id);
      String description = op.path("description").asText();
      // Redoc's search indexes the description: this is what makes "createBuild" findable.
      if (!description.startsWith("**Java SDK:** `" + call + "`")) {
        problems.add(key + ": no SDK call first in its description");
      }
      if (op.hasNonNull("x-buildkite-scope")
          && !description.contains("**Token scope:** `" + op.get("x-buildkite-scope").asText() + "`")) {
        problems.add(key + ": scope missing");
      }
      if (op.hasNonNull("x-buildkite-pagination")
          && !description.contains("**Pagination:** " + op.get("x-buildkite-pagination").asText())) {
        problems.add(key + ": pagination missing");
      }
      JsonNode samples = op.path("x-codeSamples");
      if (samples.size() != 2 || !samples.path(0).path("source").asText().startsWith(call)
          || !samples.path(1).path("source").asText().startsWith("curl")) {
        problems.add(key + ": code samples " + samples);
      }
    });
    assertThat(problems).isEmpty();
    assertThat(ApiSiteBuilder.sdkCall("Builds", "createBuild")).isEqualTo("client.builds().createBuild(...)");
  }

  @Test
  void keepsEveryDocumentedExampleUnchanged() throws IOException {
    JsonNode shown = inlineSpec(html());
    Map<String, JsonNode> original = Specs.operations(bundle);
    Map<String, JsonNode> onSite = Specs.operations(shown);
    int examples = 0;
    for (Map.Entry<String, JsonNode> e : original.entrySet()) {
      JsonNode responses = e.getValue().path("responses");
      assertThat(onSite.get(e.getKey()).path("responses")).as("responses of %s", e.getKey()).isEqualTo(responses);
      for (JsonNode r : responses) {
        for (JsonNode media : r.path("content")) {
          examples += media.path("examples").size();
        }
      }
    }
    assertThat(examples).as("documented response examples shown").isGreaterThan(100);
  }

  @Test
  void everyResourceGroupIsInExactlyOneSection() throws IOException {
    JsonNode shown = inlineSpec(html());
    Map<String, Integer> seen = new HashMap<>();
    shown.path("x-tagGroups").forEach(g -> g.path("tags").forEach(t -> seen.merge(t.asText(), 1, Integer::sum)));
    List<String> tags = new ArrayList<>();
    shown.path("tags").forEach(t -> tags.add(t.path("name").asText()));
    Specs.operations(shown).values().forEach(op -> op.path("tags").forEach(t -> tags.add(t.asText())));
    // Redoc hides a tag that no x-tagGroups entry lists.
    assertThat(tags).allSatisfy(t -> assertThat(seen.get(t)).as("sections listing %s", t).isEqualTo(1));
  }

  @Test
  void worksOfflineFromTheFileSystem() throws IOException {
    String html = html();
    assertThat(site.resolve(ApiSiteBuilder.REDOC_JS)).as("Redoc next to the page").isRegularFile();
    assertThat(Files.size(site.resolve(ApiSiteBuilder.REDOC_JS))).isGreaterThan(100_000);
    assertThat(html).contains("<script src=\"" + ApiSiteBuilder.REDOC_JS + "\"></script>");
    assertThat(html).as("scripts from elsewhere").doesNotContainPattern("<script[^>]+src=\"(https?:)?//");
    assertThat(html).as("stylesheets from elsewhere").doesNotContainPattern("<link[^>]+stylesheet");
    assertThat(html).as("fonts or images from the network").doesNotContainPattern("url\\(['\"]?https?:");
    assertThat(site.resolve("openapi.json")).as("the spec to download").isRegularFile();
    assertThat(Files.readString(site.resolve(ApiSiteBuilder.REDOC_JS))).as("Redoc's logo from its CDN")
        .doesNotContain(ApiSiteBuilder.REDOC_LOGO_URL).doesNotContainPattern("src:\"https?://");
  }
}
