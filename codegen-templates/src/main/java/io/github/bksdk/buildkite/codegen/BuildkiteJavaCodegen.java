package io.github.bksdk.buildkite.codegen;

import com.google.common.collect.ImmutableMap;
import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.servers.Server;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.languages.JavaClientCodegen;

/**
 * The openapi-generator used for this SDK ({@code generatorName} {@value #NAME}): the stock {@code java} client
 * generator with the few things that are clearer in Java than in Mustache.
 *
 * <ul>
 *   <li><b>Javadoc from Markdown.</b> {@code summary} and {@code notes} of an operation and {@code description} of a
 *       model, property or parameter hold Javadoc HTML converted from the spec's CommonMark by
 *       {@link JavadocMarkdown} (instead of the generator's escaped plain text), and Mustache's HTML escaping is off:
 *       {@code {{x}}} and {@code {{{x}}}} render the same, and nothing else is escaped behind the template's back.
 *       The raw texts stay in {@code unescapedNotes} and {@code unescapedDescription}.</li>
 *   <li><b>{@code lambda.uniqueLines}.</b> Drops repeated lines from what it encloses; the templates wrap their
 *       import block in it, so that an {@code import} written in the template and the same one in the generator's
 *       {@code imports} appear once.</li>
 *   <li><b>{@code vendorExtensions.x-buildkite-has-params}</b> ({@code true}) on operations that get a typed
 *       {@code ...Params} class (query or header parameters, or a streaming body).</li>
 *   <li><b>{@code vendorExtensions.x-buildkite-optional-body}</b> ({@code true}) on operations whose request body is
 *       optional. A template can test it without entering {@code {{#bodyParam}}}, whose own {@code vendorExtensions}
 *       and {@code isDeprecated} would hide the operation's.</li>
 * </ul>
 */
public class BuildkiteJavaCodegen extends JavaClientCodegen {
  /** The name to use as {@code generatorName} (the class's fully qualified name works too). */
  public static final String NAME = "buildkite-java";

  /** Operation vendor extension: present and {@code true} when the request body may be left out. */
  public static final String OPTIONAL_BODY = "x-buildkite-optional-body";

  /**
   * Operation vendor extension: present and {@code true} when the operation gets a typed {@code ...Params} class,
   * that is when it has query parameters, header parameters, or a streaming body (whose {@code Accept} is chosen
   * there).
   */
  public static final String HAS_PARAMS = "x-buildkite-has-params";

  /** Creates the generator; the plugin configuration chooses the library ({@code feign}) and the packages. */
  public BuildkiteJavaCodegen() {
    super();
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getHelp() {
    return "Generates the Buildkite SDK's Feign interfaces, models and services from codegen-templates/.";
  }

  /** Turns off HTML escaping: the output is Java, and the doc texts are already Javadoc HTML. */
  @Override
  public Mustache.Compiler processCompiler(Mustache.Compiler compiler) {
    return super.processCompiler(compiler).withEscaper(Escapers.NONE);
  }

  @Override
  protected ImmutableMap.Builder<String, Mustache.Lambda> addMustacheLambdas() {
    return super.addMustacheLambdas().put("uniqueLines", new UniqueLines());
  }

  @Override
  public CodegenOperation fromOperation(String path, String httpMethod, Operation operation, List<Server> servers) {
    CodegenOperation op = super.fromOperation(path, httpMethod, operation, servers);
    op.summary = JavadocMarkdown.toJavadoc(operation.getSummary());
    op.notes = JavadocMarkdown.toJavadoc(operation.getDescription());
    if (op.bodyParam != null && !op.bodyParam.required) {
      op.vendorExtensions.put(OPTIONAL_BODY, true);
    }
    if (op.getHasQueryParams() || op.getHasHeaderParams() || op.vendorExtensions.containsKey("x-buildkite-streaming")) {
      op.vendorExtensions.put(HAS_PARAMS, true);
    }
    return op;
  }

  @Override
  public CodegenParameter fromParameter(Parameter parameter, Set<String> imports) {
    return withJavadoc(super.fromParameter(parameter, imports));
  }

  @Override
  public CodegenParameter fromRequestBody(RequestBody body, Set<String> imports, String bodyParameterName) {
    return withJavadoc(super.fromRequestBody(body, imports, bodyParameterName));
  }

  @Override
  public CodegenParameter fromFormProperty(String name, Schema propertySchema, Set<String> imports) {
    return withJavadoc(super.fromFormProperty(name, propertySchema, imports));
  }

  @Override
  public CodegenProperty fromProperty(String name, Schema p, boolean required,
      boolean schemaIsFromAdditionalProperties) {
    CodegenProperty property = super.fromProperty(name, p, required, schemaIsFromAdditionalProperties);
    if (property != null) {
      property.description = JavadocMarkdown.toJavadoc(property.unescapedDescription);
    }
    return property;
  }

  @Override
  public CodegenModel fromModel(String name, Schema schema) {
    CodegenModel model = super.fromModel(name, schema);
    if (model != null) {
      model.description = JavadocMarkdown.toJavadoc(model.unescapedDescription);
    }
    return model;
  }

  private static CodegenParameter withJavadoc(CodegenParameter parameter) {
    if (parameter != null) {
      parameter.description = JavadocMarkdown.toJavadoc(parameter.unescapedDescription);
    }
    return parameter;
  }

  /** {@code {{#lambda.uniqueLines}}...{{/lambda.uniqueLines}}}: keeps the first of equal non-blank lines. */
  static final class UniqueLines implements Mustache.Lambda {
    @Override
    public void execute(Template.Fragment fragment, Writer out) throws IOException {
      out.write(uniqueLines(fragment.execute()));
    }

    static String uniqueLines(String text) {
      Set<String> seen = new LinkedHashSet<>();
      StringBuilder kept = new StringBuilder(text.length());
      for (String line : text.split("\n", -1)) {
        if (line.isBlank() || seen.add(line.strip())) {
          kept.append(line).append('\n');
        }
      }
      // split(-1) yields a last element after the final newline; do not add one the input did not have.
      return kept.substring(0, kept.length() - 1);
    }
  }
}
