package io.github.bksdk.buildkite.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.AsyncClient;
import feign.AsyncFeign;
import feign.Contract;
import feign.Feign;
import feign.MethodMetadata;
import feign.Request;
import feign.Response;
import feign.Retryer;
import feign.Target;
import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.jar.JarEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK's call plans build, for every method of every generated Feign interface (sync and async) and of the
 * runtime's raw and link-following interfaces, the request Feign's own template machinery builds for the same
 * arguments: method, URL, headers (names, values and their order), body bytes and charset, and the method the
 * transport reads the operation's annotations from. Arguments are drawn from a seeded generator in the shapes the
 * services hand over (path segments of any text, query keys and values percent-encoded by {@link QueryEncoding},
 * headers as {@link CallOptions} makes them, JSON and multipart bodies). Where the plan deliberately differs from
 * Feign (a null path argument, braces in a header value), it is asserted on its own.
 */
class CallPlanEquivalenceTest {
  private static final String BASE = "https://api.example.test";
  private static final Pattern BOUNDARY = Pattern.compile("boundary=([A-Za-z0-9-]+)");
  private static final int DRAWS = 12;

  @TempDir
  static Path files;

  private static final Codec CODEC = new Codec();
  private static final AtomicReference<Request> CAPTURED = new AtomicReference<>();
  private static Feign.Builder feign;
  private static AsyncFeign<Object> asyncFeign;

  @BeforeAll
  static void feign() {
    feign.Client capture = (request, options) -> {
      CAPTURED.set(request);
      return Response.builder().status(204).reason("").headers(Map.of()).request(request).build();
    };
    AsyncClient<Object> asyncCapture = (request, options, context) -> {
      CAPTURED.set(request);
      return CompletableFuture.completedFuture(
          Response.builder().status(204).reason("").headers(Map.of()).request(request).build());
    };
    feign = Feign.builder().client(capture).encoder(CODEC).decoder((response, type) -> null)
        .retryer(Retryer.NEVER_RETRY);
    asyncFeign = AsyncFeign.builder().client(asyncCapture).encoder(CODEC).decoder((response, type) -> null)
        .retryer(Retryer.NEVER_RETRY).build();
  }

  @Test
  void everyGeneratedMethodBuildsTheRequestFeignBuilds() throws Exception {
    List<Class<?>> interfaces = generatedInterfaces();
    assertThat(interfaces).as("generated Feign interfaces, sync and async").hasSizeGreaterThan(100);
    int methods = 0;
    int calls = 0;
    Random random = new Random(20261204L);
    for (Class<?> type : interfaces) {
      Target<?> target = new Target.HardCodedTarget<>(type, BASE);
      Object reference = CompletableFuture.class.isAssignableFrom(type.getMethods()[0].getReturnType())
          ? asyncFeign.newInstance(target) : feign.target(target);
      for (MethodMetadata metadata : new Contract.Default().parseAndValidateMetadata(type)) {
        CallPlan plan = CallPlan.compile(target, metadata);
        methods++;
        for (int draw = 0; draw < DRAWS; draw++) {
          Object[] args = arguments(metadata.method(), random, draw);
          assertSame(metadata.method(), expected(reference, metadata.method(), args), plan.request(args, CODEC));
          calls++;
        }
      }
    }
    assertThat(methods).as("methods compared (every @RequestLine of both flavours)").isGreaterThan(500);
    assertThat(calls).isEqualTo(methods * DRAWS);
  }

  @Test
  void theRuntimesRawAndLinkInterfacesSendTheUrlVerbatim() throws Exception {
    Random random = new Random(7L);
    for (Class<?> type : List.of(FeignRuntime.RawCaller.class, FeignRuntime.LinkFollower.class,
        FeignRuntime.RawCallerAsync.class, FeignRuntime.LinkFollowerAsync.class)) {
      Target<?> target = Target.EmptyTarget.create(type);
      Object reference = type.getSimpleName().endsWith("Async") ? asyncFeign.newInstance(target) : feign.target(target);
      for (MethodMetadata metadata : new Contract.Default().parseAndValidateMetadata(type)) {
        CallPlan plan = CallPlan.compile(target, metadata);
        for (int draw = 0; draw < DRAWS; draw++) {
          Object[] args = arguments(metadata.method(), random, draw);
          Request planned = plan.request(args, CODEC);
          assertThat(planned.url()).isEqualTo(args[0].toString());
          assertSame(metadata.method(), expected(reference, metadata.method(), args), planned);
        }
      }
    }
  }

