package io.github.bksdk.buildkite.webhooks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking one incoming webhook request with a {@link WebhookVerifier}: either valid, telling which
 * mechanism proved it genuine, or invalid, with a machine-readable {@link Reason} and a human-readable message. The
 * message describes what was wrong with the request but never repeats a configured secret, the received token or
 * the received signature, so it is safe to log. Instances are immutable.
 */
public final class WebhookVerification {
  /**
   * Why a request was rejected. Callers usually answer every reason with the same 4xx status and log the reason;
   * the distinction helps operators tell a misconfigured secret from a replayed or forged request.
   */
  public enum Reason {
    /** None of the authentication headers the verifier is configured for was present. */
    MISSING_HEADER,
    /** {@code X-Buildkite-Signature} or {@code X-Buildkite-Token} was sent more than once. */
    DUPLICATE_HEADER,
    /** {@code X-Buildkite-Signature} was not of the form {@code timestamp=<digits>,signature=<64 hex digits>}. */
    MALFORMED_SIGNATURE,
    /** The signature did not match the timestamp and body signed with the configured secret. */
    BAD_SIGNATURE,
    /** The signature was genuine but its timestamp lies further in the past than the tolerance allows. */
    STALE_TIMESTAMP,
    /** The signature was genuine but its timestamp lies further in the future than the tolerance allows. */
    FUTURE_TIMESTAMP,
    /** {@code X-Buildkite-Token} did not equal the configured token. */
    BAD_TOKEN,
    /** The request used a mechanism (token or signature) for which the verifier has no secret. */
    NO_SECRET_CONFIGURED,
    /** No request body was given to check ({@code null}); pass an empty array for an empty body. */
    MISSING_BODY
  }

  /** The mechanism that proved a valid request genuine. */
  public enum Mode {
    /** The shared token arrived in clear text in {@code X-Buildkite-Token}. */
    TOKEN,
    /** An HMAC-SHA256 signature of the timestamp and body arrived in {@code X-Buildkite-Signature}. */
    SIGNATURE
  }

  private final Reason reason;
  private final String message;
  private final Mode mode;
  private final Instant signedAt;

  private WebhookVerification(Reason reason, String message, Mode mode, Instant signedAt) {
    this.reason = reason;
    this.message = message;
    this.mode = mode;
    this.signedAt = signedAt;
  }

  static WebhookVerification valid(Mode mode, Instant signedAt) {
    return new WebhookVerification(null, mode == Mode.SIGNATURE
        ? "signature and timestamp verified" : "token verified", Objects.requireNonNull(mode), signedAt);
  }

  static WebhookVerification invalid(Reason reason, String message) {
    return new WebhookVerification(Objects.requireNonNull(reason), Objects.requireNonNull(message), null, null);
  }

  /**
   * Returns whether the request is genuine (and, in signature mode, fresh). Only act on the payload when this is
   * true.
   *
   * @return true for a verified request
   */
  public boolean isValid() {
    return reason == null;
  }

  /**
   * Returns why the request was rejected.
   *
   * @return the reason, or empty when the request is valid
   */
  public Optional<Reason> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Returns a short explanation meant for logs: what was checked and, for a rejection, what was wrong. It never
   * contains secrets or the received credential values.
   *
   * @return the message, never null
   */
  public String message() {
    return message;
  }

  /**
   * Returns the mechanism that verified the request.
   *
   * @return the mode, or empty when the request is invalid
   */
  public Optional<Mode> mode() {
    return Optional.ofNullable(mode);
  }

  /**
   * Returns the dispatch time Buildkite signed, for requests verified by signature. It is the time the HTTP request
   * was sent, not the time of the event; read event times from the payload.
   *
   * @return the signed timestamp, or empty for token mode and for invalid requests
   */
  public Optional<Instant> signedAt() {
    return Optional.ofNullable(signedAt);
  }

  /** Two outcomes are equal when their reason, message, mode and signed time all are. */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof WebhookVerification that && reason == that.reason
        && message.equals(that.message) && mode == that.mode && Objects.equals(signedAt, that.signedAt));
  }

  /** Returns a hash code consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(reason, message, mode, signedAt);
  }

  /** Describes the outcome for logs; like {@link #message()}, it never contains secrets or received credentials. */
  @Override
  public String toString() {
    return isValid()
        ? "WebhookVerification{valid, mode=" + mode + (signedAt != null ? ", signedAt=" + signedAt : "") + "}"
        : "WebhookVerification{invalid, reason=" + reason + ", message=" + message + "}";
  }
}
