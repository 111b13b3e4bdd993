/**
 * Receiving Buildkite's webhooks. {@link io.github.bksdk.buildkite.webhooks.WebhookVerifier} checks a delivery's
 * token or HMAC signature (in constant time) and its timestamp; {@link io.github.bksdk.buildkite.webhooks.WebhookEvents}
 * parses the body into a typed {@link io.github.bksdk.buildkite.webhooks.WebhookEvent}, and an event type the SDK does
 * not know yet becomes an {@link io.github.bksdk.buildkite.webhooks.UnknownEvent} instead of an error.
 */
package io.github.bksdk.buildkite.webhooks;
