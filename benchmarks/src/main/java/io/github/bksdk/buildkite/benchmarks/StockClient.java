package io.github.bksdk.buildkite.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.bksdk.buildkite.benchmarks.stock.client.ApiClient;
import io.github.bksdk.buildkite.benchmarks.stock.client.RFC3339InstantDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The stock generated {@link ApiClient}, with the one change it needs to read the documented payloads at all.
 *
 * <p>As generated, its mapper fails on {@code builds-get.json}: the embedded pipeline's {@code created_at} is
 * {@code "2013-09-03 13:24:38 UTC"}, which its ISO-only {@code OffsetDateTime} deserializer rejects. So its mapper
 * gets one more deserializer that reads exactly that shape (a space where ISO has {@code T}, then {@code " UTC"})
 * and hands every other value, unchanged, to the stock {@link RFC3339InstantDeserializer}. The check costs one
 * scan of a short string, and the stock deserializer reads the same cached text afterwards, so the stock column
 * pays its own timestamp cost for every ISO value.
 */
final class StockClient extends ApiClient {
  private static final DateTimeFormatter SPACED_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  StockClient() {
    super("bearerAuth");
  }

  /** The mapper the stock client decodes with (with the fallback above). */
  static ObjectMapper mapper() {
    return new StockClient().getObjectMapper();
  }

  @Override
  protected ObjectMapper createObjectMapper() {
    ObjectMapper mapper = super.createObjectMapper();
    // Registered after the stock modules, so it takes precedence for OffsetDateTime.
    mapper.registerModule(new SimpleModule("SpacedUtcFallback")
        .addDeserializer(OffsetDateTime.class, new SpacedUtcFallback()));
    return mapper;
  }

  private static final class SpacedUtcFallback extends StdScalarDeserializer<OffsetDateTime> {
    private static final long serialVersionUID = 1L;

    SpacedUtcFallback() {
      super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String text = p.getText();
        if (text.length() == 23 && text.endsWith(" UTC") && text.charAt(10) == ' ') {
          try {
            return java.time.LocalDateTime.parse(text.substring(0, 19), SPACED_UTC).atOffset(ZoneOffset.UTC);
          } catch (DateTimeParseException e) {
            // fall through to the stock deserializer, which reports the error its own way
          }
        }
      }
      return RFC3339InstantDeserializer.OFFSET_DATE_TIME.deserialize(p, ctxt);
    }
  }
}
