package io.github.bksdk.buildkite.webhooks;

/**
 * One webhook event Buildkite delivered, decoded by {@link WebhookEvents#parse(byte[])} into the type of its event
 * family. The implementations are fixed: {@link PingEvent}, {@link BuildEvent}, {@link JobEvent}, {@link AgentEvent},
 * {@link ClusterTokenRegistrationBlockedEvent}, {@link PackageCreatedEvent}, and {@link UnknownEvent} for names this
 * SDK version does not know, so an {@code instanceof} chain over them is exhaustive. Each carries the event name
 * and, in {@code payload()}, the generated model of the body, whose unknown fields are kept in
 * {@code additionalProperties()}.
 */
public sealed interface WebhookEvent
    permits PingEvent, BuildEvent, JobEvent, AgentEvent, ClusterTokenRegistrationBlockedEvent, PackageCreatedEvent,
        UnknownEvent {

  /**
   * Returns the event name, such as {@code build.finished}: the body's {@code event} field, or the
   * {@code X-Buildkite-Event} header when the body has none.
   *
   * @return the name, never null or blank
   */
  String name();
}
