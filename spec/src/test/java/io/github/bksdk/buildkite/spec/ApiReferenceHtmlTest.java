package io.github.bksdk.buildkite.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The HTML reference rendered by the docs profile ({@code ./mvnw -B -Pdocs ...}): one self-contained page that lists
 * every operation of the spec with its scope, pagination and documented examples. Skipped in a plain build, where the
 * page is not rendered.
 */
class ApiReferenceHtmlTest {
  private final JsonNode spec = Specs.source();
  private final Path page = Path.of(System.getProperty("buildkite.apiReference.html"));

  private String html() throws IOException {
    assertThat(page).as("the rendered reference").isRegularFile();
    return Files.readString(page);
  }

  @Test
  void listsEveryOperationWithItsScopeAndPagination() throws IOException {
    String html = html();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : Specs.operations(spec).entrySet()) {
      JsonNode op = e.getValue();
      String id = op.path("operationId").asText();
      Matcher facts = Pattern.compile("<table class=\"bk-facts\" id=\"facts-" + Pattern.quote(id) + "\">(.*?)</table>",
          Pattern.DOTALL).matcher(html);
      if (!facts.find()) {
        missing.add(id + " (" + e.getKey() + ")");
        continue;
      }
      assertThat(facts.group(1)).as("scope of %s", id)
          .contains("data-scope=\"" + op.path("x-buildkite-scope").asText() + "\"");
      assertThat(facts.group(1)).as("pagination of %s", id)
          .contains("data-pagination=\"" + op.path("x-buildkite-pagination").asText() + "\"");
      assertThat(html).as("navigation entry of %s", id).contains("data-name=\"" + id + "\"");
    }
    assertThat(missing).as("operations missing from the page").isEmpty();
  }

  @Test
  void showsEveryDocumentedResponseExample() throws IOException {
    String html = html();
    List<String> missing = new ArrayList<>();
    Specs.operations(spec).values().forEach(op -> op.path("responses").fields().forEachRemaining(r ->
        r.getValue().path("content").forEach(media -> media.path("examples").fieldNames().forEachRemaining(name -> {
          String anchor = "id=\"responses-" + op.path("operationId").asText() + "-" + r.getKey() + "-example-" + name + "\"";
          if (!html.contains(anchor)) {
            missing.add(anchor);
          }
        }))));
    assertThat(missing).as("documented examples missing from the page").isEmpty();
  }

  @Test
  void isSelfContained() throws IOException {
    String html = html();
    assertThat(html).as("scripts loaded from elsewhere").doesNotContainPattern("<script[^>]+src=");
    assertThat(html).as("stylesheets loaded from elsewhere").doesNotContainPattern("<link[^>]+stylesheet");
    assertThat(html).as("CSS imports").doesNotContainPattern("@import\\s+url");
    assertThat(html).as("fonts or images from the network").doesNotContainPattern("url\\(['\"]?https?:");
    assertThat(html).as("web font loader").doesNotContain("WebFont.load");
  }
}
