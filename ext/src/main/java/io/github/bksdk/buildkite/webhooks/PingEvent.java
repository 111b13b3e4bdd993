package io.github.bksdk.buildkite.webhooks;

import io.github.bksdk.buildkite.model.PingWebhookEvent;
import java.util.Objects;

/**
 * A {@code ping} event, sent when a webhook notification service is saved: {@link #payload()} names the service, its
 * organization and the user who set it up. Answer it with a 2xx status to show the endpoint works.
 *
 * @param name the event name: {@code ping}
 * @param payload the decoded body
 */
public record PingEvent(String name, PingWebhookEvent payload) implements WebhookEvent {
  /**
   * Creates the event; {@link WebhookEvents#parse(byte[])} is the usual way to get one.
   *
   * @param name the event name
   * @param payload the decoded body
   * @throws NullPointerException if either is null
   */
  public PingEvent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(payload, "payload");
  }
}
