package io.github.bksdk.buildkite.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * An event whose name this SDK version does not know, such as one Buildkite added later. Nothing is lost: the body
 * is kept as a JSON tree, which a newer SDK version or the caller can interpret. Answer such events with a 2xx
 * status anyway, so that Buildkite does not consider the endpoint broken.
 *
 * @param name the event name as received
 * @param raw the whole body as a JSON object; a private copy, so changing the returned tree changes nothing here
 */
public record UnknownEvent(String name, JsonNode raw) implements WebhookEvent {
  /**
   * Creates the event from its name and body, copying the body.
   *
   * @param name the event name
   * @param raw the body
   * @throws NullPointerException if either is null
   */
  public UnknownEvent {
    Objects.requireNonNull(name, "name");
    raw = Objects.requireNonNull(raw, "raw").deepCopy();
  }

  /**
   * Returns a copy of the body, so that the event itself stays unchanged.
   *
   * @return the body as a JSON tree
   */
  @Override
  public JsonNode raw() {
    return raw.deepCopy();
  }
}
