package io.github.bksdk.buildkite.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.streaming.ArtifactDownloads;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** Artifact downloads go through a client configured like the user's API client, without its credentials. */
class ArtifactStorageClientTest {
  @Test
  void theStorageClientTakesTheProxyAndSslSettingsOfTheUsersClientButNotItsAuthenticator() throws Exception {
    ProxySelector proxy = ProxySelector.of(new InetSocketAddress("127.0.0.1", 3128));
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, null, null);
    HttpClient api = HttpClient.newBuilder().proxy(proxy).sslContext(ssl).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(3)).authenticator(new java.net.Authenticator() { }).build();
    HttpClient storage = ArtifactDownloads.storageClientLike(api, Duration.ofSeconds(10));
    assertThat(storage.proxy()).containsSame(proxy);
    assertThat(storage.sslContext()).isSameAs(ssl);
    assertThat(storage.connectTimeout()).contains(Duration.ofSeconds(3));
    assertThat(storage.authenticator()).isEmpty();
    assertThat(storage.cookieHandler()).isEmpty();
    assertThat(storage.followRedirects()).isEqualTo(HttpClient.Redirect.NORMAL);
  }
}
