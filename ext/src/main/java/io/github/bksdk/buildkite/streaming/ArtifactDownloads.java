package io.github.bksdk.buildkite.streaming;

import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.internal.Json;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.ArtifactsService;
import io.github.bksdk.buildkite.services.DownloadArtifactParams;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Downloads artifacts. The API answers a download with a 302 to short-lived storage on another host; this helper
 * follows it with a separate plain HTTP client that sends no {@code Authorization} and no API header at all, and
 * streams the bytes to a stream or a file, never into one big array. Obtain it from
 * {@code BuildkiteClient#artifactDownloads()}; thread-safe.
 */
public final class ArtifactDownloads {
  private final ArtifactsService artifacts;
  private final java.util.function.Supplier<HttpClient> storage;
  private final Duration readTimeout;

  /**
   * Creates the helper. Applications get it from {@code BuildkiteClient#artifactDownloads()}, which passes a storage
   * client configured like the API client (the same proxy, SSL context and parameters, connect timeout and
   * executor) but separate from it, so no credential of the API can reach the storage host.
   *
   * @param artifacts the artifacts service of the same client
   * @param storage supplies the HTTP client for the storage host (asked at the first download, so a client that never
   *     downloads creates none); it must add no credentials of its own
   * @param readTimeout how long to wait for the storage host's response
   */
  public ArtifactDownloads(ArtifactsService artifacts, java.util.function.Supplier<HttpClient> storage,
      Duration readTimeout) {
    this.artifacts = Require.notNull("artifacts", artifacts);
    this.readTimeout = Require.notNull("readTimeout", readTimeout);
    this.storage = Require.notNull("storage", storage);
  }

  /**
   * Creates the storage client for an API client: the same proxy, SSL context, SSL parameters, HTTP version and
   * executor as {@code api} (so a proxy or a custom trust store configured there applies to downloads too), but
   * never its authenticator or cookie handler, and following the storage host's own redirects.
   *
   * @param api the API client's JDK client
   * @param connectTimeout the connect timeout when {@code api} has none
   * @return a new client for storage downloads
   */
  public static HttpClient storageClientLike(HttpClient api, Duration connectTimeout) {
    HttpClient.Builder builder = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(api.connectTimeout().orElse(Require.notNull("connectTimeout", connectTimeout)))
        .sslContext(api.sslContext())
        .sslParameters(api.sslParameters())
        .version(api.version());
    api.proxy().ifPresent(builder::proxy);
    api.executor().ifPresent(builder::executor);
    return builder.build();
  }

  /**
   * Returns where the artifact can be fetched (a short-lived URL, valid for about a minute), without fetching it.
   *
   * @param orgSlug the organization slug
   * @param jobId the job's UUID
   * @param artifactId the artifact's id
   * @return the storage URL
   */
  public URI location(String orgSlug, String jobId, String artifactId) {
    try (RawResponse redirect = artifacts.downloadArtifactRaw(orgSlug, jobId, artifactId,
        DownloadArtifactParams.none(), RequestOptions.none())) {
      Optional<String> location = redirect.header("Location");
      if (location.isEmpty()) {
        location = Optional.ofNullable(Json.mapper().readTree(redirect.body()).path("url").textValue());
      }
      return location.map(URI::create)
          .orElseThrow(() -> new BuildkiteIoException("the download answer (status " + redirect.statusCode()
              + ") named no location", null));
    } catch (IOException e) {
      throw new BuildkiteIoException("could not read the download answer: " + e.getMessage(), e);
    }
  }

  /**
   * Downloads an artifact to a stream.
   *
   * @param orgSlug the organization slug
   * @param jobId the job's UUID
   * @param artifactId the artifact's id
   * @param out where to write; not closed
   * @return the number of bytes written
   */
  public long download(String orgSlug, String jobId, String artifactId, OutputStream out) {
    Require.notNull("out", out);
    URI location = location(orgSlug, jobId, artifactId);
    try (InputStream in = open(location)) {
      return in.transferTo(out);
    } catch (IOException e) {
      throw new BuildkiteIoException("the download from " + location.getHost() + " broke: " + e.getMessage(), e);
    }
  }

  /**
   * Downloads an artifact to a file, replacing it if it exists. The bytes go to a temporary file next to it first,
   * so a broken download never leaves a truncated file under the final name.
   *
   * @param orgSlug the organization slug
   * @param jobId the job's UUID
   * @param artifactId the artifact's id
   * @param file the destination
   * @return the number of bytes written
   */
  public long download(String orgSlug, String jobId, String artifactId, Path file) {
    Require.notNull("file", file);
    URI location = location(orgSlug, jobId, artifactId);
    Path dir = file.toAbsolutePath().getParent();
    Path partial = null;
    try (InputStream in = open(location)) {
      partial = Files.createTempFile(dir, file.getFileName().toString(), ".part");
      long bytes = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      return bytes;
    } catch (IOException e) {
      throw new BuildkiteIoException("the download from " + location.getHost() + " to " + file + " failed: "
          + e.getMessage(), e);
    } finally {
      if (partial != null) {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException ignored) {
          // best effort: the temporary file is named after the destination
        }
      }
    }
  }

  private InputStream open(URI location) throws IOException {
    String scheme = String.valueOf(location.getScheme());
    if (!scheme.equalsIgnoreCase("https") && !scheme.equalsIgnoreCase("http")) {
      throw new BuildkiteIoException("refusing to download from a " + scheme + " location", null);
    }
    HttpRequest request = HttpRequest.newBuilder(location).timeout(readTimeout).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = storage.get().send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BuildkiteIoException("interrupted while downloading from " + location.getHost(), e);
    }
    if (response.statusCode() >= 300) {
      response.body().close();
      throw new BuildkiteIoException("the storage host " + location.getHost() + " answered " + response.statusCode(), null);
    }
    return response.body();
  }
}
