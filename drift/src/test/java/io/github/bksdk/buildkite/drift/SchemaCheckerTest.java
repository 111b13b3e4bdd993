package io.github.bksdk.buildkite.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict OAS 3.0.3 reading of {@link SchemaChecker}, on small hand-made schemas. */
class SchemaCheckerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonNode document = read("""
      {"openapi": "3.0.3", "paths": {}, "components": {"schemas": {
        "RetryType": {"type": "string", "nullable": true, "enum": ["manual", "automatic"]},
        "RetryTypeStrict": {"type": "string", "nullable": true, "enum": ["manual", "automatic", null]},
        "Job": {"type": "object", "required": ["id", "type"], "properties": {
          "id": {"type": "string"}, "type": {"type": "string"},
          "retry_type": {"$ref": "#/components/schemas/RetryTypeStrict"},
          "exit_status": {"type": "integer", "format": "int32", "nullable": true},
          "env": {"type": "object", "additionalProperties": {"type": "string"}},
          "plugins": {"nullable": true}}}}}}""");
  private final SchemaChecker checker = new SchemaChecker(document);

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> check(String value, String schemaName) {
    return checker.check(read(value), read("{\"$ref\": \"#/components/schemas/" + schemaName + "\"}")).stream()
        .map(f -> f.kind() + " " + f.pointer())
        .toList();
  }

  @Test
  void nullableDoesNotLetNullIntoAnEnumThatDoesNotListIt() {
    assertThat(check("null", "RetryType")).containsExactly("NULL_NOT_ALLOWED /");
    assertThat(check("null", "RetryTypeStrict")).isEmpty();
    assertThat(check("\"manual\"", "RetryTypeStrict")).isEmpty();
    assertThat(check("\"by_robot\"", "RetryTypeStrict")).containsExactly("UNKNOWN_ENUM_VALUE /");
  }

  @Test
  void reportsEachKindOfDriftWhereItIs() {
    assertThat(check("""
        {"type": "waiter", "exit_status": 1.5, "env": {"A": 1}, "surprise": true, "retry_type": null, "plugins": [1]}""",
        "Job")).containsExactlyInAnyOrder(
        "MISSING_REQUIRED /",
        "TYPE_MISMATCH /exit_status",
        "TYPE_MISMATCH /env/A",
        "UNDECLARED_FIELD /surprise");
  }

  @Test
  void aWaiterJobWithOnlyIdAndTypeMatches() {
    assertThat(check("{\"id\": \"w\", \"type\": \"waiter\"}", "Job")).isEmpty();
  }

  @Test
  void integerFormatsAreRangeChecked() {
    assertThat(check("{\"id\": \"j\", \"type\": \"script\", \"exit_status\": 4294967296}", "Job"))
        .containsExactly("TYPE_MISMATCH /exit_status");
  }

  @Test
  void rejectsWhatItCannotRead() {
    assertThatThrownBy(() -> new SchemaChecker(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("document");
    assertThatThrownBy(() -> checker.check(read("1"), read("{\"$ref\": \"#/components/schemas/Nope\"}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("points to nothing");
  }
}
