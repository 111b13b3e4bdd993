package io.github.bksdk.buildkite.testkit;

import java.util.List;
import java.util.Map;

/**
 * What happened when the fake delivered a {@link Webhook}: the exact body and headers sent, and the receiver's status
 * and body. {@link #toString()} shows no header values. Immutable.
 */
public final class WebhookResult {
  private final String sentBody;
  private final Map<String, String> sentHeaders;
  private final int status;
  private final String responseBody;

  WebhookResult(String sentBody, Map<String, String> sentHeaders, int status, String responseBody) {
    this.sentBody = sentBody;
    this.sentHeaders = Map.copyOf(sentHeaders);
    this.status = status;
    this.responseBody = responseBody;
  }

  /**
   * Returns the body exactly as sent.
   *
   * @return the body
   */
  public String sentBody() {
    return sentBody;
  }

  /**
   * Returns the headers sent, such as {@code X-Buildkite-Event} and {@code X-Buildkite-Signature}.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> sentHeaders() {
    return sentHeaders;
  }

  /**
   * Returns the sent headers in the multi-valued shape {@code WebhookVerifier.verify(Map, byte[])} takes.
   *
   * @return an unmodifiable map
   */
  public Map<String, List<String>> sentHeaderLists() {
    return sentHeaders.entrySet().stream()
        .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.of(e.getValue())));
  }

  /**
   * Returns the receiver's HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the receiver's response body.
   *
   * @return the body as text
   */
  public String responseBody() {
    return responseBody;
  }

  @Override
  public String toString() {
    return "WebhookResult{status=" + status + ", sentHeaders=" + sentHeaders.keySet() + ", sentBody="
        + sentBody.length() + " chars}";
  }
}
