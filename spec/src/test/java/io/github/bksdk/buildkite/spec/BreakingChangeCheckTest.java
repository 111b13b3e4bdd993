package io.github.bksdk.buildkite.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The breaking-change gate of {@code ./mvnw -B verify}: spec/openapi.yaml against spec/baseline/openapi.yaml (the last
 * release), with spec/breaking-changes-acknowledged.yaml. Writes target/spec-diff/breaking-changes.md (what the check
 * decided, with the entries to paste) and target/spec-diff/openapi-diff.md (openapi-diff's report of every change).
 */
class BreakingChangeCheckTest {
  @Test
  void theSpecBreaksNothingThatIsNotAcknowledged() throws IOException {
    BreakingChanges.Result result = BreakingChanges.check(Specs.baseline(), Specs.spec(), Specs.acknowledged());
    Path dir = Specs.reportDir();
    Files.createDirectories(dir);
    Path report = dir.resolve("breaking-changes.md");
    Files.writeString(report, result.report());
    Files.writeString(dir.resolve("openapi-diff.md"), result.markdown());
    System.out.println("[breaking-changes] " + result.unacknowledged().size() + " unacknowledged, "
        + result.acknowledged().size() + " acknowledged; report: " + report.toAbsolutePath());
    assertThat(result.passes())
        .withFailMessage(() -> "spec/openapi.yaml breaks the API of the last release (spec/baseline/openapi.yaml). "
            + "Report: " + report.toAbsolutePath() + "\n\n" + result.report())
        .isTrue();
  }
}
