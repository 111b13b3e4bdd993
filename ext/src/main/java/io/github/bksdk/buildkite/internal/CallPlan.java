package io.github.bksdk.buildkite.internal;

import feign.MethodMetadata;
import feign.Param;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import feign.Target;
import feign.codec.Encoder;
import io.github.bksdk.buildkite.codegen.PathSegment;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * One method of a generated Feign interface, compiled once from the {@link MethodMetadata} Feign's contract parsed
 * from its annotations: the request line split into literal text and argument slots, where the query map, the
 * header map, the body (or the multipart form) and the per-call options are among the arguments, the declared
 * headers, and how the response becomes the return value. A call then builds its request by concatenation instead
 * of copying and resolving Feign's {@link RequestTemplate} (whose expressions, encoders and header templates cost
 * about 13 KB and a sixth of the CPU of a call), and hands the response to the codec or the error mapper directly.
 *
 * <p>The result is the request Feign would build for the same arguments (a test compares the two for every
 * generated method), with two deliberate differences: a {@code null} path argument is refused instead of leaving the
 * segment empty, and a value is never read as a template expression ({@code {x}} in a header is sent as is). Every
 * value reaches the plan already percent-encoded (path segments by {@link PathSegment}, which every path parameter
 * must name as its expander, query keys and values by {@link QueryEncoding}), so the plan copies it; a method whose
 * shape the plan does not know is refused when the interface is bound, never at call time. Internal.
 */
final class CallPlan {
  /** What the caller gets back. */
  private enum Result { RESPONSE, REPLY, VOID, DECODED }

  private final MethodMetadata metadata;
  private final Request.HttpMethod httpMethod;
  /** The API origin for interfaces bound to it; null when the URL is an argument. */
  private final String base;
  private final int urlIndex;
  /** The request line's path: literal text, with an argument's expansion between consecutive pieces. */
  private final String[] literals;
  /**
   * A first guess at the URL's length, so the builder seldom grows: the origin and the literals, 24 characters an
   * argument, 24 for a query; a URL given as an argument (a paging link) is guessed at 160 in all.
   */
  private final int urlCapacity;
  private final int[] pathIndexes;
  private final Param.Expander[] pathExpanders;
  private final String[] pathNames;
  private final int queryMapIndex;
  private final int headerMapIndex;
  private final int optionsIndex;
  private final int bodyIndex;
  private final Type bodyType;
  private final boolean bodyRequired;
  /** Form parameters by name and argument index, for a multipart body; empty otherwise. */
  private final Map<String, Integer> form;
  private final boolean multipart;
  /** The headers the method declares ({@code @Headers}), in Feign's case-insensitive order. */
  private final Map<String, List<String>> declaredHeaders;
  private final Result result;
  /** The type the body decodes to: the return type, or its type argument when the method returns an ApiResponse. */
  private final Type decodedType;
  /** Whether the method returns the body inside an {@link io.github.bksdk.buildkite.codegen.ApiResponse}. */
  private final boolean wrapped;

  private CallPlan(Target<?> target, MethodMetadata md) {
    Method method = md.method();
    RequestTemplate template = md.template();
    this.metadata = md;
    this.httpMethod = Request.HttpMethod.valueOf(template.method());
    if (!template.queries().isEmpty() || template.bodyTemplate() != null || md.alwaysEncodeBody()) {
      throw unsupported(method, "a query or body template in its annotations");
    }
    this.urlIndex = md.urlIndex() == null ? -1 : md.urlIndex();
    this.base = urlIndex < 0 ? target.url() : null;
    Map<String, Integer> indexByName = new LinkedHashMap<>();
    md.indexToName().forEach((index, names) -> names.forEach(name -> indexByName.put(name, index)));
    Map<Integer, Param.Expander> expanders = expanders(md);

    List<String> pieces = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    String path = template.url();
    if (urlIndex >= 0) {
      // The URL argument is the whole target, sent verbatim (a paging link, a raw request): Feign's contract gives
      // a request line without a path the path "/", which is not appended.
      if (!path.isEmpty() && !path.equals("/")) {
        throw unsupported(method, "both a URL argument and a path in its request line");
      }
      path = "";
    }
    int at = 0;
    while (true) {
      int open = path.indexOf('{', at);
      if (open < 0) {
        pieces.add(path.substring(at));
        break;
      }
      int close = path.indexOf('}', open);
      if (close < 0) {
        throw unsupported(method, "an unclosed expression in its request line");
      }
      String name = path.substring(open + 1, close);
      Integer index = indexByName.get(name);
      if (index == null || !(expanders.get(index) instanceof PathSegment)) {
        throw unsupported(method, "path parameter {" + name + "} not expanded by PathSegment");
      }
      pieces.add(path.substring(at, open));
      indexes.add(index);
      names.add(name);
      at = close + 1;
    }
    this.literals = pieces.toArray(String[]::new);
    this.pathIndexes = indexes.stream().mapToInt(Integer::intValue).toArray();
    this.pathExpanders = indexes.stream().map(expanders::get).toArray(Param.Expander[]::new);
    this.pathNames = names.toArray(String[]::new);
    int known = base == null ? 160 : base.length() + 24 * pathIndexes.length
        + (md.queryMapIndex() == null ? 0 : 24);
    for (String literal : literals) {
      known += literal.length();
    }
    this.urlCapacity = known;

    this.queryMapIndex = md.queryMapIndex() == null ? -1 : md.queryMapIndex();
    this.headerMapIndex = md.headerMapIndex() == null ? -1 : md.headerMapIndex();
    this.bodyIndex = md.bodyIndex() == null ? -1 : md.bodyIndex();
    this.bodyType = md.bodyType();
    this.bodyRequired = md.isBodyRequired();
    Map<String, Integer> formParams = new LinkedHashMap<>();
    for (String name : md.formParams()) {
      Integer index = indexByName.get(name);
      if (index == null) {
        throw unsupported(method, "form parameter " + name + " without an argument");
      }
      formParams.put(name, index);
    }
    this.form = Collections.unmodifiableMap(formParams);
    for (Map.Entry<String, Integer> named : indexByName.entrySet()) {
      if (!names.contains(named.getKey()) && !formParams.containsKey(named.getKey())) {
        throw unsupported(method, "parameter " + named.getKey() + " that is neither in the path nor a form field");
      }
    }

    int options = -1;
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (Request.Options.class.isAssignableFrom(types[i])) {
        options = i;
        break;
      }
    }
    this.optionsIndex = options;

