package io.github.bksdk.buildkite.tests;

import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.paging.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One operation driven through the public client against WireMock: the call, what must appear on the wire, the
 * stubbed answer, and what the decoded result must look like. Built with a small fluent DSL.
 */
final class Scenario {
  final String operationId;
  String label = "";
  Function<BuildkiteClient, Object> call;
  String path;
  final List<Map.Entry<String, String>> query = new ArrayList<>();
  String jsonBody;
  Consumer<com.github.tomakehurst.wiremock.verification.LoggedRequest> rawBody;
  final Map<String, String> requestHeaders = new LinkedHashMap<>();
  int status = 200;
  String responseBody;
  String responseContentType = "application/json";
  final Map<String, String> responseHeaders = new LinkedHashMap<>();
  String exampleFile;
  String offSpecReason;
  Consumer<Object> check = result -> { };
  boolean checkSet;

  private Scenario(String operationId) {
    this.operationId = operationId;
  }

  static Scenario of(String operationId) {
    return new Scenario(operationId);
  }

  /** Names a second scenario of the same operation (for example the text form of a log). */
  Scenario label(String label) {
    this.label = label;
    return this;
  }

  Scenario call(Function<BuildkiteClient, Object> call) {
    this.call = call;
    return this;
  }

  /** For operations that return nothing: runs the call, and the scenario's result is {@code null}. */
  Scenario run(Consumer<BuildkiteClient> call) {
    this.call = client -> {
      call.accept(client);
      return null;
    };
    return this;
  }

  /** The exact raw path (percent-encoding included) the request must have. */
  Scenario path(String rawPath) {
    this.path = rawPath;
    return this;
  }

  /** A decoded query parameter the request must carry; repeat for repeated parameters, in order. */
  Scenario query(String name, String value) {
    query.add(Map.entry(name, value));
    return this;
  }

  /** The JSON body the request must carry (compared as JSON); without it the request must have no body. */
  Scenario jsonBody(String json) {
    this.jsonBody = json;
    return this;
  }

  /**
   * For a body that is not JSON (a multipart upload): checks the request's {@code Content-Type} and raw bytes
   * instead of {@link #jsonBody}.
   */
  Scenario rawBody(Consumer<com.github.tomakehurst.wiremock.verification.LoggedRequest> check) {
    this.rawBody = check;
    return this;
  }

  Scenario requestHeader(String name, String value) {
    requestHeaders.put(name, value);
    return this;
  }

  Scenario respond(int status, String body) {
    this.status = status;
    this.responseBody = body;
    return this;
  }

  Scenario respondExample(int status, String exampleFile) {
    this.exampleFile = exampleFile;
    return respond(status, SpecDocument.example(exampleFile));
  }

  /**
   * Declares that the stubbed response deliberately breaks the spec (for example to show that an unknown field or
   * value is kept), so it is not validated against the spec; the reason is mandatory.
   */
  Scenario offSpecResponse(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("offSpecResponse needs a reason");
    }
    this.offSpecReason = reason;
    return this;
  }

  Scenario respondText(int status, String contentType, String body) {
    this.responseContentType = contentType;
    return respond(status, body);
  }

  Scenario responseHeader(String name, String value) {
    responseHeaders.put(name, value);
    return this;
  }

  @SuppressWarnings("unchecked")
  <T> Scenario check(Class<T> type, Consumer<T> assertion) {
    this.checkSet = true;
    this.check = result -> assertion.accept((T) type.cast(result));
    return this;
  }

  /** For operations that return a {@link Page}: the result must be a page whose items all have the given type. */
  @SuppressWarnings("unchecked")
  <T> Scenario checkPage(Class<T> itemType, Consumer<Page<T>> assertion) {
    this.checkSet = true;
    this.check = result -> {
      org.assertj.core.api.Assertions.assertThat(result).as("result").isInstanceOf(Page.class);
      Page<T> page = (Page<T>) result;
      org.assertj.core.api.Assertions.assertThat(page.items()).as("page items").allMatch(itemType::isInstance);
      assertion.accept(page);
    };
    return this;
  }

  /** For operations that answer with no body: the call must simply return. */
  Scenario returnsNothing() {
    this.checkSet = true;
    this.check = result -> org.assertj.core.api.Assertions.assertThat(result).isNull();
    return this;
  }

  /**
   * What a scenario keeps of a {@link RawResponse}: read it inside the call, close it, and check this instead.
   * Header names are case-insensitive, as in {@link RawResponse#headers()}.
   */
  record Raw(int statusCode, Map<String, List<String>> headers, String body) {
    static Raw read(RawResponse response) {
      try (response) {
        return new Raw(response.statusCode(), response.headers(), response.bodyAsString());
      }
    }

    Optional<String> header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
  }

  String name() {
    return operationId + (label.isEmpty() ? "" : " (" + label + ")");
  }

  @Override
  public String toString() {
    return name();
  }

  void validate() {
    Objects.requireNonNull(call, operationId + ": call");
    Objects.requireNonNull(path, operationId + ": path");
    if (!checkSet) {
      throw new IllegalStateException(operationId + ": a scenario must check its result");
    }
  }
}
