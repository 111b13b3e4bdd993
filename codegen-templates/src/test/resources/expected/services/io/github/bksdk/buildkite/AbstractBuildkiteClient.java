// Generated from spec/openapi.yaml by codegen-templates/services. Do not edit.
package io.github.bksdk.buildkite;

import io.github.bksdk.buildkite.internal.ServiceRuntime;

import io.github.bksdk.buildkite.services.ArtifactsService;
import io.github.bksdk.buildkite.internal.services.ArtifactsServiceImpl;

import io.github.bksdk.buildkite.services.BuildsService;
import io.github.bksdk.buildkite.internal.services.BuildsServiceImpl;

import io.github.bksdk.buildkite.services.JobsService;
import io.github.bksdk.buildkite.internal.services.JobsServiceImpl;

import io.github.bksdk.buildkite.services.PipelinesService;
import io.github.bksdk.buildkite.internal.services.PipelinesServiceImpl;

import io.github.bksdk.buildkite.services.RootService;
import io.github.bksdk.buildkite.internal.services.RootServiceImpl;


/**
 * The resource-group accessors of {@link BuildkiteClient}, one per tag of the spec. Generated so that a new group
 * in the spec appears on the client without hand-written code. Not API: only {@link BuildkiteClient} extends it.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
abstract class AbstractBuildkiteClient {

  private final ArtifactsService artifacts;

  private final BuildsService builds;

  private final JobsService jobs;

  private final PipelinesService pipelines;

  private final RootService root;


  /** Creates every service on one runtime (cheap: the Feign bindings are shared by the runtime). */
  AbstractBuildkiteClient(ServiceRuntime runtime) {

    this.artifacts = new ArtifactsServiceImpl(runtime);

    this.builds = new BuildsServiceImpl(runtime);

    this.jobs = new JobsServiceImpl(runtime);

    this.pipelines = new PipelinesServiceImpl(runtime);

    this.root = new RootServiceImpl(runtime);

  }


  /**
   * Returns the Artifacts operations.
   *
   * @return the shared, thread-safe service
   */
  public ArtifactsService artifacts() {
    return artifacts;
  }


  /**
   * Returns the Builds operations.
   *
   * @return the shared, thread-safe service
   */
  public BuildsService builds() {
    return builds;
  }


  /**
   * Returns the Jobs operations.
   *
   * @return the shared, thread-safe service
   */
  public JobsService jobs() {
    return jobs;
  }


  /**
   * Returns the Pipelines operations.
   *
   * @return the shared, thread-safe service
   */
  public PipelinesService pipelines() {
    return pipelines;
  }


  /**
   * Returns the Root operations.
   *
   * @return the shared, thread-safe service
   */
  public RootService root() {
    return root;
  }

}
