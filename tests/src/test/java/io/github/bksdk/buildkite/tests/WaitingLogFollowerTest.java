package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.waiting.JobLogFollower.LogFollowResult;
import io.github.bksdk.buildkite.waiting.WaitOptions;
import io.github.bksdk.buildkite.waiting.WaitTimeoutException;
import io.github.bksdk.buildkite.testkit.SimulatedTime;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JobLogFollower: only new bytes, by suffix Range, until the job finishes; on a fake clock. */
class WaitingLogFollowerTest extends WireMockTestBase {
  private static final String JOB = "/v2/organizations/acme/jobs/j1";
  private static final String LOG = JOB + "/log";

  private final SimulatedTime time =
      SimulatedTime.startingAt(Instant.parse("2026-01-01T00:00:00Z"));

  private BuildkiteClient followingClient() {
    return clientBuilder().sleeper(time).clock(time).build();
  }

  static ResponseDefinitionBuilder job(String state) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"j1\",\"type\":\"script\",\"state\":\"" + state + "\"}");
  }

  static ResponseDefinitionBuilder size(long bytes) {
    return aResponse().withStatus(200).withHeader("Content-Length", String.valueOf(bytes))
        .withHeader("Accept-Ranges", "bytes");
  }

  static ResponseDefinitionBuilder tail(String text, long start, long total) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return aResponse().withStatus(206).withHeader("Content-Type", "text/plain")
        .withHeader("Content-Range", "bytes " + start + "-" + (start + bytes.length - 1) + "/" + total).withBody(bytes);
  }

  static void stubJobStates(String... states) {
    for (int i = 0; i < states.length; i++) {
      server.stubFor(get(urlPathEqualTo(JOB)).inScenario("job")
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "j" + i)
          .willSetStateTo(i == states.length - 1 ? (i == 0 ? Scenario.STARTED : "j" + i) : "j" + (i + 1)).willReturn(job(states[i])));
    }
  }

  static void stubSizes(long... sizes) {
    for (int i = 0; i < sizes.length; i++) {
      server.stubFor(request("HEAD", urlPathEqualTo(LOG)).inScenario("size")
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "s" + i)
          .willSetStateTo(i == sizes.length - 1 ? (i == 0 ? Scenario.STARTED : "s" + i) : "s" + (i + 1)).willReturn(size(sizes[i])));
    }
  }

  static void stubTail(int n, ResponseDefinitionBuilder answer) {
    server.stubFor(get(urlPathEqualTo(LOG)).withHeader("Range", equalTo("bytes=-" + n))
        .withHeader("Accept", equalTo("text/plain")).willReturn(answer));
  }

  static List<String> rangesAsked() {
    return server.findAll(getRequestedFor(urlPathEqualTo(LOG))).stream().map(r -> r.getHeader("Range")).toList();
  }

  @Test
  void copiesEachNewByteOnceUntilTheJobFinishes() {
    stubJobStates("running", "running", "running", "passed");
    stubSizes(6, 6, 12, 16);
    server.stubFor(get(urlPathEqualTo(LOG)).withHeader("Range", equalTo("bytes=-6")).inScenario("size")
        .whenScenarioStateIs("s1").willReturn(tail("hello ", 0, 6)));
    server.stubFor(get(urlPathEqualTo(LOG)).withHeader("Range", equalTo("bytes=-6")).inScenario("size")
        .whenScenarioStateIs("s3").willReturn(tail("world!", 6, 12)));
    stubTail(4, tail(" ok\n", 12, 16));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    LogFollowResult result = followingClient().buildWaiter().logFollower().follow("acme", "j1", out,
        WaitOptions.builder().multiplier(1).build());

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello world! ok\n");
    assertThat(result.bytes()).isEqualTo(16);
    assertThat(result.polls()).isEqualTo(4);
    assertThat(result.job().state()).hasValueSatisfying(s -> assertThat(s.asString()).isEqualTo("passed"));
    assertThat(rangesAsked()).as("nothing fetched when the size did not change").containsExactly(
        "bytes=-6", "bytes=-6", "bytes=-4");
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void aLogThatGrewAfterTheSizeCheckIsReadWiderInsteadOfSkippingBytes() {
    stubJobStates("passed");
    stubSizes(10);
    stubTail(10, tail("3456789ABC", 5, 15));          // 5 more bytes arrived after the HEAD
    stubTail(15, tail("0123456789ABCDE", 0, 15));
    List<String> text = new ArrayList<>();

    LogFollowResult result = followingClient().buildWaiter().logFollower().follow("acme", "j1", text::add,
        WaitOptions.defaults());

    assertThat(String.join("", text)).isEqualTo("0123456789ABCDE");
    assertThat(result.bytes()).isEqualTo(15);
    assertThat(rangesAsked()).containsExactly("bytes=-10", "bytes=-15");
    assertThat(time.waits()).isEmpty();
  }

  @Test
  void multiByteCharactersSplitAcrossFetchesReachTheConsumerWhole() {
    byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8);   // 3 bytes
    stubJobStates("running", "passed");
    stubSizes(2, 3);
    stubTail(2, aResponse().withStatus(206).withHeader("Content-Range", "bytes 0-1/2")
        .withBody(new byte[] {euro[0], euro[1]}));
    stubTail(1, aResponse().withStatus(206).withHeader("Content-Range", "bytes 2-2/3").withBody(new byte[] {euro[2]}));
    List<String> text = new ArrayList<>();

    followingClient().buildWaiter().logFollower().follow("acme", "j1", text::add, WaitOptions.defaults());

    assertThat(text).containsExactly("\u20ac");
  }

  @Test
  void followingTimesOutWhileTheJobRuns() {
    stubJobStates("running");
    stubSizes(0);

    WaitTimeoutException e = org.assertj.core.api.Assertions.catchThrowableOfType(WaitTimeoutException.class,
        () -> followingClient().buildWaiter().logFollower().follow("acme", "j1", new ByteArrayOutputStream(),
            WaitOptions.builder().timeout(Duration.ofSeconds(5)).build()));

    assertThat(e.polls()).isEqualTo(3);                  // t=0, 2, 5
    assertThat(rangesAsked()).as("an empty log is never fetched").isEmpty();
  }
}