  @Test
  void aNullPathArgumentIsRefusedWhereFeignWouldDropTheSegment() throws Exception {
    CallPlan plan = getBuildPlan();
    Object[] args = {null, "app", 1, Map.of(), Map.of(), null};
    assertThatThrownBy(() -> plan.request(args, CODEC)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path parameter orgSlug is null");
  }

  @Test
  void aHeaderValueIsSentAsItIsNeverExpandedAsATemplate() throws Exception {
    Request request = getBuildPlan()
        .request(new Object[] {"acme", "app", 1, Map.of(), Map.of("X-Note", "{orgSlug} {x}"), null}, CODEC);
    assertThat(request.headers().get("X-Note")).containsExactly("{orgSlug} {x}");
    assertThat(request.url()).isEqualTo(BASE + "/v2/organizations/acme/pipelines/app/builds/1");
  }

  /** The plan of {@code BuildsApi#getBuild}, compiled as the runtime compiles it. */
  private static CallPlan getBuildPlan() throws ClassNotFoundException {
    Class<?> builds = Class.forName("io.github.bksdk.buildkite.internal.api.BuildsApi");
    MethodMetadata getBuild = new Contract.Default().parseAndValidateMetadata(builds).stream()
        .filter(md -> md.method().getName().equals("getBuild")).findFirst().orElseThrow();
    return CallPlan.compile(new Target.HardCodedTarget<>(builds, BASE), getBuild);
  }

  private static Request expected(Object reference, Method method, Object[] args) throws Exception {
    CAPTURED.set(null);
    Object result = method.invoke(reference, args);
    if (result instanceof CompletableFuture<?> future) {
      future.join();
    }
    Request captured = CAPTURED.get();
    assertThat(captured).as("Feign sent %s", method).isNotNull();
    return captured;
  }

  private static void assertSame(Method method, Request feign, Request planned) {
    String where = method.getDeclaringClass().getSimpleName() + "#" + method.getName();
    assertThat(planned.httpMethod()).as(where).isEqualTo(feign.httpMethod());
    assertThat(planned.url()).as(where).isEqualTo(feign.url());
    String feignBoundary = boundary(feign);
    String plannedBoundary = boundary(planned);
    assertThat(normalized(planned.headers(), plannedBoundary)).as(where + " headers")
        .isEqualTo(normalized(feign.headers(), feignBoundary));
    assertThat(body(planned, plannedBoundary)).as(where + " body").isEqualTo(body(feign, feignBoundary));
    assertThat(planned.charset()).as(where + " charset").isEqualTo(feign.charset());
    assertThat(planned.requestTemplate().methodMetadata().method()).as(where)
        .isEqualTo(feign.requestTemplate().methodMetadata().method());
  }

  /** The random multipart boundary of a request, so that two bodies can be compared without it. */
  private static String boundary(Request request) {
    Collection<String> type = request.headers().get("Content-Type");
    if (type == null) {
      return null;
    }
    for (String value : type) {
      Matcher m = BOUNDARY.matcher(value);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static Map<String, List<String>> normalized(Map<String, Collection<String>> headers, String boundary) {
    Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> {
      List<String> copy = new ArrayList<>();
      for (String value : values) {
        copy.add(boundary == null ? value : value.replace(boundary, "BOUNDARY"));
      }
      // Content-Length follows the body, whose length depends on the boundary's
      out.put(name, name.equalsIgnoreCase("Content-Length") && boundary != null ? List.of("n") : copy);
    });
    return out;
  }

  private static String body(Request request, String boundary) {
    byte[] bytes = request.body();
    if (bytes == null) {
      return null;
    }
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    return boundary == null ? text : text.replace(boundary, "BOUNDARY");
  }

  /** Arguments for one call, shaped as the generated services hand them over. */
  private static Object[] arguments(Method method, Random random, int draw) throws IOException {
    Class<?>[] types = method.getParameterTypes();
    java.lang.annotation.Annotation[][] annotations = method.getParameterAnnotations();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> type = types[i];
      boolean queryMap = has(annotations[i], feign.QueryMap.class);
      boolean headerMap = has(annotations[i], feign.HeaderMap.class);
      if (queryMap) {
        args[i] = query(random, draw);
      } else if (headerMap) {
        args[i] = headers(random, draw);
      } else if (Request.Options.class.isAssignableFrom(type)) {
        args[i] = draw % 3 == 0 ? new Request.Options(1, java.util.concurrent.TimeUnit.SECONDS, 2,
            java.util.concurrent.TimeUnit.SECONDS, false)
            : new CallOptions(RequestOptions.none(), Duration.ofSeconds(5), Duration.ofSeconds(30), RetryPolicy.defaults());
      } else if (type == URI.class) {
        args[i] = URI.create(BASE + "/v2/organizations/" + io.github.bksdk.buildkite.codegen.PathSegment.encode(text(random))
            + "/builds?page=" + (2 + random.nextInt(50)) + "&per_page=100&branch%5B%5D=" + QueryEncoding.encode(text(random)));
      } else if (type == String.class) {
        args[i] = text(random);
      } else if (type == int.class || type == Integer.class) {
        args[i] = random.nextInt(100_000);
      } else if (type == File.class) {
        Path file = Files.createTempFile(files, "pkg", ".tgz");
        Files.write(file, ("package " + draw + " " + text(random)).getBytes(StandardCharsets.UTF_8));
        args[i] = file.toFile();
      } else if (type == byte[].class) {
        args[i] = text(random).getBytes(StandardCharsets.UTF_8);
      } else if (type == Map.class || type == Object.class) {
        args[i] = body(random, draw);
      } else {
        // a request model: read from JSON (fields it does not declare are kept as additional properties)
        args[i] = Json.mapper().convertValue(body(random, draw), type);
      }
    }
    return args;
  }

  private static Map<String, Object> body(Random random, int draw) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", text(random));
    body.put("message", text(random));
    body.put("count", random.nextInt(10));
    body.put("flag", draw % 2 == 0);
    return body;
  }

