package io.github.bksdk.buildkite.internal;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Request;
import io.github.bksdk.buildkite.errors.BadRequestException;
import io.github.bksdk.buildkite.errors.BuildkiteException;
import io.github.bksdk.buildkite.errors.ConflictException;
import io.github.bksdk.buildkite.errors.ErrorDetails;
import io.github.bksdk.buildkite.errors.FieldError;
import io.github.bksdk.buildkite.errors.ForbiddenException;
import io.github.bksdk.buildkite.errors.NotFoundException;
import io.github.bksdk.buildkite.errors.RateLimitDetails;
import io.github.bksdk.buildkite.errors.RateLimitException;
import io.github.bksdk.buildkite.errors.ServerException;
import io.github.bksdk.buildkite.errors.UnauthorizedException;
import io.github.bksdk.buildkite.errors.UnexpectedStatusException;
import io.github.bksdk.buildkite.errors.UnprocessableEntityException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns an error response into the matching {@link BuildkiteException} subclass. Every error is mapped in this one
 * place: the responses of generated calls and pages as the transport chain passes them, and the raw responses of
 * streaming forms and {@code send}. Internal.
 */
public final class ErrorMapper {
  private static final int MAX_BODY = 64 * 1024;

  /**
   * Maps an error response from the transport chain; reads (at most 64 KiB of) and closes its body.
   *
   * @param response a response with a status of 300 or more
   * @return the exception to throw
   */
  BuildkiteException toException(Reply response) {
    return toException(response, null);
  }

  /**
   * Maps an error response from the transport chain and appends a note, such as the history of the attempts made.
   *
   * @param response a response with a status of 300 or more
   * @param note appended to the message in parentheses; null for none
   * @return the exception to throw
   */
  BuildkiteException toException(Reply response, String note) {
    return toException(response.status(), response.headers(), readBody(response.body()), response.request(), note);
  }

  /**
   * Maps a raw error response (a streaming form's, or {@code send}'s); reads (at most 64 KiB of) and closes its body.
   *
   * @param response a Feign response with a status of 300 or more
   * @return the exception to throw
   */
  public BuildkiteException toException(feign.Response response) {
    String body;
    try {
      body = response.body() == null ? null : readBody(response.body().asInputStream());
    } catch (IOException e) {
      body = null;
    }
    return toException(response.status(), response.headers(), body, response.request(), null);
  }

  private BuildkiteException toException(int status, Map<String, ? extends Collection<String>> responseHeaders,
      String body, Request request, String note) {
    JsonNode json = parse(body);
    Optional<String> apiMessage = text(json, "message");
    List<FieldError> fieldErrors = new ArrayList<>();
    if (json != null && json.path("errors").isArray()) {
      for (JsonNode item : json.get("errors")) {
        if (item.isObject()) {
          fieldErrors.add(new FieldError(text(item, "field").orElse(null), text(item, "code").orElse(null)));
        } else if (item.isTextual()) {
          fieldErrors.add(new FieldError(null, item.asText()));
        }
      }
    }
    Map<String, List<String>> headers = lowerCaseHeaders(responseHeaders);
    Optional<RateLimitDetails> rateLimit = status == 429 ? Optional.of(rateLimit(json, headers)) : Optional.empty();
    ErrorDetails details = new ErrorDetails(apiMessage, fieldErrors, rateLimit, Optional.ofNullable(body), headers);
    String message = status + " " + reason(status) + ": " + apiMessage.map(ErrorMapper::shorten).orElse(body == null || body.isBlank()
        ? "(no body)" : "(non-JSON body)") + " [" + Redaction.requestLine(request) + "]"
        + (note == null || note.isEmpty() ? "" : " (" + note + ")");
    return switch (status) {
      case 400 -> new BadRequestException(message, status, details);
      case 401 -> new UnauthorizedException(message, status, details);
      case 403 -> new ForbiddenException(message, status, details);
      case 404 -> new NotFoundException(message, status, details);
      case 409 -> new ConflictException(message, status, details);
      case 422 -> new UnprocessableEntityException(message, status, details);
      case 429 -> new RateLimitException(message, status, details);
      default -> status >= 500 && status <= 599
          ? new ServerException(message, status, details)
          : new UnexpectedStatusException(message, status, details);
    };
  }

  private static RateLimitDetails rateLimit(JsonNode json, Map<String, List<String>> headers) {
    Optional<String> fromBody = text(json, "scope");
    Optional<String> scope = fromBody.isPresent() ? fromBody
        : Optional.ofNullable(HeaderValues.first(headers, "ratelimit-scope"));
    boolean user = scope.map("rest_user"::equals).orElse(false);
    long limit = number(json, "limit").orElse(header(headers, user ? "ratelimit-user-limit" : "ratelimit-limit"));
    long current = number(json, "current").orElse(-1L);
    long remaining = header(headers, user ? "ratelimit-user-remaining" : "ratelimit-remaining");
    long reset = number(json, "reset").orElseGet(() -> user ? header(headers, "ratelimit-user-reset")
        : scope.isPresent() ? header(headers, "ratelimit-reset")
        : Math.max(header(headers, "ratelimit-reset"), header(headers, "ratelimit-user-reset")));
    long wait = RateLimitWait.seconds(headers, json);
    return new RateLimitDetails(scope, limit, current, remaining, Duration.ofSeconds(Math.max(0, reset)),
        Duration.ofSeconds(Math.max(0, wait)));
  }

  private static String shorten(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }

  private static long header(Map<String, List<String>> headers, String name) {
    return HeaderValues.firstLong(headers, name).orElse(-1L);
  }

  private static Optional<String> text(JsonNode json, String field) {
    JsonNode node = json == null ? null : json.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isArray()) {
      List<String> parts = new ArrayList<>();
      node.forEach(n -> parts.add(n.asText()));
      return Optional.of(String.join("; ", parts));
    }
    return Optional.of(node.asText());
  }

  private static Optional<Long> number(JsonNode json, String field) {
    JsonNode node = json == null ? null : json.get(field);
    return node != null && node.canConvertToLong() ? Optional.of(node.asLong()) : Optional.empty();
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode node = Json.mapper().readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  /** Reads at most 64 KiB of a body as text and closes it; null when there is none or it cannot be read. */
  private static String readBody(InputStream in) {
    if (in == null) {
      return null;
    }
    try (in) {
      return new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  private static Map<String, List<String>> lowerCaseHeaders(Map<String, ? extends Collection<String>> headers) {
    Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> {
      if (k != null && !Redaction.isSecretHeader(k)) {
        out.put(k.toLowerCase(Locale.ROOT), List.copyOf(v));
      }
    });
    return out;
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 409 -> "Conflict";
      case 416 -> "Range Not Satisfiable";
      case 422 -> "Unprocessable Entity";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "HTTP " + status;
    };
  }
}
