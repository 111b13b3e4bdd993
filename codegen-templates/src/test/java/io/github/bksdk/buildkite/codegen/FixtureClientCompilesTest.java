package io.github.bksdk.buildkite.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Compiles the client rendered from the fixture (Feign interfaces, models, support files), so that a template branch
 * the real spec does not reach yet still has to produce valid Java. (The rendered services need ext's runtime; they
 * are compiled by the ext module on the real spec.)
 */
class FixtureClientCompilesTest {

  @Test
  void renderedClientCompiles() throws Exception {
    FixtureOutput.sources();
    Path sources = FixtureOutput.OUTPUT.resolve("client/src/main/java");
    Path classes = FixtureOutput.OUTPUT.resolve("client-classes");
    PluginExecution.deleteRecursively(classes);
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none",
        "-classpath", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        "-d", classes.toString()));
    try (var files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    }
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, args.toArray(String[]::new));
    assertThat(status)
        .withFailMessage(() -> "javac failed on the rendered fixture client in " + sources + ":\n"
            + diagnostics.toString(StandardCharsets.UTF_8))
        .isZero();
  }
}
