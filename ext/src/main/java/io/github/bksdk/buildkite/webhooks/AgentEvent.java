package io.github.bksdk.buildkite.webhooks;

import io.github.bksdk.buildkite.model.AgentWebhookEvent;
import java.util.Objects;

/**
 * One of the {@code agent.*} events: {@link #payload()} holds the agent whose connection state changed; for
 * {@code agent.blocked} it also holds the refused address and the agent token that was used.
 *
 * @param name the event name: {@code agent.connected}, {@code agent.lost}, {@code agent.disconnected},
 *     {@code agent.stopping}, {@code agent.stopped} or {@code agent.blocked}
 * @param payload the decoded body
 */
public record AgentEvent(String name, AgentWebhookEvent payload) implements WebhookEvent {
  /**
   * Creates the event; {@link WebhookEvents#parse(byte[])} is the usual way to get one.
   *
   * @param name the event name
   * @param payload the decoded body
   * @throws NullPointerException if either is null
   */
  public AgentEvent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(payload, "payload");
  }
}
