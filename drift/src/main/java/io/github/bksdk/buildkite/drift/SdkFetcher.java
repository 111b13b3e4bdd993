package io.github.bksdk.buildkite.drift;

import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.LogLevel;
import io.github.bksdk.buildkite.errors.BuildkiteException;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.http.ApiRequest;
import io.github.bksdk.buildkite.http.RawResponse;
import java.net.URLDecoder;
import io.github.bksdk.buildkite.ratelimit.RateLimitPolicy;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import io.github.bksdk.buildkite.retry.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Sends the drift check's {@code GET}s through the SDK's public raw-request escape hatch
 * ({@link BuildkiteClient#send(ApiRequest)}): the same retry policy, the client-side rate limiter at Buildkite's
 * documented limits (with pacing when the API reports few requests left), the API-origin guard and the bearer
 * token handling as every generated call. It returns each answer unread by any model, whatever its status, so the
 * check sees exactly what the server sent.
 */
public final class SdkFetcher implements DriftCheck.Fetcher {
  private static final int MAX_BODY = 16 * 1024 * 1024;

  private final BuildkiteClient client;

  /**
   * A fetcher for one API origin.
   *
   * @param baseUrl the API origin
   * @param token the API access token (never logged)
   */
  public SdkFetcher(URI baseUrl, String token) {
    this(baseUrl, token, RateLimitPolicy.documentedLimits(), Sleeper.system());
  }

  /**
   * A fetcher with a chosen rate-limit policy and sleeper (tests use a recording sleeper).
   *
   * @param baseUrl the API origin
   * @param token the API access token (never logged)
   * @param rateLimit the client-side rate-limit policy
   * @param sleeper how waits are made
   */
  public SdkFetcher(URI baseUrl, String token, RateLimitPolicy rateLimit, Sleeper sleeper) {
    if (baseUrl == null) {
      throw new IllegalArgumentException("baseUrl must not be null");
    }
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    this.client = BuildkiteClient.builder().baseUrl(baseUrl).token(token).rateLimit(rateLimit).sleeper(sleeper)
        .retryPolicy(RetryPolicy.defaults()).logLevel(LogLevel.NONE).build();
  }

  @Override
  public DriftCheck.Exchange get(URI url) {
    try {
      return exchange(url);
    } catch (BuildkiteIoException e) {
      throw e; // no answer at all (refused, reset, timeout): nothing to check
    } catch (BuildkiteException e) {
      // An error status, after the SDK's retries: its status, headers and (first 64 KiB of the) body are what the
      // server sent, and are checked like any other answer.
      String contentType = e.headers().entrySet().stream()
          .filter(h -> h.getKey().equalsIgnoreCase("Content-Type") && !h.getValue().isEmpty())
          .map(h -> h.getValue().get(0)).findFirst().orElse(null);
      return new DriftCheck.Exchange(e.statusCode(), contentType,
          e.body().map(b -> b.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]));
    }
  }

  private DriftCheck.Exchange exchange(URI url) {
    ApiRequest.Builder request = ApiRequest.builder("GET", url.getRawPath());
    if (url.getRawQuery() != null) {
      for (String pair : url.getRawQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        request.queryParameter(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
      }
    }
    try (RawResponse response = client.send(request.build())) {
      String contentType = response.header("Content-Type").orElse(null);
      byte[] body;
      try (InputStream in = response.body()) {
        body = in.readNBytes(MAX_BODY);
      }
      return new DriftCheck.Exchange(response.statusCode(), contentType, body);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the answer to GET " + url.getPath(), e);
    }
  }
}
