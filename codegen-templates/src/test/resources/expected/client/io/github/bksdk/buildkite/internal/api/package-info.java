/**
 * The Feign bindings of the Buildkite REST API, one interface per resource group, generated from
 * {@code spec/openapi.yaml}. Not API: applications use the services of {@code BuildkiteClient}; these interfaces
 * may change in any release.
 */
package io.github.bksdk.buildkite.internal.api;
