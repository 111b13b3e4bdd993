// Generated from spec/openapi.yaml by codegen-templates/services. Do not edit.
package io.github.bksdk.buildkite;

import io.github.bksdk.buildkite.internal.ServiceRuntime;

import io.github.bksdk.buildkite.services.async.ArtifactsServiceAsync;
import io.github.bksdk.buildkite.internal.services.ArtifactsServiceAsyncImpl;

import io.github.bksdk.buildkite.services.async.BuildsServiceAsync;
import io.github.bksdk.buildkite.internal.services.BuildsServiceAsyncImpl;

import io.github.bksdk.buildkite.services.async.JobsServiceAsync;
import io.github.bksdk.buildkite.internal.services.JobsServiceAsyncImpl;

import io.github.bksdk.buildkite.services.async.PipelinesServiceAsync;
import io.github.bksdk.buildkite.internal.services.PipelinesServiceAsyncImpl;

import io.github.bksdk.buildkite.services.async.RootServiceAsync;
import io.github.bksdk.buildkite.internal.services.RootServiceAsyncImpl;


/**
 * The resource-group accessors of {@link BuildkiteAsyncClient}, one per tag of the spec, mirroring those of
 * {@link BuildkiteClient}. Not API: only {@link BuildkiteAsyncClient} extends it.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
abstract class AbstractBuildkiteAsyncClient {

  private final ArtifactsServiceAsync artifacts;

  private final BuildsServiceAsync builds;

  private final JobsServiceAsync jobs;

  private final PipelinesServiceAsync pipelines;

  private final RootServiceAsync root;


  /** Creates every async service on one runtime (cheap: the Feign bindings are shared by the runtime). */
  AbstractBuildkiteAsyncClient(ServiceRuntime runtime) {

    this.artifacts = new ArtifactsServiceAsyncImpl(runtime);

    this.builds = new BuildsServiceAsyncImpl(runtime);

    this.jobs = new JobsServiceAsyncImpl(runtime);

    this.pipelines = new PipelinesServiceAsyncImpl(runtime);

    this.root = new RootServiceAsyncImpl(runtime);

  }


  /**
   * Returns the Artifacts operations, without blocking.
   *
   * @return the shared, thread-safe async service
   */
  public ArtifactsServiceAsync artifacts() {
    return artifacts;
  }


  /**
   * Returns the Builds operations, without blocking.
   *
   * @return the shared, thread-safe async service
   */
  public BuildsServiceAsync builds() {
    return builds;
  }


  /**
   * Returns the Jobs operations, without blocking.
   *
   * @return the shared, thread-safe async service
   */
  public JobsServiceAsync jobs() {
    return jobs;
  }


  /**
   * Returns the Pipelines operations, without blocking.
   *
   * @return the shared, thread-safe async service
   */
  public PipelinesServiceAsync pipelines() {
    return pipelines;
  }


  /**
   * Returns the Root operations, without blocking.
   *
   * @return the shared, thread-safe async service
   */
  public RootServiceAsync root() {
    return root;
  }

}
