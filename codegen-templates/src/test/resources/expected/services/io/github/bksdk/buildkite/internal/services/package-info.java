/**
 * The generated implementations of the service interfaces over the Feign bindings. Not API: they may change in any
 * release; use the interfaces from {@code BuildkiteClient}.
 */
package io.github.bksdk.buildkite.internal.services;
