/**
 * The async services of the Buildkite REST API: one {@code ...ServiceAsync} interface per resource group, the
 * non-blocking form of the services in the parent package, method for method, returning {@code CompletableFuture}s.
 * Get them from {@code BuildkiteClient.async()} ({@code client.async().builds()} ...). Inputs ({@code ...Params},
 * models, {@code RequestOptions}) are the same types as for the sync services.
 */
package io.github.bksdk.buildkite.services.async;