  private static boolean has(java.lang.annotation.Annotation[] annotations, Class<?> type) {
    for (java.lang.annotation.Annotation annotation : annotations) {
      if (annotation.annotationType() == type) {
        return true;
      }
    }
    return false;
  }

  /** A query as {@link CallOptions#query} makes it: every key and value percent-encoded once. */
  private static Map<String, Object> query(Random random, int draw) {
    if (draw == 0) {
      return Map.of();
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("per_page", String.valueOf(1 + random.nextInt(100)));
    parameters.put("branch[]", List.of(text(random), text(random)));
    parameters.put("meta_data[" + text(random) + "]", text(random));
    if (draw % 4 == 0) {
      parameters.put("empty_list[]", List.of());
      parameters.put("blank", "");
    }
    return new CallOptions(RequestOptions.builder().queryParameter("x-" + draw, text(random)).build(),
        Duration.ofSeconds(5), Duration.ofSeconds(30), RetryPolicy.defaults()).query(parameters);
  }

  /** Headers as {@link CallOptions#headers} makes them. */
  private static Map<String, Object> headers(Random random, int draw) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (draw % 2 == 1) {
      parameters.put("Range", "bytes=" + random.nextInt(1000) + "-");
    }
    if (draw % 3 == 1) {
      parameters.put("Buildkite-Version", "2026-0" + (1 + random.nextInt(9)) + "-01");
    }
    RequestOptions options = draw % 4 == 2
        ? RequestOptions.builder().header("X-Trace", "t-" + random.nextInt(1000) + " \u00e9t\u00e9").build()
        : RequestOptions.none();
    return new CallOptions(options, Duration.ofSeconds(5), Duration.ofSeconds(30), RetryPolicy.defaults())
        .headers(parameters, draw % 5 == 0 ? "text/plain" : "application/json");
  }

  /** Text of the kinds a slug, a branch or a label can hold. */
  private static String text(Random random) {
    String[] pieces = {"acme", "my-pipeline", "a/b", "50%", "feature/x y", "..", ".", "caf\u00e9", "\u65e5\u672c",
        "a+b", "q?x=1&y", "#frag", "~tilde_", "UPPER.lower", "%2F", "emoji\uD83D\uDE00", "semi;colon", "[br]"};
    StringBuilder out = new StringBuilder(pieces[random.nextInt(pieces.length)]);
    if (random.nextBoolean()) {
      out.append(pieces[random.nextInt(pieces.length)]);
    }
    return out.toString();
  }

  /** Every interface in the generated {@code internal.api} package, found on the class path. */
  private static List<Class<?>> generatedInterfaces() throws Exception {
    String folder = "io/github/bksdk/buildkite/internal/api/";
    List<Class<?>> out = new ArrayList<>();
    Enumeration<URL> roots = CallPlanEquivalenceTest.class.getClassLoader().getResources(folder);
    while (roots.hasMoreElements()) {
      URL root = roots.nextElement();
      List<String> names = new ArrayList<>();
      if (root.getProtocol().equals("jar")) {
        JarURLConnection jar = (JarURLConnection) root.openConnection();
        for (Enumeration<JarEntry> entries = jar.getJarFile().entries(); entries.hasMoreElements(); ) {
          String name = entries.nextElement().getName();
          if (name.startsWith(folder) && name.endsWith(".class") && name.indexOf('/', folder.length()) < 0) {
            names.add(name.substring(folder.length()));
          }
        }
      } else {
        try (var listing = Files.list(Path.of(root.toURI()))) {
          listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class")).forEach(names::add);
        }
      }
      for (String name : names) {
        if (name.contains("$") || name.equals("package-info.class")) {
          continue;
        }
        Class<?> type = Class.forName(folder.replace('/', '.') + name.substring(0, name.length() - 6));
        if (type.isInterface()) {
          out.add(type);
        }
      }
    }
    out.sort(java.util.Comparator.comparing(Class::getName));
    return out;
  }
}
