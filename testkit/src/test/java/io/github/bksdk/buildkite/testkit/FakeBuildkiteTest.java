package io.github.bksdk.buildkite.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.errors.RateLimitException;
import io.github.bksdk.buildkite.errors.ServerException;
import io.github.bksdk.buildkite.errors.UnprocessableEntityException;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fake, driven through the SDK the way a user's test drives it: a client and the fake injected by the extension. */
@BuildkiteTest
class FakeBuildkiteTest {
  private static final String ORG = "acme";
  private static final String PIPELINE = "web-app";

  @Test
  void servesTheDocumentedExampleByDefault(BuildkiteClient client, FakeBuildkite fake) {
    Build build = client.builds().getBuild(ORG, PIPELINE, 2);

    assertThat(build.number()).isEqualTo(2);
    assertThat(build.state().asString()).isEqualTo("passed");
    assertThat(build.url()).startsWith(fake.baseUrl()).doesNotContain("api.buildkite.com");
    assertThat(fake.requests("getBuild")).singleElement()
        .satisfies(r -> assertThat(r.path()).isEqualTo("/v2/organizations/acme/pipelines/web-app/builds/2"));
  }

  @Test
  void aScriptedBuildMovesOnWithEachGet(BuildkiteClient client, FakeBuildkite fake) {
    FakeBuild scripted = fake.script(BuildScript.of(ORG, PIPELINE, 42)
        .stages(BuildStage.SCHEDULED, BuildStage.RUNNING, BuildStage.BLOCKED, BuildStage.PASSED));

    List<String> seen = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Build build = client.builds().getBuild(ORG, PIPELINE, 42);
      assertThat(build.number()).isEqualTo(42);
      seen.add(build.state().asString() + (build.blocked().orElse(false) ? "+blocked" : ""));
    }

