/**
 * Not API: the SDK's implementation, public only because the generated services in other packages use it. The
 * transport chain (retries, rate limiting, the origin guard that adds credentials, the JDK HTTP transport), JSON
 * codec, error mapping and {@code Link} parsing live here. Anything in this package may change or disappear in any
 * release, including patch releases; do not use it from application code.
 */
package io.github.bksdk.buildkite.internal;
