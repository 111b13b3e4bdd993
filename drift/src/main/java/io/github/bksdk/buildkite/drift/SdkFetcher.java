package io.github.bksdk.buildkite.drift;

import feign.Headers;
import feign.RequestLine;
import feign.Response;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.LogLevel;
import io.github.bksdk.buildkite.auth.BearerToken;
import io.github.bksdk.buildkite.errors.BuildkiteException;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.internal.FeignRuntime;
import io.github.bksdk.buildkite.ratelimit.RateLimitPolicy;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import io.github.bksdk.buildkite.retry.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;

/**
 * Sends the drift check's {@code GET}s through the SDK's own transport: the same retry policy, the client-side rate
 * limiter at Buildkite's documented limits (with pacing when the API reports few requests left), the API-origin guard
 * and the bearer token handling. It returns each answer unread by any model, whatever its status, so the check sees
 * exactly what the server sent. Uses the SDK's internal {@link FeignRuntime}: the drift module ships with the SDK
 * and is not a user of its public API.
 */
public final class SdkFetcher implements DriftCheck.Fetcher {
  private static final int MAX_BODY = 16 * 1024 * 1024;

  /**
   * The one request shape the drift check sends: a JSON {@code GET} of an absolute URL on the API origin. Public only
   * because the SDK's runtime calls it reflectively.
   */
  public interface RawGet {
    /**
     * Sends the request.
     *
     * @param url the absolute URL
     * @return the response, whatever its status
     */
    @RequestLine("GET")
    @Headers("Accept: application/json")
    Response get(URI url);
  }

  private final RawGet api;

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
    FeignRuntime runtime = new FeignRuntime(new FeignRuntime.Settings(baseUrl, BearerToken.of(token),
        Duration.ofSeconds(10), Duration.ofSeconds(60), LogLevel.NONE,
        "buildkite-java-sdk-drift/" + BuildkiteClient.sdkVersion(), null, RetryPolicy.defaults(), rateLimit, sleeper,
        Clock.systemUTC()));
    this.api = runtime.api(RawGet.class);
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
    try (Response response = api.get(url)) {
      Collection<String> types = response.headers().getOrDefault("Content-Type",
          response.headers().getOrDefault("content-type", java.util.List.of()));
      String contentType = types.isEmpty() ? null : types.iterator().next();
      byte[] body = new byte[0];
      if (response.body() != null) {
        try (InputStream in = response.body().asInputStream()) {
          body = in.readNBytes(MAX_BODY);
        }
      }
      return new DriftCheck.Exchange(response.status(), contentType, body);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the answer to GET " + url.getPath(), e);
    }
  }
}
