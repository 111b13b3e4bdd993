package io.github.bksdk.buildkite.examples;

import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.errors.BuildkiteException;
import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.services.GetJobLogParams;
import io.github.bksdk.buildkite.services.ListBuildsForPipelineParams;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobLog;
import io.github.bksdk.buildkite.model.JobType;
import io.github.bksdk.buildkite.model.Organization;
import io.github.bksdk.buildkite.model.Pipeline;
import io.github.bksdk.buildkite.paging.Page;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The read-only tour itself: organizations, then the pipelines of one organization, the latest builds of its first
 * pipeline, the jobs of the newest build, and the first lines of the first script job's log.
 *
 * <p>Each step reports an API error as one line and returns nothing, which ends the tour there; the log step falls
 * back from the plain-text form to the JSON form.
 */
public final class Walkthrough {
  /** How many rows a table shows at most. */
  static final int MAX_ROWS = 10;

  /** How many builds are asked for. */
  static final int BUILDS_PER_PAGE = 5;

  /** How many log lines are shown. */
  static final int LOG_LINES = 10;

  private final BuildkiteClient client;
  private final Console console;

  /**
   * Creates a tour.
   *
   * @param client the client to make the calls with
   * @param console where to report
   */
  public Walkthrough(BuildkiteClient client, Console console) {
    this.client = Objects.requireNonNull(client, "client");
    this.console = Objects.requireNonNull(console, "console");
  }

  /**
   * Runs every step that the previous ones make possible.
   *
   * @param preferredOrg the slug of the organization to explore, or empty for the first one listed
   */
  public void run(Optional<String> preferredOrg) {
    Optional<String> org = organization(preferredOrg);
    if (org.isEmpty()) {
      return;
    }
    Optional<Pipeline> pipeline = pipeline(org.get());
    if (pipeline.isEmpty()) {
      return;
    }
    Optional<Build> build = newestBuild(org.get(), pipeline.get());
    if (build.isEmpty()) {
      return;
    }
    firstScriptJob(org.get(), pipeline.get(), build.get()).ifPresent(job -> log(org.get(), job));
  }

  /** Lists the organizations (all pages, lazily) and picks one. */
  private Optional<String> organization(Optional<String> preferred) {
    console.section("Organizations this token can see");
    List<Organization> organizations;
    try {
      organizations = client.organizations().listOrganizations().streamAll().limit(MAX_ROWS).toList();
    } catch (BuildkiteException e) {
      console.problem("listing organizations", e);
      preferred.ifPresent(slug -> console.note("going on with BUILDKITE_ORG=" + slug));
      return preferred;
    }
    if (organizations.isEmpty()) {
      console.note("(none)");
      return preferred;
    }
    console.table(List.of("SLUG", "NAME"), organizations.stream()
        .map(o -> List.of(o.slug(), o.name().orElse(""))).toList());
    if (preferred.isPresent()) {
      boolean listed = organizations.stream().anyMatch(o -> o.slug().equals(preferred.get()));
      console.note("using " + preferred.get() + " (from BUILDKITE_ORG" + (listed ? ")" : "; not among those listed)"));
      return preferred;
    }
    return Optional.of(organizations.get(0).slug());
  }

  /** Lists the first page of pipelines and picks the first. */
  private Optional<Pipeline> pipeline(String org) {
    console.section("Pipelines of " + org + " (first page)");
    Page<Pipeline> page;
    try {
      page = client.pipelines().listPipelines(org);
    } catch (BuildkiteException e) {
      console.problem("listing pipelines", e);
      return Optional.empty();
    }
    List<Pipeline> pipelines = page.items();
    if (pipelines.isEmpty()) {
      console.note("(none)");
      return Optional.empty();
    }
    console.table(List.of("SLUG", "NAME", "DEFAULT BRANCH"), pipelines.stream().limit(MAX_ROWS)
        .map(p -> List.of(p.slug(), p.name(), p.defaultBranch().orElse(""))).toList());
    moreRows(pipelines.size(), page.hasNextPage());
    return Optional.of(pipelines.get(0));
  }

