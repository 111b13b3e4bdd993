package io.github.bksdk.buildkite.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.model.Artifact;
import io.github.bksdk.buildkite.model.ArtifactState;
import io.github.bksdk.buildkite.services.ListBuildArtifactsParams;
import io.github.bksdk.buildkite.testkit.FakeBuildkite;
import io.github.bksdk.buildkite.testkit.Route;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Downloads every artifact of a build into a folder, keeping the paths the artifacts were uploaded with, with a
 * progress line on standard error. It shows {@code listBuildArtifacts} read through {@code autoPager()} (every page,
 * fetched as the loop reaches it) and {@code client.artifactDownloads().download(..., Path)}, which follows the API's
 * redirect to the storage host without sending the token there and streams the bytes into the file.
 *
 * <p>An artifact whose upload has not finished (or which expired) is skipped; a path that would leave the folder
 * ({@code ../x}) is refused; when parallel jobs uploaded the same path, the later copies go under
 * {@code <job id>/<path>}.
 *
 * <p>With {@code BUILDKITE_API_TOKEN} set the arguments are organization, pipeline, build number and the folder
 * (default {@code artifacts-<number>}); {@code BUILDKITE_ORG} and {@code BUILDKITE_PIPELINE} can stand in for the
 * first two. Without a token it starts the testkit's {@code FakeBuildkite} with 105 stored artifacts (two pages)
 * behind its separate storage host and downloads them into a temporary folder, or into the folder given as argument 4.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl examples exec:java -Dexec.mainClass=io.github.bksdk.buildkite.examples.DownloadArtifacts
 * }</pre>
 */
public final class DownloadArtifacts {
  private static final int FAKE_ARTIFACTS = 105;

  private DownloadArtifacts() {}

  /**
   * Runs the example with the process environment.
   *
   * @param args organization, pipeline, build number and folder (see the class description)
   * @throws IOException when the folder cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(System.getenv(), args, System.out, System.err);
  }

  /**
   * Runs the example against the real API when the environment holds a token, else against a fake.
   *
   * @param env the environment
   * @param args the arguments
   * @param out where to print the summary
   * @param progress where to print the progress line
   * @return the folder the artifacts were written to
   * @throws IOException when the folder cannot be written
   */
  public static Path run(Map<String, String> env, String[] args, PrintStream out, PrintStream progress)
      throws IOException {
    if (TaskSetup.live(env)) {
      try (BuildkiteClient client = TaskSetup.liveClient(env)) {
        String org = TaskSetup.required(args, 0, env, TaskSetup.ORG_ENV);
        String pipeline = TaskSetup.required(args, 1, env, TaskSetup.PIPELINE_ENV);
        int number = Integer.parseInt(TaskSetup.required(args, 2, env, "BUILDKITE_BUILD_NUMBER"));
        Path folder = Path.of(TaskSetup.optional(args, 3, env, null).orElse("artifacts-" + number));
        downloadAll(client, org, pipeline, number, folder, out, progress);
        return folder;
      }
    }
    try (FakeBuildkite fake = FakeBuildkite.start(); BuildkiteClient client = fake.client()) {
      TaskSetup.announceFake(out, fake, "org, pipeline and build number as arguments");
      fake.serveList(Route.operation("listBuildArtifacts"), fakeArtifacts(fake));
      Path folder = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("buildkite-artifacts-");
      downloadAll(client, "acme", "web-app", 42, folder, out, progress);
      out.println("(" + fake.requests("listBuildArtifacts").size() + " list pages, "
          + fake.requests().stream().filter(r -> r.operationId().orElse("").startsWith("downloadArtifact")).count()
          + " downloads redirected to the storage host "
          + fake.storageUrl() + ", which saw no credential)");
      TaskSetup.verifyFake(out, fake);
      return folder;
    }
  }

  /**
   * Downloads every finished artifact of a build into a folder.
   *
   * @param client the client
   * @param org the organization slug
   * @param pipeline the pipeline slug
   * @param number the build number
   * @param folder where to write; created if missing
   * @param out where to print the summary
   * @param progress where to print the progress line
   * @throws IOException when the folder cannot be written
   */
  static void downloadAll(BuildkiteClient client, String org, String pipeline, int number, Path folder,
      PrintStream out, PrintStream progress) throws IOException {
    Path root = Files.createDirectories(folder).toAbsolutePath().normalize();
    out.println("Downloading the artifacts of " + org + "/" + pipeline + " #" + number + " into " + root);
    ListBuildArtifactsParams params = ListBuildArtifactsParams.builder().perPage(100).build();
    int downloaded = 0;
    long bytes = 0;
    List<String> skipped = new ArrayList<>();
    for (Artifact artifact : client.artifacts().listBuildArtifacts(org, pipeline, number, params).autoPager()) {
      if (!ArtifactState.FINISHED.equals(artifact.state()) || artifact.jobId().isEmpty()) {
        skipped.add(artifact.path() + " (" + artifact.state().asString() + ")");
        continue;
      }
      Path target = root.resolve(artifact.path()).normalize();
      if (!target.startsWith(root) || target.equals(root)) {
        skipped.add(artifact.path() + " (outside the folder)");
        continue;
      }
      if (Files.exists(target)) {          // the same path from another parallel job
        target = root.resolve(artifact.jobId().get()).resolve(artifact.path()).normalize();
      }
      Files.createDirectories(target.getParent());
      bytes += client.artifactDownloads().download(org, artifact.jobId().get(), artifact.id(), target);
      downloaded++;
      String line = String.format("[%d] %s, %s", downloaded, humanBytes(bytes), artifact.path());
      progress.print("\r" + (line.length() > 78 ? line.substring(0, 75) + "..." : String.format("%-78s", line)));
      progress.flush();
    }
    progress.println();
    out.println("Downloaded " + downloaded + " artifacts (" + humanBytes(bytes) + ")"
        + (skipped.isEmpty() ? "" : "; skipped " + skipped.size() + ": " + String.join(", ", skipped)));
  }

  static String humanBytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    return bytes < 1024 * 1024 ? String.format("%.1f KiB", bytes / 1024.0)
        : String.format("%.1f MiB", bytes / (1024.0 * 1024));
  }

  /** Artifacts made from the documented example: reports, coverage pages and two parallel copies of one path. */
  private static List<String> fakeArtifacts(FakeBuildkite fake) {
    ObjectMapper json = new ObjectMapper();
    List<String> items = new ArrayList<>();
    List<String> examples = fake.exampleItems("listBuildArtifacts", FAKE_ARTIFACTS);
    for (int i = 0; i < examples.size(); i++) {
      try {
        ObjectNode item = (ObjectNode) json.readTree(examples.get(i));
        String path = i == FAKE_ARTIFACTS - 1 ? "dist/app.sha256"
            : i == FAKE_ARTIFACTS - 2 ? "logs/deploy.log" : i < 2 ? "dist/app.tar.gz"
            : "coverage/file-" + i + ".html";
        byte[] content = ("artifact " + i + " at " + path + "\n").repeat(20 + i).getBytes(StandardCharsets.UTF_8);
        item.put("path", path).put("filename", Path.of(path).getFileName().toString())
            .put("dirname", path.substring(0, path.lastIndexOf('/'))).put("file_size", content.length)
            .put("state", i == FAKE_ARTIFACTS - 2 ? "new" : "finished");
        item.put("job_id", i == 1 ? "0d0e4cbe-5b7a-4d7e-9a5a-1f0c4b6b1a01" : item.path("job_id").asText());
        fake.storeArtifact(item.path("id").asText(), content);
        items.add(item.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return items;
  }
}