    Map<String, List<String>> declared = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    template.headers().forEach((name, values) -> {
      for (String value : values) {
        if (value.indexOf('{') >= 0) {
          throw unsupported(method, "an expression in its declared header " + name);
        }
      }
      declared.put(name, List.copyOf(values));
    });
    this.declaredHeaders = Collections.unmodifiableMap(declared);
    this.multipart = Codec.isMultipart(declared.get("Content-Type"));
    if (!form.isEmpty() && bodyIndex >= 0) {
      throw unsupported(method, "both a body and form parameters");
    }

    Type returned = md.returnType();
    if (returned instanceof ParameterizedType parameterized && parameterized.getRawType() == CompletableFuture.class) {
      returned = parameterized.getActualTypeArguments()[0];
    }
    this.wrapped = returned instanceof ParameterizedType parameterized
        && parameterized.getRawType() == io.github.bksdk.buildkite.codegen.ApiResponse.class;
    this.decodedType = wrapped ? ((ParameterizedType) returned).getActualTypeArguments()[0] : returned;
    this.result = returned == Response.class ? Result.RESPONSE
        : returned == Reply.class ? Result.REPLY
        : returned == void.class || returned == Void.class ? Result.VOID
        : Result.DECODED;
  }

  /**
   * Compiles one method.
   *
   * @param target the interface's target (its URL is the origin, unless the method takes the URL)
   * @param metadata what Feign's contract parsed from the method
   * @return the plan
   * @throws IllegalStateException if the method has a shape the plan does not support
   */
  static CallPlan compile(Target<?> target, MethodMetadata metadata) {
    return new CallPlan(target, metadata);
  }

  private static Map<Integer, Param.Expander> expanders(MethodMetadata md) {
    if (md.indexToExpander() != null) {
      return md.indexToExpander();
    }
    Map<Integer, Param.Expander> out = new LinkedHashMap<>();
    md.indexToExpanderClass().forEach((index, type) -> {
      try {
        out.put(index, type.getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create the expander " + type.getName() + " of " + md.configKey(), e);
      }
    });
    return out;
  }

  private static IllegalStateException unsupported(Method method, String what) {
    return new IllegalStateException(method.getDeclaringClass().getSimpleName() + "#" + method.getName()
        + " has " + what + ", which the SDK's call plans do not support");
  }

  /** {@return the method this plan was compiled from} */
  Method method() {
    return metadata.method();
  }

  /**
   * Returns the per-call options among the arguments, or the client's defaults when the method has none.
   *
   * @param args the call's arguments
   * @param defaults the client's options
   * @return the options
   */
  Request.Options options(Object[] args, Request.Options defaults) {
    if (optionsIndex >= 0 && args[optionsIndex] instanceof Request.Options options) {
      return options;
    }
    return defaults;
  }

  /**
   * Builds the request for one call.
   *
   * @param args the call's arguments
   * @param codec writes the body
   * @return the request; its template is the method's, so the transport can read the operation's annotations
   * @throws IllegalArgumentException if a path argument, the URL or a required body is null
   */
  Request request(Object[] args, Codec codec) {
    StringBuilder url = new StringBuilder(urlCapacity);
    if (urlIndex >= 0) {
      Object target = args[urlIndex];
      if (target == null) {
        throw new IllegalArgumentException("the URL of " + metadata.method().getName() + " is null");
      }
      url.append(target);
    } else {
      url.append(base);
    }
    for (int i = 0; i < pathIndexes.length; i++) {
      url.append(literals[i]);
      Object value = args[pathIndexes[i]];
      if (value == null) {
        throw new IllegalArgumentException("path parameter " + pathNames[i] + " is null");
      }
      url.append(pathExpanders[i].expand(value));
    }
    url.append(literals[literals.length - 1]);
    if (queryMapIndex >= 0 && args[queryMapIndex] instanceof Map<?, ?> query && !query.isEmpty()) {
      appendQuery(url, query);
    }

    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(declaredHeaders);
    if (headerMapIndex >= 0 && args[headerMapIndex] instanceof Map<?, ?> map) {
      map.forEach((name, value) -> addHeader(headers, String.valueOf(name), value));
    }

    Codec.EncodedBody body = null;
    if (bodyIndex >= 0) {
      Object value = args[bodyIndex];
      if (value == null && bodyRequired) {
        throw new IllegalArgumentException("the body of " + metadata.method().getName() + " is null");
      }
      body = codec.encodeBody(value, bodyType, false);
    } else if (!form.isEmpty()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      form.forEach((name, index) -> {
        if (args[index] != null) {
          fields.put(name, args[index]);
        }
      });
      body = codec.encodeBody(fields, Encoder.MAP_STRING_WILDCARD, multipart);
    }
    if (body == null) {
      return Request.create(httpMethod, url.toString(), headers, null, null, metadata.template());
    }
    if (body.contentType() != null) {
      headers.put("Content-Type", List.of(body.contentType()));
    }
    if (body.bytes() != null && body.bytes().length > 0) {
      headers.put("Content-Length", List.of(Integer.toString(body.bytes().length)));
    }
    return Request.create(httpMethod, url.toString(), headers, body.bytes(), body.charset(), metadata.template());
  }

  /**
   * Appends the query map: one {@code key=value} per value, in the map's order, values of a collection repeated
   * under their key; an empty value is sent as the bare key (as Feign always has), a null value or element is left
   * out, and a key with no value left is not sent.
   */
  private static void appendQuery(StringBuilder url, Map<?, ?> query) {
    char separator = url.indexOf("?") >= 0 ? '&' : '?';
    for (Map.Entry<?, ?> entry : query.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object value = entry.getValue();
      if (value instanceof Iterable<?> values) {
        for (Object element : values) {
          separator = appendPair(url, separator, key, element);
        }
      } else if (value instanceof Object[] values) {
        for (Object element : values) {
          separator = appendPair(url, separator, key, element);
        }
      } else {
        separator = appendPair(url, separator, key, value);
      }
    }
  }

  private static char appendPair(StringBuilder url, char separator, String key, Object value) {
    if (value == null) {
      return separator;
    }
    url.append(separator).append(key);
    String text = value.toString();
    if (!text.isEmpty()) {
      url.append('=').append(text);
    }
    return '&';
  }

  /** Adds a header map entry after what is there under the same name, as Feign's {@code @HeaderMap} does. */
  private static void addHeader(Map<String, Collection<String>> headers, String name, Object value) {
    List<String> values;
    if (value instanceof Iterable<?> iterable) {
      values = new ArrayList<>(2);
      for (Object element : iterable) {
        if (element != null) {
          values.add(element.toString());
        }
      }
      if (values.isEmpty()) {
        return;
      }
    } else if (value != null) {
      values = List.of(value.toString());
    } else {
      return;
    }
    Collection<String> before = headers.get(name);
    if (before == null) {
      headers.put(name, values);
    } else {
      List<String> both = new ArrayList<>(before);
      both.addAll(values);
      headers.put(name, both);
    }
  }

  /**
   * Turns the response into the method's return value: for methods that return the response (whatever its status),
   * a Feign response (the raw forms) or the reply itself (the runtime's own interfaces); nothing for {@code void};
   * the decoded body for a 2xx status; and the mapped exception otherwise.
   *
   * @param response the response
   * @param codec decodes the body
   * @param errors maps an error status
   * @return the return value
   */
  Object result(Reply response, Codec codec, ErrorMapper errors) {
    if (result == Result.RESPONSE) {
      return response.toFeign();
    }
    if (result == Result.REPLY) {
      return response;
    }
    int status = response.status();
    if (status < 200 || status >= 300) {
      throw errors.toException(response);
    }
    if (result == Result.VOID) {
      response.close();
      return null;
    }
    try {
      return codec.decode(response, decodedType, wrapped);
    } finally {
      response.close();
    }
  }
}
