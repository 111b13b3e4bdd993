package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.paging.Page;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Both pagination styles, lazily, across several pages, through the one Page type. */
class PaginationTest extends WireMockTestBase {
  private static final String BUILDS = "/v2/organizations/acme/pipelines/app/builds";

  private static String builds(int... numbers) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < numbers.length; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":\"b").append(numbers[i]).append("\",\"number\":")
          .append(numbers[i]).append(",\"state\":\"passed\"}");
    }
    return json.append(']').toString();
  }

  private void stubBuildPage(int page, String body, String link) {
    var response = aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    if (link != null) {
      response.withHeader("Link", link);
    }
    server.stubFor(get(urlPathEqualTo(BUILDS)).withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.equalTo(String.valueOf(page)))
        .willReturn(response));
  }

  @Test
  void linkHeaderPagesAreFollowedLazilyOnePageAtATime() {
    String base = server.baseUrl() + BUILDS + "?per_page=2&page=";
    stubBuildPage(1, builds(10, 9), "<" + base + "2>; rel=\"next\", <" + base + "3>; rel=\"last\"");
    stubBuildPage(2, builds(8, 7), "<" + base + "1>; rel=\"first\", <" + base + "1>; rel=\"prev\", <" + base
        + "3>; rel=\"next\", <" + base + "3>; rel=\"last\"");
    stubBuildPage(3, builds(6), "<" + base + "1>; rel=\"first\", <" + base + "2>; rel=\"prev\"");

    Page<Build> first = client().builds().listBuildsForPipeline("acme", "app",
        ListBuildsForPipelineParams.builder().perPage(2).page(1).build());
    assertThat(first.items()).extracting(Build::number).containsExactly(10, 9);
    assertThat(first.hasNextPage()).isTrue();
    assertThat(first.links().last()).hasValueSatisfying(uri -> assertThat(uri.toString()).endsWith("page=3"));
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(1);

    Iterator<Build> all = first.autoPager().iterator();
    assertThat(all.next().number()).isEqualTo(10);
    assertThat(all.next().number()).isEqualTo(9);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).as("no request before page 1 is used up").hasSize(1);
    assertThat(all.next().number()).isEqualTo(8);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(2);

    assertThat(first.streamAll().map(Build::number).toList()).containsExactly(10, 9, 8, 7, 6);
    Page<Build> third = first.nextPage().nextPage();
    assertThat(third.hasNextPage()).isFalse();
    assertThat(third.links().prev()).isPresent();
    assertThatThrownBy(third::nextPage).isInstanceOf(NoSuchElementException.class);
    server.findAll(anyRequestedFor(anyUrl())).forEach(r ->
        assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
  }

  @Test
  void cursorEnvelopesAreFollowedThroughLinksNext() {
    String jobs = "/v2/organizations/acme/pipelines/app/builds/7/jobs";
    String page = "{\"items\":[%s],\"links\":{\"self\":\"x\",\"next\":%s}}";
    server.stubFor(get(urlPathEqualTo(jobs)).withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.absent())
        .willReturn(okJson(page.formatted(job("j1") + "," + job("j2"), "\"" + server.baseUrl() + jobs + "?after=c1\""))));
    server.stubFor(get(urlPathEqualTo(jobs)).withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.equalTo("c1"))
        .willReturn(okJson(page.formatted(job("j3"), "\"" + server.baseUrl() + jobs + "?after=c2\""))));
    server.stubFor(get(urlPathEqualTo(jobs)).withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.equalTo("c2"))
        .willReturn(okJson(page.formatted(job("j4"), "null"))));

    Page<Job> first = client().jobs().listJobs("acme", "app", 7, ListJobsParams.builder().perPage(2).build());
    assertThat(first.items()).extracting(Job::id).containsExactly("j1", "j2");
    assertThat(first.links().next()).isPresent();
    List<String> ids = first.streamAll().map(Job::id).toList();
    assertThat(ids).containsExactly("j1", "j2", "j3", "j4");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(3);
  }

  @Test
  void aLinkToAnotherHostIsNeverFollowedWithTheToken() {
    server.stubFor(get(urlPathEqualTo(BUILDS)).willReturn(okJson(builds(1))
        .withHeader("Link", "<https://evil.example.com/v2/steal?page=2>; rel=\"next\"")));
    Page<Build> first = client().builds().listBuildsForPipeline("acme", "app");
    assertThatThrownBy(first::nextPage)
        .isInstanceOf(io.github.bksdk.buildkite.errors.InvalidResponseException.class)
        .hasMessageContaining("evil.example.com").hasMessageNotContaining(TOKEN);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void perPageAboveTheMaximumIsRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> ListBuildsForPipelineParams.builder().perPage(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("per_page must be between 1 and 100, was 101");
    assertThatThrownBy(() -> ListBuildsForPipelineParams.builder().perPage(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per_page");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  private static String job(String id) {
    return "{\"id\":\"" + id + "\",\"type\":\"script\",\"state\":\"passed\"}";
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }
}
