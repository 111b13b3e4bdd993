/**
 * Small runtime pieces the generated code needs (path-segment encoding, timestamp parsing, the generated layer's
 * response wrapper, the operation annotation read by the transport). Not API: they may change in any release.
 */
package io.github.bksdk.buildkite.codegen;
