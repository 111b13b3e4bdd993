package io.github.bksdk.buildkite.codegen;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Parses the timestamp formats that Buildkite responses use. Most fields are ISO 8601 ({@code
 * 2015-05-09T21:05:59.874Z}), but some documented responses use {@code 2013-09-03 13:24:38 UTC}; both become an
 * {@link OffsetDateTime}. Numbers are read as seconds since the epoch.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class Timestamps {
  private static final DateTimeFormatter SPACED_UTC = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .appendLiteral(' ')
      .appendOffsetId()
      .toFormatter();

  private Timestamps() {}

  /**
   * Parses a timestamp in any of the formats above.
   *
   * @param text the text from the response
   * @return the parsed timestamp
   * @throws DateTimeParseException when the text is in no known format
   */
  public static OffsetDateTime parse(String text) {
    String trimmed = text.trim();
    try {
      return OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException notIso) {
      String normalised = trimmed.endsWith(" UTC") ? trimmed.substring(0, trimmed.length() - 4) + " Z" : trimmed;
      try {
        return OffsetDateTime.parse(normalised, SPACED_UTC);
      } catch (DateTimeParseException notSpaced) {
        notIso.addSuppressed(notSpaced);
        throw notIso;
      }
    }
  }

  /** Jackson deserializer that applies {@link #parse(String)}; the generated models use it on every date-time. */
  public static final class Deserializer extends StdScalarDeserializer<OffsetDateTime> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public Deserializer() {
      super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(p.getLongValue()), ZoneOffset.UTC);
      }
      String text = p.getValueAsString();
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        return parse(text);
      } catch (DateTimeParseException e) {
        return (OffsetDateTime) ctxt.handleWeirdStringValue(OffsetDateTime.class, text,
            "not a timestamp in a format Buildkite uses");
      }
    }
  }
}
