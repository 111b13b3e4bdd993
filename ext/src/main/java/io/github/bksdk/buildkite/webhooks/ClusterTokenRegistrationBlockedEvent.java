package io.github.bksdk.buildkite.webhooks;

import io.github.bksdk.buildkite.model.ClusterTokenRegistrationBlockedWebhookEvent;
import java.util.Objects;

/**
 * A {@code cluster_token.registration_blocked} event: an agent tried to register with a cluster agent token from an
 * address the token does not allow; {@link #payload()} holds the address and the token.
 *
 * @param name the event name: {@code cluster_token.registration_blocked}
 * @param payload the decoded body
 */
public record ClusterTokenRegistrationBlockedEvent(String name, ClusterTokenRegistrationBlockedWebhookEvent payload)
    implements WebhookEvent {
  /**
   * Creates the event; {@link WebhookEvents#parse(byte[])} is the usual way to get one.
   *
   * @param name the event name
   * @param payload the decoded body
   * @throws NullPointerException if either is null
   */
  public ClusterTokenRegistrationBlockedEvent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(payload, "payload");
  }
}
