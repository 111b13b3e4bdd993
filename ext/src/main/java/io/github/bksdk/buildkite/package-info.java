/**
 * The entry point of the Buildkite Java SDK. {@link io.github.bksdk.buildkite.BuildkiteClient} is built once
 * (token or JWT credentials, timeouts, retry and rate-limit policies, logging) and shared: it is thread-safe, pools
 * its connections and hands out one service per resource group of the REST API, such as
 * {@code client.builds()} or {@code client.pipelines()}, whose methods are generated from the OpenAPI document.
 */
package io.github.bksdk.buildkite;