    assertThat(seen).containsExactly("scheduled", "running", "running+blocked", "passed", "passed");
    assertThat(scripted.getCount()).isEqualTo(5);
    assertThat(scripted.stage()).isEqualTo(BuildStage.PASSED);
  }

  @Test
  void aBuildThatDoesNotAdvanceOnGetMovesOnlyWhenTold(BuildkiteClient client, FakeBuildkite fake) {
    FakeBuild scripted = fake.script(BuildScript.of(ORG, PIPELINE, 7)
        .stages(BuildStage.RUNNING, BuildStage.FAILED).advanceOnGet(false));

    assertThat(client.builds().getBuild(ORG, PIPELINE, 7).state().asString()).isEqualTo("running");
    assertThat(client.builds().getBuild(ORG, PIPELINE, 7).state().asString()).isEqualTo("running");
    scripted.advance();
    Build failed = client.builds().getBuild(ORG, PIPELINE, 7);

    assertThat(failed.state().asString()).isEqualTo("failed");
    assertThat(failed.jobs()).filteredOn(j -> j.type().asString().equals("script"))
        .allSatisfy(j -> assertThat(j.state()).hasValueSatisfying(st -> assertThat(st.asString()).isEqualTo("failed")));
  }

  @Test
  void cancellingARunningBuildCancelsIt(BuildkiteClient client, FakeBuildkite fake) {
    FakeBuild scripted = fake.script(BuildScript.of(ORG, PIPELINE, 8).stages(BuildStage.RUNNING, BuildStage.PASSED));

    Build canceled = client.builds().cancelBuild(ORG, PIPELINE, 8);

    assertThat(canceled.state().asString()).isEqualTo("canceled");
    assertThat(client.builds().getBuild(ORG, PIPELINE, 8).state().asString()).isEqualTo("canceled");
    assertThat(scripted.stage()).isEqualTo(BuildStage.CANCELED);
  }

  @Test
  void cancellingAFinishedBuildIsRefusedWith422(BuildkiteClient client, FakeBuildkite fake) {
    fake.script(BuildScript.of(ORG, PIPELINE, 9).stages(BuildStage.PASSED));

    assertThatThrownBy(() -> client.builds().cancelBuild(ORG, PIPELINE, 9))
        .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(422);
          assertThat(e.apiMessage()).contains(FakeBuild.CANNOT_CANCEL_MESSAGE);
        });
  }

  @Test
  void createBuildReturnsTheScriptedBuildOfThatPipeline(BuildkiteClient client, FakeBuildkite fake) {
    fake.script(BuildScript.of(ORG, PIPELINE, 51));

    Build created = client.builds().createBuild(ORG, PIPELINE,
        io.github.bksdk.buildkite.model.CreateBuildRequest.builder().commit("HEAD").branch("main").build());

    assertThat(created.number()).isEqualTo(51);
    assertThat(created.state().asString()).isEqualTo("scheduled");
    assertThat(fake.requests("createBuild")).singleElement()
        .satisfies(r -> assertThat(r.body()).contains("\"branch\":\"main\""));
  }

  @Test
  void severalScriptedBuildsOfAPipelineAreHandedOutOnePerCreateBuild(BuildkiteClient client, FakeBuildkite fake) {
    fake.script(BuildScript.of(ORG, PIPELINE, 61));
    fake.script(BuildScript.of(ORG, PIPELINE, 62));
    io.github.bksdk.buildkite.model.CreateBuildRequest request =
        io.github.bksdk.buildkite.model.CreateBuildRequest.builder().commit("HEAD").branch("main").build();

    List<Integer> numbers = java.util.stream.IntStream.range(0, 3)
        .mapToObj(i -> client.builds().createBuild(ORG, PIPELINE, request).number()).toList();

    assertThat(numbers).as("in script order, then the last one again").containsExactly(61, 62, 62);
  }

  @Test
  void linkPagedListsFollowPageAndPerPage(BuildkiteClient client, FakeBuildkite fake) {
    fake.serveList(Route.operation("listBuildsForPipeline"), fake.exampleItems("listBuildsForPipeline", 75));

    List<Integer> numbers = client.builds().listBuildsForPipeline(ORG, PIPELINE).streamAll().map(Build::number).toList();

    assertThat(numbers).hasSize(75).startsWith(75, 74).endsWith(1);
    assertThat(fake.requests("listBuildsForPipeline")).extracting(RecordedRequest::query)
        .containsExactly("", "page=2&per_page=30", "page=3&per_page=30");
  }

  @Test
  void cursorPagedListsFollowTheirCursors(BuildkiteClient client, FakeBuildkite fake) {
    fake.serveList(Route.operation("listJobs"), fake.exampleItems("listJobs", 45));

    List<Job> jobs = client.jobs().listJobs(ORG, PIPELINE, 3).streamAll().toList();

    assertThat(jobs).hasSize(45).extracting(Job::id).doesNotHaveDuplicates();
    assertThat(fake.requests("listJobs")).hasSize(2);
    assertThat(fake.requests("listJobs").get(1).query()).startsWith("per_page=30&after=");
  }

  @Test
  void aRateLimitIsWaitedOutWithoutSleeping(BuildkiteClient client, FakeBuildkite fake) {
    fake.fail(Route.operation("getBuild"), Fault.rateLimited(), 1);

    assertThat(client.builds().getBuild(ORG, PIPELINE, 2).number()).isEqualTo(2);

    assertThat(fake.requests("getBuild")).hasSize(2);
    assertThat(fake.sleeps()).singleElement()
        .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(42), Duration.ofSeconds(43)));
  }

  @Test
  void aRateLimitCarriesTheDocumentedBodyAndHeaders(FakeBuildkite fake) {
    BuildkiteClient once = fake.clientBuilder().retryPolicy(RetryPolicy.none()).build();
    fake.fail(Route.any(), Fault.rateLimited(Duration.ofSeconds(7)), 1);

    assertThatThrownBy(() -> once.builds().getBuild(ORG, PIPELINE, 2))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.rateLimit()).hasValueSatisfying(limit -> {
            assertThat(limit.scope()).contains("rest_user");
            assertThat(limit.limit()).isEqualTo(50);
            assertThat(limit.reset()).isEqualTo(Duration.ofSeconds(7));
          });
          assertThat(e.headers()).containsKey("ratelimit-user-reset");
        });
  }

  @Test
  void serverErrorsAreRetriedUntilTheBudgetIsUsedUp(BuildkiteClient client, FakeBuildkite fake) {
    fake.fail(Route.operation("getBuild"), Fault.serverError(503), 2);
    assertThat(client.builds().getBuild(ORG, PIPELINE, 2).number()).isEqualTo(2);

    fake.fail(Route.operation("getBuild"), Fault.serverError(502), 3);
    assertThatThrownBy(() -> client.builds().getBuild(ORG, PIPELINE, 2))
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.statusCode()).isEqualTo(502));
    assertThat(fake.requests("getBuild")).hasSize(6);
  }

  @Test
  void aResetConnectionIsAnIoError(FakeBuildkite fake) {
    BuildkiteClient once = fake.clientBuilder().retryPolicy(RetryPolicy.none()).build();
    // Two: the JDK HttpClient itself quietly repeats a GET once when the connection breaks.
    fake.fail(Route.request("GET", "/v2/organizations/acme/pipelines/web-app/builds/2"), Fault.connectionReset(), 2);

    assertThatThrownBy(() -> once.builds().getBuild(ORG, PIPELINE, 2)).isInstanceOf(BuildkiteIoException.class);
    assertThat(once.builds().getBuild(ORG, PIPELINE, 2).number()).isEqualTo(2);
  }

  @Test
  void artifactsAreDownloadedFromTheStorageHostWithoutCredentials(BuildkiteClient client, FakeBuildkite fake) {
    byte[] content = "coverage report\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    fake.storeArtifact("a1b2", content);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long size = client.artifactDownloads().download(ORG, "0b461f65-e7be-4c80-888a-ef11d81fd971", "a1b2", out);

    assertThat(size).isEqualTo(content.length);
    assertThat(out.toByteArray()).isEqualTo(content);
    assertThat(client.artifactDownloads().location(ORG, "0b461f65-e7be-4c80-888a-ef11d81fd971", "a1b2").toString())
        .startsWith(fake.storageUrl() + "/artifacts/a1b2?");
  }

  @Test
  void aStoredJobLogIsServedWholeAsTextAndAsItsTail(BuildkiteClient client, FakeBuildkite fake) {
    String log = "--- building\n".repeat(100) + "exit status 1\n";
    fake.storeJobLog("j-1", log);
    ByteArrayOutputStream whole = new ByteArrayOutputStream();

    assertThat(client.jobLogs().size(ORG, "j-1")).hasValue(log.length());
    assertThat(client.jobLogs().tail(ORG, "j-1", 14)).isEqualTo("exit status 1\n");
    assertThat(client.jobLogs().writeTo(ORG, "j-1", whole)).isEqualTo(log.length());
    assertThat(whole.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(log);
    assertThat(client.jobs().getJobLog(ORG, "j-1").content()).contains(log);
  }

  @Test
  void aScriptedResponseReplacesTheExample(BuildkiteClient client, FakeBuildkite fake) {
    fake.respond(Route.operation("getBuild"),
        FakeResponse.json(200, fake.example("getBuild", Map.of("number", 77, "message", "scripted"))));

    Build build = client.builds().getBuild(ORG, PIPELINE, 77);

    assertThat(build.number()).isEqualTo(77);
    assertThat(build.message()).contains("scripted");
  }
}
