/**
 * The exceptions the SDK throws. Every failure is an unchecked
 * {@link io.github.bksdk.buildkite.errors.BuildkiteException}; its subclasses name the HTTP status (404
 * {@link io.github.bksdk.buildkite.errors.NotFoundException}, 422 with its field errors, 429 with the rate-limit
 * details, 5xx) or, with status 0, a call that got no usable response at all
 * ({@link io.github.bksdk.buildkite.errors.BuildkiteIoException}).
 */
package io.github.bksdk.buildkite.errors;
