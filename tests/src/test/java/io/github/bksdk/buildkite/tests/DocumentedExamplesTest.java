package io.github.bksdk.buildkite.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented example attached to the spec (by {@code externalValue}) exists in {@code spec/examples/} and
 * validates against the schema of the response it illustrates, and every file there is used by an operation or by a
 * webhook event ({@code x-buildkite-webhooks}, checked in {@link WebhookExamplesTest}).
 */
class DocumentedExamplesTest {
  private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
      .createForInlineApiSpecification(SpecDocument.yaml())
      .withLevelResolver(LevelResolver.create()
          // Buildkite sends some timestamps as "2013-09-03 13:24:38 UTC"; the SDK parses both forms (see Timestamps).
          .withLevel("validation.response.body.schema.format.date-time", ValidationReport.Level.IGNORE)
          .build())
      .build();

  /** One example attachment: operation, status, media type and file. */
  record Attachment(String operationId, String method, String path, int status, String mediaType, String file) {
    @Override
    public String toString() {
      return operationId + " " + status + " " + file;
    }
  }

  static List<Attachment> attachments() {
    List<Attachment> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    JsonNode root = SpecDocument.load().root();
    SpecDocument.load().operations().values().forEach(op -> op.node().path("responses").fields().forEachRemaining(r -> {
      JsonNode response = r.getValue();
      if (response.has("$ref")) {
        // a shared response (such as TooManyRequests): check its examples once, through the first operation using it
        String ref = response.get("$ref").asText();
        if (!seen.add(ref)) {
          return;
        }
        response = root.at(ref.substring(1));
      }
      response.path("content").fields().forEachRemaining(media -> media.getValue().path("examples").forEach(ex -> {
        if (ex.has("externalValue")) {
          found.add(new Attachment(op.id(), op.method(), op.path(), Integer.parseInt(r.getKey()), media.getKey(),
              ex.get("externalValue").asText().replaceFirst("^examples/", "")));
        }
      }));
    }));
    return found;
  }

  static Stream<Arguments> examples() {
    return attachments().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleValidatesAgainstItsResponseSchema(Attachment attachment) {
    String body = SpecDocument.example(attachment.file());
    String erratum = erratum(attachment.operationId(), attachment.file());
    ValidationReport report = VALIDATOR.validateResponse(attachment.path(), Request.Method.valueOf(attachment.method()),
        SimpleResponse.Builder.status(attachment.status()).withContentType(attachment.mediaType()).withBody(body).build());

    List<String> problems = report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(ValidationReport.Message::toString)
        .toList();
    if (erratum != null) {
      // A documented example known to be wrong: it is named in the spec with its reason, and tolerated.
      assertThat(erratum).as("reason recorded for %s", attachment.file()).isNotBlank();
      return;
    }
    assertThat(problems).as("%s does not match its schema", attachment.file()).isEmpty();
  }

  @Test
  void theValidatorRejectsAPayloadThatBreaksTheSchema() {
    SpecDocument.Operation getBuild = SpecDocument.load().operation("getBuild");
    ValidationReport report = VALIDATOR.validateResponse(getBuild.path(), Request.Method.GET,
        SimpleResponse.Builder.status(200).withContentType("application/json")
            .withBody("{\"id\":\"b\",\"url\":\"u\",\"number\":\"forty-two\",\"state\":\"passed\"}").build());

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.getMessages()).anySatisfy(m -> assertThat(m.getMessage()).contains("number"));
  }

  @Test
  void everyExampleFileIsAttachedToAnOperationOrAWebhookEvent() throws Exception {
    Set<String> attached = attachments().stream().map(Attachment::file).collect(Collectors.toSet());
    // Webhook request bodies belong to no operation; x-buildkite-webhooks names them per event.
    SpecDocument.load().webhooks().forEach(webhook -> attached.addAll(webhook.examples()));
    Set<String> files = new HashSet<>();
    try (Stream<java.nio.file.Path> list = Files.list(SpecDocument.examplesDir())) {
      list.forEach(p -> files.add(p.getFileName().toString()));
    }
    assertThat(attached).as("attached examples exist").isSubsetOf(files);
    files.removeAll(attached);
    assertThat(files).as("example files no operation or webhook event uses").isEmpty();
  }

  /** The reason recorded under x-buildkite-example-errata for this operation's example, or null. */
  static String erratum(String operationId, String file) {
    for (JsonNode e : SpecDocument.load().operation(operationId).node().path("x-buildkite-example-errata")) {
      if (e.path("example").asText().endsWith("/" + file)) {
        return e.path("reason").asText();
      }
    }
    return null;
  }
}
