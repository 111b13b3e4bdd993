package io.github.bksdk.buildkite.tests;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every wire scenario, one class per tag group. {@link OperationWireTest} drives them through the public client and
 * {@link EveryOperationIsExercisedTest} checks that together they name every operation of the spec.
 */
final class Scenarios {
  /** The organization, pipeline, build and job most scenarios address (the ids of the documented examples). */
  static final String ORG = "my-great-org";
  static final String PIPELINE = "my-pipeline";
  static final String JOB = "b63254c0-3271-4a98-8270-7cfbd6c2f14e";
  static final String API = "https://api.buildkite.com";

  private Scenarios() {}

  static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    all.addAll(MetaScenarios.all());
    all.addAll(OrganizationScenarios.all());
    all.addAll(PipelineScenarios.all());
    all.addAll(BuildScenarios.all());
    all.addAll(StepUploadScenarios.all());
    all.addAll(JobScenarios.all());
    all.addAll(ArtifactScenarios.all());
    all.addAll(AnnotationScenarios.all());
    all.addAll(AgentScenarios.all());
    all.addAll(ClusterFamilyScenarios.all());
    all.addAll(OrganizationFamilyScenarios.all());
    all.addAll(TeamFamilyScenarios.all());
    all.addAll(PackageFamilyScenarios.all());
    return Collections.unmodifiableList(all);
  }

  /** Parses an ISO-8601 timestamp, for comparing decoded values. */
  static OffsetDateTime ts(String iso) {
    return OffsetDateTime.parse(iso);
  }

  /** A {@code Link} header as the API sends it for page-numbered lists: first, prev, next and last pages. */
  static String linkHeader(String pathAndQuery, int prev, int next, int last) {
    String base = API + pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?");
    return "<" + base + "page=1>; rel=\"first\", <" + base + "page=" + prev + ">; rel=\"prev\", <" + base + "page="
        + next + ">; rel=\"next\", <" + base + "page=" + last + ">; rel=\"last\"";
  }

  /** The link of one page of {@link #linkHeader}. */
  static URI pageLink(String pathAndQuery, int page) {
    return URI.create(API + pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "page=" + page);
  }
}
