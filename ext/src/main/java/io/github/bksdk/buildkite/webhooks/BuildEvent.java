package io.github.bksdk.buildkite.webhooks;

import io.github.bksdk.buildkite.model.BuildWebhookEvent;
import java.util.Objects;

/**
 * One of the {@code build.*} events: {@link #payload()} holds the build (without its jobs), its pipeline and the
 * sender. A build waiting at a block step arrives as {@code build.finished} with the build's {@code blocked} flag
 * set; the build may already be in a later state than the name says.
 *
 * @param name the event name: {@code build.scheduled}, {@code build.running}, {@code build.failing},
 *     {@code build.finished} or {@code build.skipped}
 * @param payload the decoded body
 */
public record BuildEvent(String name, BuildWebhookEvent payload) implements WebhookEvent {
  /**
   * Creates the event; {@link WebhookEvents#parse(byte[])} is the usual way to get one.
   *
   * @param name the event name
   * @param payload the decoded body
   * @throws NullPointerException if either is null
   */
  public BuildEvent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(payload, "payload");
  }
}
