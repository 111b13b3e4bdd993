package io.github.bksdk.buildkite.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when a query or header parameter of an operation is sent by none of that operation's wire
 * scenarios. A {@code deepObject} parameter such as {@code meta_data} counts when some {@code meta_data[key]} is sent.
 */
class EveryParameterIsExercisedTest {
  @Test
  void everyQueryAndHeaderParameterIsSentBySomeScenario() {
    SpecDocument spec = SpecDocument.load();
    Map<String, List<Scenario>> byOperation = Scenarios.all().stream()
        .collect(Collectors.groupingBy(s -> s.operationId));
    TreeSet<String> missing = new TreeSet<>();
    spec.operations().forEach((id, operation) -> {
      List<Scenario> scenarios = byOperation.getOrDefault(id, List.of());
      for (JsonNode parameter : parameters(spec, operation)) {
        String name = parameter.path("name").asText();
        String in = parameter.path("in").asText();
        boolean deepObject = "deepObject".equals(parameter.path("style").asText());
        boolean sent = switch (in) {
          case "query" -> scenarios.stream().flatMap(s -> s.query.stream()).map(Map.Entry::getKey)
              .anyMatch(sentName -> deepObject ? sentName.startsWith(name + "[") : sentName.equals(name));
          case "header" -> scenarios.stream().anyMatch(s -> s.requestHeaders.keySet().stream()
              .anyMatch(header -> header.equalsIgnoreCase(name)));
          default -> true;
        };
        if (!sent) {
          missing.add(id + " " + in + " " + name);
        }
      }
    });
    assertThat(missing).as("parameters that no scenario of their operation sends").isEmpty();
  }

  private static List<JsonNode> parameters(SpecDocument spec, SpecDocument.Operation operation) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode pathItem = spec.root().path("paths").path(operation.path());
    for (JsonNode list : List.of(pathItem.path("parameters"), operation.node().path("parameters"))) {
      for (JsonNode parameter : list) {
        out.add(resolve(spec, parameter));
      }
    }
    return out;
  }

  private static JsonNode resolve(SpecDocument spec, JsonNode parameter) {
    String ref = parameter.path("$ref").asText("");
    if (ref.isEmpty()) {
      return parameter;
    }
    JsonNode node = spec.root();
    for (String part : ref.substring(2).split("/")) {
      node = node.path(part);
    }
    return node;
  }
}
