package io.github.bksdk.buildkite.codegen;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
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
 *
 * <p>A build carries a dozen timestamps, so they are a large share of decoding one. The shapes the API actually
 * sends ({@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9 digits, then {@code Z} or {@code ±hh:mm}; and
 * the same with a space and {@code " UTC"}) are read by hand from fixed positions, with no formatter and no
 * intermediate objects. Anything else, or any value out of range, goes to the general {@link DateTimeFormatter}
 * parsers, which decide exactly as before (and produce the error message).
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class Timestamps {
  private static final DateTimeFormatter SPACED_UTC = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .appendLiteral(' ')
      .appendOffsetId()
      .toFormatter();
  /** Indexed by the number of digits of a fraction: what turns its value into nanoseconds. */
  private static final int[] NANO_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

  private Timestamps() {}

  /**
   * Parses a timestamp in any of the formats above.
   *
   * @param text the text from the response
   * @return the parsed timestamp
   * @throws DateTimeParseException when the text is in no known format
   */
  public static OffsetDateTime parse(String text) {
    OffsetDateTime fast = parseCommon(text);
    if (fast != null) {
      return fast;
    }
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

  /**
   * Reads {@code yyyy-MM-ddTHH:mm:ss[.f](Z|±hh:mm)} and {@code yyyy-MM-dd HH:mm:ss[.f] UTC} (fraction of 1 to 9
   * digits) by position. Returns {@code null} for any other text, and for values out of range, so that the caller
   * falls back to the general parsers.
   */
  private static OffsetDateTime parseCommon(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    char separator = s.charAt(10);
    if (separator != 'T' && separator != ' ') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nano = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
        nano = nano * 10 + (s.charAt(i) - '0');
        i++;
      }
      int length = i - start;
      if (length == 0 || (i < n && isDigit(s.charAt(i)))) {
        return null; // no digits, or more than nine
      }
      nano *= NANO_SCALE[length];
    }
    ZoneOffset offset;
    if (separator == ' ') {
      // the spaced form is only ever sent in UTC; year 0 is not a valid year-of-era there
      if (n - i != 4 || !s.startsWith(" UTC", i) || year == 0) {
        return null;
      }
      offset = ZoneOffset.UTC;
    } else if (n - i == 1 && s.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (n - i == 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
      int hours = digits(s, i + 1, 2);
      int minutes = digits(s, i + 4, 2);
      if ((hours | minutes) < 0 || minutes > 59) {
        return null;
      }
      int sign = s.charAt(i) == '-' ? -1 : 1;
      try {
        offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
      } catch (DateTimeException outOfRange) {
        return null;
      }
    } else {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
    } catch (DateTimeException outOfRange) {
      return null; // such as February 30: the general parser reports it
    }
  }

  /** The value of {@code count} ASCII digits at {@code from}, or -1 if any of them is not a digit. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
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
