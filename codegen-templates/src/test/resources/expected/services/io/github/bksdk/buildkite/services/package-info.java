/**
 * The services of the Buildkite REST API, one interface per resource group ({@code BuildsService},
 * {@code PipelinesService} ...), and one typed {@code ...Params} class per operation that has optional query
 * parameters or headers, all generated from {@code spec/openapi.yaml}. Get the services from
 * {@code BuildkiteClient} ({@code client.builds()} ...). Every operation takes its path parameters, its body, its
 * {@code ...Params} and an optional {@code RequestOptions}, and has a {@code ...WithResponse} form.
 */
package io.github.bksdk.buildkite.services;