  /** Asks for one short page of builds, newest first, and picks the newest. */
  private Optional<Build> newestBuild(String org, Pipeline pipeline) {
    console.section("Latest builds of " + org + "/" + pipeline.slug() + " (per_page=" + BUILDS_PER_PAGE + ")");
    ListBuildsForPipelineParams query =
        ListBuildsForPipelineParams.builder().perPage(BUILDS_PER_PAGE).build();
    Page<Build> page;
    try {
      page = client.builds().listBuildsForPipeline(org, pipeline.slug(), query);
    } catch (BuildkiteException e) {
      console.problem("listing builds", e);
      return Optional.empty();
    }
    List<Build> builds = page.items();
    if (builds.isEmpty()) {
      console.note("(no builds yet)");
      return Optional.empty();
    }
    console.table(List.of("BUILD", "STATE", "BRANCH", "COMMIT", "MESSAGE"), builds.stream()
        .map(b -> List.of("#" + b.number(), b.state().asString(), b.branch().orElse(""),
            b.commit().map(Walkthrough::shortSha).orElse(""), firstLine(b.message().orElse(""))))
        .toList());
    console.note(page.hasNextPage()
        ? "older builds are on later pages (the Link header says so; not fetched)"
        : "that is every build of the pipeline");
    return Optional.of(builds.get(0));
  }

  /** Follows every page of the build's jobs and picks the first script job. */
  private Optional<Job> firstScriptJob(String org, Pipeline pipeline, Build build) {
    console.section("Jobs of build #" + build.number() + " (every page, via autoPager)");
    List<List<String>> rows = new ArrayList<>();
    Job scriptJob = null;
    int count = 0;
    try {
      for (Job job : client.jobs().listJobs(org, pipeline.slug(), build.number()).autoPager()) {
        count++;
        if (rows.size() < MAX_ROWS) {
          rows.add(List.of(jobName(job), job.type().asString(), job.state().map(s -> s.asString()).orElse("-")));
        }
        if (scriptJob == null && JobType.SCRIPT.equals(job.type())) {
          scriptJob = job;
        }
      }
    } catch (BuildkiteException e) {
      console.problem("listing jobs", e);
    }
    if (count == 0) {
      console.note("(no jobs)");
    } else {
      console.table(List.of("NAME", "TYPE", "STATE"), rows);
      moreRows(count, false);
    }
    if (scriptJob == null && count > 0) {
      console.note("no script job, so no log to show");
    }
    return Optional.ofNullable(scriptJob);
  }

  /** Shows the first lines of a job's log: as plain text if the API offers it, else from the JSON form. */
  private void log(String org, Job job) {
    console.section("Log of job \"" + jobName(job) + "\" (first " + LOG_LINES + " lines)");
    Optional<List<String>> lines = textLog(org, job);
    if (lines.isEmpty()) {
      lines = jsonLog(org, job);
    }
    lines.ifPresent(this::quoteLog);
  }

  private Optional<List<String>> textLog(String org, Job job) {
    try (RawResponse response = client.jobs().getJobLogRaw(org, job.id(),
        GetJobLogParams.builder().accept("text/plain").build(), RequestOptions.none())) {
      String contentType = response.header("Content-Type").orElse("(none)");
      if (response.statusCode() != 200 || !contentType.startsWith("text/plain")) {
        console.note("no plain-text log (HTTP " + response.statusCode() + ", " + contentType + "); trying the JSON form");
        return Optional.empty();
      }
      console.note("GET .../log with Accept: text/plain");
      return Optional.of(LogLines.first(new InputStreamReader(response.body(), StandardCharsets.UTF_8), LOG_LINES));
    } catch (BuildkiteException e) {
      console.problem("reading the plain-text log", e);
      console.note("trying the JSON form");
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      console.note("reading the plain-text log failed (" + e.getMessage() + "); trying the JSON form");
      return Optional.empty();
    }
  }

  private Optional<List<String>> jsonLog(String org, Job job) {
    try {
      JobLog log = client.jobs().getJobLog(org, job.id());
      console.note("GET .../log as JSON" + log.size().map(size -> " (" + size + " bytes)").orElse(""));
      return Optional.of(LogLines.first(log.content().orElse(""), LOG_LINES));
    } catch (BuildkiteException e) {
      console.problem("reading the JSON log", e);
      return Optional.empty();
    }
  }

  private void quoteLog(List<String> lines) {
    if (lines.isEmpty()) {
      console.note("(the log is empty)");
    }
    lines.forEach(line -> console.quote("| ", line));
  }

  private void moreRows(int total, boolean morePages) {
    if (total > MAX_ROWS) {
      console.note("... and " + (total - MAX_ROWS) + " more" + (morePages ? ", and more pages" : ""));
    } else if (morePages) {
      console.note("... and more on later pages");
    }
  }

  private static String jobName(Job job) {
    return job.name().or(job::label).filter(name -> !name.isBlank()).orElse("(" + job.type().asString() + " step)");
  }

  private static String shortSha(String sha) {
    return sha.length() > 7 ? sha.substring(0, 7) : sha;
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
