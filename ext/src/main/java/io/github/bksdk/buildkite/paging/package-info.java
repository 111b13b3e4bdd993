/**
 * Lists of the API. Every list operation returns a {@link io.github.bksdk.buildkite.paging.Page}: its own items
 * and links, plus lazy iteration over all later pages ({@code autoPager()}, {@code streamAll()}), whether the API
 * pages with {@code Link} headers or with cursors; each next page is fetched only when the caller reaches it.
 */
package io.github.bksdk.buildkite.paging;
