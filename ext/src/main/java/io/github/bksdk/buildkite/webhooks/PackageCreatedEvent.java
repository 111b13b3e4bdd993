package io.github.bksdk.buildkite.webhooks;

import io.github.bksdk.buildkite.model.PackageCreatedWebhookEvent;
import io.github.bksdk.buildkite.model.WebhookPackage;
import java.util.Objects;

/**
 * A {@code package.created} event from a package registry: {@link #payload()} holds the new package with its registry
 * and organization.
 *
 * @param name the event name: {@code package.created}
 * @param payload the decoded body
 */
public record PackageCreatedEvent(String name, PackageCreatedWebhookEvent payload) implements WebhookEvent {
  /**
   * Creates the event; {@link WebhookEvents#parse(byte[])} is the usual way to get one.
   *
   * @param name the event name
   * @param payload the decoded body
   * @throws NullPointerException if either is null
   */
  public PackageCreatedEvent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(payload, "payload");
  }

  /**
   * Returns the package that was published; the same object as {@code payload().packageInfo()} (the JSON field is
   * {@code package}, a Java keyword).
   *
   * @return the package, or null if the body had none
   */
  public WebhookPackage createdPackage() {
    return payload.packageInfo();
  }
}
