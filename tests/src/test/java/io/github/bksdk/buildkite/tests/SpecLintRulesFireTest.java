package io.github.bksdk.buildkite.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that each house rule of {@link SpecLintTest} fires: a small spec that passes every rule is broken in one way
 * at a time, and the rule's test method must fail naming that rule and the offender.
 *
 * <p>SpecLintTest reads the real spec through the {@link SpecDocument} singleton and is left untouched. To feed it
 * another document without touching global state (no system property, no swap of the singleton the other tests
 * use), this test loads SpecLintTest and SpecDocument a second time in a private class loader, puts the broken
 * document into that copy's singleton, and calls SpecLintTest's test methods on it directly.
 */
class SpecLintRulesFireTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String PACKAGE = SpecLintTest.class.getPackageName() + ".";

  /** A spec that passes every house rule: a page-paginated list, a cursor list, and an unauthenticated root. */
  private static final String VALID = """
      openapi: 3.0.3
      info: {title: lint fixture, version: '1'}
      security: [{bearerAuth: []}]
      paths:
        /v2/organizations/{org_slug}/things:
          get:
            operationId: listThings
            tags: [Things]
            summary: List things
            description: Lists the things of an organization.
            x-buildkite-scope: read_things
            x-buildkite-pagination: page
            parameters:
              - {name: org_slug, in: path, required: true, schema: {type: string}}
              - {name: state, in: query, schema: {$ref: '#/components/schemas/ThingState'}}
            responses:
              '200':
                description: The things.
                content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Thing'}}}}
              '401': {$ref: '#/components/responses/Unauthorized'}
              '429': {$ref: '#/components/responses/TooManyRequests'}
        /v2/things:
          get:
            operationId: listThingsByCursor
            tags: [Things]
            summary: List things by cursor
            description: Lists things with cursor pagination.
            x-buildkite-scope: read_things
            x-buildkite-pagination: cursor
            x-buildkite-cursor-item: Thing
            x-buildkite-preview: true
            x-buildkite-source: https://buildkite.com/docs/apis/rest-api/things
            responses:
              '200':
                description: A page of things.
                content: {application/json: {schema: {$ref: '#/components/schemas/ThingCursorPage'}}}
              '401': {$ref: '#/components/responses/Unauthorized'}
              '429': {$ref: '#/components/responses/TooManyRequests'}
        /:
          get:
            operationId: getRoot
            tags: [Root]
            summary: Get the root
            description: Says hello without a token.
            x-buildkite-scope: no-auth
            x-buildkite-pagination: none
            security: []
            responses:
              '204': {description: Nothing to say.}
      components:
        responses:
          Unauthorized:
            description: No valid token.
            content: {application/json: {schema: {$ref: '#/components/schemas/ApiError'}}}
          TooManyRequests:
            description: Over the rate limit.
            content: {application/json: {schema: {$ref: '#/components/schemas/ApiError'}}}
        schemas:
          Thing:
            type: object
            properties:
              name: {type: string}
              state: {$ref: '#/components/schemas/ThingState'}
          ThingState: {type: string, enum: [new, old]}
          ThingCursorPage:
            type: object
            properties:
              items: {type: array, items: {$ref: '#/components/schemas/Thing'}}
          ApiError:
            type: object
            properties:
              message: {type: string}
      """;

  private static ObjectNode valid() throws IOException {
    return (ObjectNode) YAML.readTree(VALID);
  }

  private static ObjectNode op(ObjectNode spec, String path) {
    return (ObjectNode) spec.path("paths").path(path).path("get");
  }

  private static final String LIST = "/v2/organizations/{org_slug}/things";
  private static final String CURSOR = "/v2/things";
  private static final String ROOT = "/";

  /** One broken spec: which rule must fire, in which test method, and how the valid spec is broken. */
  private record Breakage(String rule, String method, String offender, Consumer<ObjectNode> mutation) {
    @Override
    public String toString() {
      return rule;
    }
  }

  static Stream<Arguments> breakages() {
    String ids = "everyOperationHasAnIdTagSummaryAndDescription";
    String scope = "everyOperationStatesItsScopeAndPagination";
    String params = "pathParametersComeFirstAndEnumsAreComponents";
    return Stream.of(
        new Breakage("operations without operationId", ids, "", s -> op(s, LIST).remove("operationId")),
        new Breakage("operationIds not in lowerCamelCase", ids, "List_things",
            s -> op(s, LIST).put("operationId", "List_things")),
        new Breakage("operations without exactly one tag", ids, "listThings",
            s -> ((ArrayNode) op(s, LIST).get("tags")).add("Other")),
        new Breakage("operations without summary", ids, "getRoot", s -> op(s, ROOT).remove("summary")),
        new Breakage("without description", ids, "getRoot", s -> op(s, ROOT).put("description", " ")),
        new Breakage("Found duplicate", "operationIdsAreUnique", "listThings",
            s -> op(s, CURSOR).put("operationId", "listThings")),
        new Breakage("operations without x-buildkite-scope", scope, "listThings",
            s -> op(s, LIST).remove("x-buildkite-scope")),
        new Breakage("malformed scopes", scope, "listThings", s -> op(s, LIST).put("x-buildkite-scope", "Read Things")),
        new Breakage("operations without a valid x-buildkite-pagination", scope, "listThings",
            s -> op(s, LIST).put("x-buildkite-pagination", "pages")),
        new Breakage("cursor pagination and x-buildkite-cursor-item disagree", scope, "listThingsByCursor",
            s -> op(s, CURSOR).remove("x-buildkite-cursor-item")),
        new Breakage("neither a docs URL nor 'client-only: <reason>'", "provenanceExtensionsAreWellFormed",
            "listThingsByCursor", s -> op(s, CURSOR).put("x-buildkite-source", "client-only")),
        new Breakage("x-buildkite-preview other than true", "provenanceExtensionsAreWellFormed", "listThingsByCursor",
            s -> op(s, CURSOR).put("x-buildkite-preview", "yes")),
        new Breakage("no-auth operations must say security: []", scope, "getRoot", s -> op(s, ROOT).remove("security")),
        new Breakage("operations without a documented success response", "everyOperationDocumentsASuccess", "getRoot",
            s -> ((ObjectNode) op(s, ROOT).get("responses")).remove("204")),
        new Breakage("authenticated operations missing 401 or 429", "authenticatedOperationsDocumentTheCommonErrors",
            "listThingsByCursor", s -> ((ObjectNode) op(s, CURSOR).get("responses")).remove("429")),
        new Breakage("operations declaring a path parameter after another kind", params, "listThings", s -> {
          ArrayNode p = (ArrayNode) op(s, LIST).get("parameters");
          p.add(p.remove(0));
        }),
        new Breakage("inline enums", params, "Thing.name", s -> ((ObjectNode) s.at("/components/schemas/Thing/properties/name"))
            .putArray("enum").add("a").add("b")),
        new Breakage("enums whose `nullable` and listed null disagree", params, "ThingState",
            s -> ((ArrayNode) s.at("/components/schemas/ThingState/enum")).addNull()),
        new Breakage("enums whose `nullable` and listed null disagree", params, "ThingState",
            s -> ((ObjectNode) s.at("/components/schemas/ThingState")).put("nullable", true)),
        new Breakage("schemas nothing refers to", "everySchemaIsUsed", "Orphan",
            s -> ((ObjectNode) s.at("/components/schemas")).putObject("Orphan").put("type", "object")))
        .map(Arguments::of);
  }

  @Test
  void theValidFixturePassesEveryRule() throws Exception {
    Map<String, Throwable> failures = runLint(valid());
    assertThat(failures).as("rules failing on the valid fixture").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void eachRuleFiresOnABrokenSpec(Breakage breakage) throws Exception {
    ObjectNode spec = valid();
    breakage.mutation().accept(spec);
    Map<String, Throwable> failures = runLint(spec);
    assertThat(failures).as("SpecLintTest methods failing").containsKey(breakage.method());
    assertThat(failures.get(breakage.method())).isInstanceOf(AssertionError.class)
        .hasMessageContaining(breakage.rule()).hasMessageContaining(breakage.offender());
  }

  /** Runs every test method of a private copy of SpecLintTest on this document; returns the failures by method. */
  private static Map<String, Throwable> runLint(JsonNode spec) throws Exception {
    URL testClasses = SpecLintTest.class.getProtectionDomain().getCodeSource().getLocation();
    try (Isolating loader = new Isolating(testClasses, SpecLintRulesFireTest.class.getClassLoader())) {
      Class<?> document = loader.loadClass(SpecDocument.class.getName());
      Constructor<?> constructor = document.getDeclaredConstructor(JsonNode.class);
      constructor.setAccessible(true);
      Field instance = document.getDeclaredField("instance");
      instance.setAccessible(true);
      instance.set(null, constructor.newInstance(spec));

      Class<?> lint = loader.loadClass(SpecLintTest.class.getName());
      assertThat(lint.getClassLoader()).isSameAs(loader);
      Constructor<?> lintConstructor = lint.getDeclaredConstructor();
      lintConstructor.setAccessible(true);
      Map<String, Throwable> failures = new LinkedHashMap<>();
      List<Method> tests = new ArrayList<>();
      for (Method m : lint.getDeclaredMethods()) {
        if (m.isAnnotationPresent(Test.class)) {
          tests.add(m);
        }
      }
      assertThat(tests).as("SpecLintTest's test methods").hasSizeGreaterThanOrEqualTo(7);
      for (Method m : tests) {
        m.setAccessible(true);
        try {
          m.invoke(lintConstructor.newInstance());
        } catch (InvocationTargetException e) {
          failures.put(m.getName(), e.getCause());
        }
      }
      return failures;
    }
  }

  /** Loads this package's classes itself (child first) and everything else from the parent. */
  private static final class Isolating extends URLClassLoader {
    Isolating(URL testClasses, ClassLoader parent) {
      super(new URL[] {testClasses}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(PACKAGE)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = findClass(name);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }
}
