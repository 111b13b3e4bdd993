package io.github.bksdk.buildkite.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bksdk.buildkite.codegen.Timestamps;
import io.github.bksdk.buildkite.internal.Json;
import io.github.bksdk.buildkite.model.Pipeline;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Timestamps}: the hand-written reader for the shapes the API sends must agree exactly with the general
 * {@link DateTimeFormatter} parsing it short-cuts, on the shapes it reads and on every near miss it must hand over.
 */
class TimestampsTest {
  /** The parsing Timestamps did before it had a fast path, kept here as the oracle. */
  private static final DateTimeFormatter SPACED = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .appendLiteral(' ')
      .appendOffsetId()
      .toFormatter();

  private static OffsetDateTime oracle(String text) {
    String trimmed = text.trim();
    try {
      return OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException notIso) {
      String normalised = trimmed.endsWith(" UTC") ? trimmed.substring(0, trimmed.length() - 4) + " Z" : trimmed;
      return OffsetDateTime.parse(normalised, SPACED);
    }
  }

  static List<String> inputs() {
    List<String> inputs = new ArrayList<>();
    String fraction = "123456789";
    for (int digits = 0; digits <= 10; digits++) {
      String f = digits == 0 ? "" : "." + (fraction + "0").substring(0, digits);
      for (String offset : List.of("Z", "+10:00", "-05:30", "+00:00", "-00:00", "+18:00", "-18:00", "+19:00",
          "+05:60", "+1000", "+10", "+10:00:00", "z", "")) {
        inputs.add("2015-05-09T21:05:59" + f + offset);
      }
      inputs.add("2013-09-03 13:24:38" + f + " UTC");
      inputs.add("2013-09-03 13:24:38" + f + " +10:00");
      inputs.add("2013-09-03 13:24:38" + f + " Z");
    }
    inputs.addAll(List.of(
        "2015-05-09T21:05:59.Z", "2015-05-09T21:05:59.874", "2015-05-09t21:05:59.874Z", "2015-05-09T21:05Z",
        "2015-02-29T00:00:00Z", "2016-02-29T00:00:00Z", "2015-02-30T00:00:00Z", "2015-13-01T00:00:00Z",
        "2015-00-01T00:00:00Z", "2015-05-00T00:00:00Z", "2015-05-09T24:00:00Z", "2015-05-09T23:60:00Z",
        "2015-05-09T23:59:60Z", "0000-01-01T00:00:00Z", "0000-01-01 00:00:00 UTC", "9999-12-31T23:59:59.999999999Z",
        "+10000-01-01T00:00:00Z", "2015-05-09T21:05:59.874+10:00 ", " 2015-05-09T21:05:59.874Z",
        "2015-05-09T21:05:59.874ZZ", "2015-05-09T21:05:59.874 UTC", "2013-09-03 13:24:38 utc",
        "2013-09-03T13:24:38 UTC", "2015-05-09X21:05:59Z", "2015/05/09T21:05:59Z", "2015-05-09T21-05-59Z",
        "2O15-05-09T21:05:59Z", "2015-05-09T21:05:5aZ", "2015-05-09T21:05:59.87a4Z", "2015-05-09T21:05:59.874+1a:00",
        "2015-05-09T21:05:59.874+10-00", "2015-05-09T21:05:59.874\u0660Z", "\u0662015-05-09T21:05:59Z", "", "Z",
        "2015-05-09", "2015-05-09T21:05:59"));
    return inputs;
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void agreesWithTheGeneralParser(String text) {
    OffsetDateTime expected;
    try {
      expected = oracle(text);
    } catch (DateTimeParseException rejected) {
      assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
      return;
    }
    OffsetDateTime actual = Timestamps.parse(text);
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.getOffset()).isEqualTo(expected.getOffset());
  }

  @Test
  void readsTheCommonShapes() {
    assertThat(Timestamps.parse("2015-05-09T21:05:59.874Z"))
        .isEqualTo(OffsetDateTime.of(2015, 5, 9, 21, 5, 59, 874_000_000, ZoneOffset.UTC));
    assertThat(Timestamps.parse("2015-05-09T21:05:59Z"))
        .isEqualTo(OffsetDateTime.of(2015, 5, 9, 21, 5, 59, 0, ZoneOffset.UTC));
    assertThat(Timestamps.parse("2015-05-09T21:05:59.1+10:00"))
        .isEqualTo(OffsetDateTime.of(2015, 5, 9, 21, 5, 59, 100_000_000, ZoneOffset.ofHours(10)));
    assertThat(Timestamps.parse("2015-05-09T21:05:59.123456789-05:30"))
        .isEqualTo(OffsetDateTime.of(2015, 5, 9, 21, 5, 59, 123_456_789, ZoneOffset.ofHoursMinutes(-5, -30)));
    assertThat(Timestamps.parse("2013-09-03 13:24:38 UTC"))
        .isEqualTo(OffsetDateTime.of(2013, 9, 3, 13, 24, 38, 0, ZoneOffset.UTC));
    assertThat(Timestamps.parse("2013-09-03 13:24:38.5 UTC"))
        .isEqualTo(OffsetDateTime.of(2013, 9, 3, 13, 24, 38, 500_000_000, ZoneOffset.UTC));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2015-02-30T00:00:00Z", "2015-05-09T21:05:59.1234567890Z", "2015-05-09T21:05:59+19:00",
      "2013-09-03 13:24:38 PST", "yesterday"})
  void rejectsWhatNeitherParserReads(String text) {
    assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void theModelsUseItForEveryShape() throws Exception {
    ObjectMapper json = Json.mapper();
    Pipeline pipeline = json.readValue("{\"id\":\"p1\",\"created_at\":\"2013-09-03 13:24:38 UTC\","
        + "\"archived_at\":\"2015-05-09T21:05:59.874+10:00\"}", Pipeline.class);

    assertThat(pipeline.createdAt()).contains(OffsetDateTime.of(2013, 9, 3, 13, 24, 38, 0, ZoneOffset.UTC));
    assertThat(pipeline.archivedAt())
        .contains(OffsetDateTime.of(2015, 5, 9, 21, 5, 59, 874_000_000, ZoneOffset.ofHours(10)));
  }
}
