/**
 * The request and response models of the Buildkite REST API, generated from {@code spec/openapi.yaml}. Every model
 * is immutable, built with {@code builder()} and changed with {@code toBuilder()}; optional fields are
 * {@code Optional}, lists and maps are never null, fields the server sends that this version does not know are kept
 * in {@code additionalProperties()}, and enums are open classes that keep unknown values.
 */
package io.github.bksdk.buildkite.model;
