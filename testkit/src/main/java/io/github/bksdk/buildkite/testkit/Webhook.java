package io.github.bksdk.buildkite.testkit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook delivery for {@link FakeBuildkite#deliver(java.net.URI, Webhook)}: the event name, an optional body (by
 * default the fake builds one from the documented examples: for {@code build.*} events the build, its pipeline and the
 * sender; for a scripted build, see {@link #forBuild(String, FakeBuild)}), and how it is authenticated. By default it
 * is signed as Buildkite signs it: {@code X-Buildkite-Signature: timestamp=<unix seconds>,signature=<hex>}, an
 * HMAC-SHA256 with the fake's webhook secret over {@code <timestamp>.<body>}. The other modes exist to test that the
 * receiver rejects bad deliveries. Immutable; the {@code with}-style methods return changed copies.
 */
public final class Webhook {
  /** How a delivery proves where it comes from. */
  public enum Auth {
    /** {@code X-Buildkite-Signature} with an HMAC-SHA256 under the fake's webhook secret (the default). */
    SIGNATURE,
    /** {@code X-Buildkite-Signature} computed with a different secret, as a forger would. */
    WRONG_SIGNATURE,
    /** {@code X-Buildkite-Token} carrying the webhook secret in clear text (the older token mode). */
    TOKEN,
    /** No authentication header at all. */
    NONE
  }

  private final String event;
  private final String body;
  private final Instant signedAt;
  private final Auth auth;
  private final FakeBuild build;

  private Webhook(String event, String body, Instant signedAt, Auth auth, FakeBuild build) {
    this.event = event;
    this.body = body;
    this.signedAt = signedAt;
    this.auth = auth;
    this.build = build;
  }

  /**
   * Returns a signed delivery of an event with the default body.
   *
   * @param event the event name, such as {@code build.finished} or {@code ping}
   * @return the delivery
   * @throws IllegalArgumentException when null or blank
   */
  public static Webhook event(String event) {
    if (event == null || event.isBlank()) {
      throw new IllegalArgumentException("event must not be null or blank");
    }
    return new Webhook(event, null, null, Auth.SIGNATURE, null);
  }

  /**
   * Returns a signed delivery of a {@code build.*} event whose {@code build} is the scripted build as
   * {@code getBuild} would show it now (without its jobs).
   *
   * @param event the event name, such as {@code build.finished}
   * @param build the scripted build
   * @return the delivery
   * @throws IllegalArgumentException when either is null or the event is blank
   */
  public static Webhook forBuild(String event, FakeBuild build) {
    if (build == null) {
      throw new IllegalArgumentException("build must not be null");
    }
    return new Webhook(event(event).event, null, null, Auth.SIGNATURE, build);
  }

  /**
   * Returns a copy that sends exactly this body.
   *
   * @param json the raw body
   * @return the changed copy
   * @throws IllegalArgumentException when null
   */
  public Webhook withBody(String json) {
    if (json == null) {
      throw new IllegalArgumentException("json must not be null");
    }
    return new Webhook(event, json, signedAt, auth, build);
  }

  /**
   * Returns a copy signed with this timestamp instead of the fake's clock, for example to test the replay window.
   *
   * @param instant the signing time
   * @return the changed copy
   * @throws IllegalArgumentException when null
   */
  public Webhook signedAt(Instant instant) {
    if (instant == null) {
      throw new IllegalArgumentException("instant must not be null");
    }
    return new Webhook(event, body, instant, auth, build);
  }

  /**
   * Returns a copy authenticated another way.
   *
   * @param auth the mode
   * @return the changed copy
   * @throws IllegalArgumentException when null
   */
  public Webhook auth(Auth auth) {
    if (auth == null) {
      throw new IllegalArgumentException("auth must not be null");
    }
    return new Webhook(event, body, signedAt, auth, build);
  }

  /**
   * Returns the event name.
   *
   * @return the name
   */
  public String event() {
    return event;
  }

  /**
   * Returns the body set with {@link #withBody(String)}.
   *
   * @return the body, or empty when the fake builds the default one
   */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  /**
   * Returns the signing time set with {@link #signedAt(Instant)}.
   *
   * @return the time, or empty for the fake's clock
   */
  public Optional<Instant> signedAt() {
    return Optional.ofNullable(signedAt);
  }

  /**
   * Returns how the delivery is authenticated.
   *
   * @return the mode
   */
  public Auth auth() {
    return auth;
  }

  Optional<FakeBuild> build() {
    return Optional.ofNullable(build);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Webhook w && w.event.equals(event) && Objects.equals(w.body, body)
        && Objects.equals(w.signedAt, signedAt) && w.auth == auth && w.build == build;
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, body, signedAt, auth);
  }

  @Override
  public String toString() {
    return "Webhook{" + event + ", auth=" + auth + (body == null ? "" : ", body=" + body.length() + " chars") + "}";
  }
}
