/**
 * Responses handed to the caller unread. {@link io.github.bksdk.buildkite.http.RawResponse} gives the status,
 * the headers and the body as a stream, for the {@code ...Raw} operations whose bodies are logs, environments or
 * artifact redirects; close it to release the connection.
 */
package io.github.bksdk.buildkite.http;
