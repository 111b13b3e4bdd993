package io.github.bksdk.buildkite.webhooks;

import io.github.bksdk.buildkite.model.JobWebhookEvent;
import java.util.Objects;

/**
 * One of the {@code job.*} events: {@link #payload()} holds the job, its build and pipeline, and for
 * {@code job.promised_exit_status} the reason the job declared its exit status early.
 *
 * @param name the event name: {@code job.scheduled}, {@code job.started}, {@code job.finished}, {@code job.activated}
 *     or {@code job.promised_exit_status}
 * @param payload the decoded body
 */
public record JobEvent(String name, JobWebhookEvent payload) implements WebhookEvent {
  /**
   * Creates the event; {@link WebhookEvents#parse(byte[])} is the usual way to get one.
   *
   * @param name the event name
   * @param payload the decoded body
   * @throws NullPointerException if either is null
   */
  public JobEvent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(payload, "payload");
  }
}
