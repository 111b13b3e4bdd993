package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.bksdk.buildkite.BuildkiteClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Starts one WireMock server per test class on a free loopback port, reset before each test. */
abstract class WireMockTestBase {
  static final String TOKEN = "bkua_test0123456789abcdef";

  /** Waits for nothing: retry and pacing waits are recorded by tests that care, never slept. */
  static final io.github.bksdk.buildkite.retry.Sleeper NO_SLEEP = duration -> { };

  static WireMockServer server;

  @BeforeAll
  static void startServer() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void resetServer() {
    server.resetAll();
  }

  /** Returns a loopback port nothing listens on (it was free a moment ago), for connection-refused cases. */
  static int closedPort() throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Answers every request with the given responses in order, then with 200 and {@code finalJson} from then on. */
  static void script(String finalJson, ResponseDefinitionBuilder... first) {
    String state = STARTED;
    for (int i = 0; i < first.length; i++) {
      String nextState = "step" + (i + 1);
      server.stubFor(any(anyUrl()).inScenario("script").whenScenarioStateIs(state)
          .willReturn(first[i]).willSetStateTo(nextState));
      state = nextState;
    }
    server.stubFor(any(anyUrl()).inScenario("script").whenScenarioStateIs(state).willReturn(okJson(finalJson)));
  }

  /** Returns a client pointed at the WireMock server. */
  static BuildkiteClient client() {
    return clientBuilder().build();
  }

  /** Returns a builder pointed at the WireMock server, with retry waits skipped. */
  static BuildkiteClient.Builder clientBuilder() {
    return BuildkiteClient.builder().token(TOKEN).baseUrl(server.baseUrl()).sleeper(NO_SLEEP);
  }
}
