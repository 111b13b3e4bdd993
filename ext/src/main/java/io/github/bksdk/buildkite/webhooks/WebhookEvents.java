package io.github.bksdk.buildkite.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.bksdk.buildkite.internal.Json;
import io.github.bksdk.buildkite.model.AgentWebhookEvent;
import io.github.bksdk.buildkite.model.BuildWebhookEvent;
import io.github.bksdk.buildkite.model.ClusterTokenRegistrationBlockedWebhookEvent;
import io.github.bksdk.buildkite.model.JobWebhookEvent;
import io.github.bksdk.buildkite.model.PackageCreatedWebhookEvent;
import io.github.bksdk.buildkite.model.PingWebhookEvent;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Decodes webhook request bodies into {@link WebhookEvent}s. The event name decides the type: the documented names
 * map to their family ({@code build.finished} to {@link BuildEvent}, and so on) and any other name yields an
 * {@link UnknownEvent} holding the raw JSON, so new Buildkite events never break a receiver. Parse only bodies a
 * {@link WebhookVerifier} has accepted. Bodies are read with the SDK's own JSON configuration, tolerating unknown
 * fields and repeated keys (the last value wins), as some documented examples contain them.
 *
 * <pre>{@code
 * WebhookEvent event = WebhookEvents.parse(request.header("X-Buildkite-Event"), body);
 * if (event instanceof BuildEvent build && build.name().equals("build.finished")) { ... }
 * }</pre>
 */
public final class WebhookEvents {
  /** The header naming the event; it carries the same value as the body's {@code event} field. */
  public static final String EVENT_HEADER = "X-Buildkite-Event";

  private static final ObjectReader READER = Json.mapper().reader()
      .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .without(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final Map<String, BiFunction<String, JsonNode, WebhookEvent>> DECODERS = new LinkedHashMap<>();

  static {
    register(Set.of("ping"), (name, body) -> new PingEvent(name, decode(name, body, PingWebhookEvent.class)));
    register(Set.of("build.scheduled", "build.running", "build.failing", "build.finished", "build.skipped"),
        (name, body) -> new BuildEvent(name, decode(name, body, BuildWebhookEvent.class)));
    register(Set.of("job.scheduled", "job.started", "job.finished", "job.activated", "job.promised_exit_status"),
        (name, body) -> new JobEvent(name, decode(name, body, JobWebhookEvent.class)));
    register(Set.of("agent.connected", "agent.lost", "agent.disconnected", "agent.stopping", "agent.stopped",
        "agent.blocked"), (name, body) -> new AgentEvent(name, decode(name, body, AgentWebhookEvent.class)));
    register(Set.of("cluster_token.registration_blocked"), (name, body) -> new ClusterTokenRegistrationBlockedEvent(
        name, decode(name, body, ClusterTokenRegistrationBlockedWebhookEvent.class)));
    register(Set.of("package.created"),
        (name, body) -> new PackageCreatedEvent(name, decode(name, body, PackageCreatedWebhookEvent.class)));
  }

  private WebhookEvents() {}

  /**
   * Returns the event names this SDK version decodes into a typed event; every other name becomes an
   * {@link UnknownEvent}.
   *
   * @return an unmodifiable set of names such as {@code build.finished}
   */
  public static Set<String> knownEventNames() {
    return Set.copyOf(DECODERS.keySet());
  }

  /**
   * Decodes a body whose {@code event} field names the event, as every documented Buildkite webhook body does.
   *
   * @param rawBody the request body as received
   * @return the typed event, or an {@link UnknownEvent} for a name this SDK version does not know
   * @throws IllegalArgumentException if the body is null, is not a single JSON object, has no {@code event} name,
   *     or does not fit the shape of its event; the message names the problem but never quotes the body
   */
  public static WebhookEvent parse(byte[] rawBody) {
    return parse(null, rawBody);
  }

  /**
   * Decodes a body, taking the event name from its {@code event} field and, only when the body has none, from the
   * {@code X-Buildkite-Event} header value given here.
   *
   * @param eventHeader the value of {@link #EVENT_HEADER}, or null when not available
   * @param rawBody the request body as received
   * @return the typed event, or an {@link UnknownEvent} for a name this SDK version does not know
   * @throws IllegalArgumentException if the body is null, is not a single JSON object, names no event (in the body
   *     or the header), or does not fit the shape of its event; the message names the problem but never quotes the
   *     body
   */
  public static WebhookEvent parse(String eventHeader, byte[] rawBody) {
    if (rawBody == null) {
      throw new IllegalArgumentException("webhook body must not be null");
    }
    JsonNode body = readTree(rawBody);
    String name = eventName(body, eventHeader);
    BiFunction<String, JsonNode, WebhookEvent> decoder = DECODERS.get(name);
    return decoder != null ? decoder.apply(name, body) : new UnknownEvent(name, body);
  }

  private static void register(Set<String> names, BiFunction<String, JsonNode, WebhookEvent> decoder) {
    names.stream().sorted().forEach(name -> DECODERS.put(name, decoder));
  }

  private static JsonNode readTree(byte[] rawBody) {
    JsonNode body;
    try {
      body = READER.readTree(rawBody);
    } catch (JsonProcessingException e) {
      // Jackson's own message may quote the offending text, so only its position is passed on.
      String what = e instanceof JsonEOFException ? "it ends before the JSON value is complete" : "unexpected content";
      throw new IllegalArgumentException("webhook body is not valid JSON: " + what + where(e));
    } catch (IOException e) {
      throw new IllegalArgumentException("webhook body could not be read as JSON" + where(e));
    }
    if (body == null || body.isMissingNode()) {
      throw new IllegalArgumentException("webhook body is empty");
    }
    if (!body.isObject()) {
      throw new IllegalArgumentException("webhook body must be a JSON object, not " + describe(body));
    }
    return body;
  }

  private static String eventName(JsonNode body, String eventHeader) {
    JsonNode event = body.get("event");
    if (event != null && event.isTextual() && !event.asText().isBlank()) {
      return event.asText();
    }
    if (event != null && !event.isNull() && !event.isTextual()) {
      throw new IllegalArgumentException("webhook body field 'event' must be a string, not " + describe(event));
    }
    if (eventHeader != null && !eventHeader.isBlank()) {
      return eventHeader.strip();
    }
    throw new IllegalArgumentException(
        "webhook event name is missing: the body has no 'event' field and no " + EVENT_HEADER + " value was given");
  }

  private static <T> T decode(String name, JsonNode body, Class<T> type) {
    try {
      return READER.treeToValue(body, type);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException("webhook body of event " + name + " does not fit " + type.getSimpleName()
          + " at " + pointer(e));
    } catch (IOException e) {
      throw new IllegalArgumentException("webhook body of event " + name + " could not be decoded as "
          + type.getSimpleName());
    }
  }

  /** Builds a JSON pointer ({@code /build/number}) from the path Jackson reports. */
  private static String pointer(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        out.append('/').append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (ref.getIndex() >= 0) {
        out.append('/').append(ref.getIndex());
      }
    }
    return out.length() == 0 ? "the top level" : out.toString();
  }

  private static String where(Exception e) {
    if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null && jpe.getLocation().getLineNr() > 0) {
      return " (line " + jpe.getLocation().getLineNr() + ", column " + jpe.getLocation().getColumnNr() + ")";
    }
    return "";
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case STRING -> "a string";
      case NULL -> "null";
      case OBJECT -> "an object";
      default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " value";
    };
  }
}
