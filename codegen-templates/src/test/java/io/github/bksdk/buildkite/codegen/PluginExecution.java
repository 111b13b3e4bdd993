package io.github.bksdk.buildkite.codegen;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One execution of openapi-generator-maven-plugin as configured in a module's pom, replayed through
 * {@link DefaultGenerator} on another spec. Reading the pom (instead of repeating its settings here) keeps the
 * snapshot tests rendering exactly what the build renders; a plugin parameter this class does not know fails the test
 * rather than being silently dropped.
 *
 * @param moduleDir the module whose pom holds the execution ({@code ${project.basedir}} in its values)
 * @param parameters the execution's simple parameters, by name
 * @param configOptions the execution's {@code <configOptions>}
 */
record PluginExecution(Path moduleDir, Map<String, String> parameters, Map<String, String> configOptions) {
  private static final String PLUGIN = "openapi-generator-maven-plugin";

  /** Parameters that only matter to Maven or that {@link #generate} replaces. */
  private static final Set<String> IGNORED = Set.of("inputSpec", "output", "cleanupOutput", "addCompileSourceRoot");

  /**
   * Reads the {@code <configuration>} of one execution of the generator plugin.
   *
   * @param moduleDir the module directory (its {@code pom.xml} is read)
   * @param executionId the execution's {@code <id>}
   * @return the execution
   */
  static PluginExecution read(Path moduleDir, String executionId) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      var pom = factory.newDocumentBuilder().parse(moduleDir.resolve("pom.xml").toFile());
      NodeList plugins = pom.getElementsByTagName("plugin");
      for (int i = 0; i < plugins.getLength(); i++) {
        Element plugin = (Element) plugins.item(i);
        if (!PLUGIN.equals(childText(plugin, "artifactId"))) {
          continue;
        }
        NodeList executions = plugin.getElementsByTagName("execution");
        for (int j = 0; j < executions.getLength(); j++) {
          Element execution = (Element) executions.item(j);
          if (executionId.equals(childText(execution, "id"))) {
            return fromConfiguration(moduleDir, child(execution, "configuration"));
          }
        }
      }
      throw new IllegalStateException("no " + PLUGIN + " execution '" + executionId + "' in " + moduleDir);
    } catch (Exception e) {
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  private static PluginExecution fromConfiguration(Path moduleDir, Element configuration) {
    Map<String, String> parameters = new LinkedHashMap<>();
    Map<String, String> options = new LinkedHashMap<>();
    for (Node node = configuration.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        if (element.getTagName().equals("configOptions")) {
          for (Node option = element.getFirstChild(); option != null; option = option.getNextSibling()) {
            if (option instanceof Element e) {
              options.put(e.getTagName(), e.getTextContent().trim());
            }
          }
        } else {
          parameters.put(element.getTagName(), element.getTextContent().trim());
        }
      }
    }
    return new PluginExecution(moduleDir, parameters, options);
  }

  /**
   * Renders {@code spec} with this execution's settings into {@code outputDir}, as the plugin would.
   *
   * @param spec the OpenAPI document
   * @param outputDir the output folder (emptied first)
   */
  void generate(Path spec, Path outputDir) throws Exception {
    deleteRecursively(outputDir);
    Map<String, String> p = new LinkedHashMap<>(parameters);
    IGNORED.forEach(p::remove);
    String configFile = resolve(p.remove("configurationFile"));
    CodegenConfigurator configurator = configFile == null ? new CodegenConfigurator()
        : CodegenConfigurator.fromFile(configFile);
    configurator.setInputSpec(spec.toString());
    configurator.setOutputDir(outputDir.toString());
    configurator.setGeneratorName(required(p, "generatorName"));
    String value;
    if ((value = p.remove("library")) != null) {
      configurator.setLibrary(value);
    }
    if ((value = p.remove("templateDirectory")) != null) {
      configurator.setTemplateDir(resolve(value));
    }
    if ((value = p.remove("apiPackage")) != null) {
      configurator.setApiPackage(value);
    }
    if ((value = p.remove("modelPackage")) != null) {
      configurator.setModelPackage(value);
    }
    if ((value = p.remove("invokerPackage")) != null) {
      configurator.setInvokerPackage(value);
    }
    if ((value = p.remove("apiNameSuffix")) != null) {
      configurator.setApiNameSuffix(value);
    }
    if ((value = p.remove("ignoreFileOverride")) != null) {
      configurator.setIgnoreFileOverride(resolve(value));
    }
    if ((value = p.remove("skipValidateSpec")) != null) {
      configurator.setValidateSpec(!Boolean.parseBoolean(value));
    }
    if ((value = p.remove("nameMappings")) != null) {
      pairs(value).forEach(configurator::addNameMapping);
    }
    if ((value = p.remove("openapiNormalizer")) != null) {
      pairs(value).forEach(configurator::addOpenapiNormalizer);
    }
    // The plugin's switches for what to render (its defaults are true).
    boolean apis = flag(p.remove("generateApis"));
    boolean models = flag(p.remove("generateModels"));
    boolean supporting = flag(p.remove("generateSupportingFiles"));
    String supportingFiles = p.remove("supportingFilesToGenerate");
    String modelTests = String.valueOf(flag(p.remove("generateModelTests")));
    String modelDocs = String.valueOf(flag(p.remove("generateModelDocumentation")));
    String apiTests = String.valueOf(flag(p.remove("generateApiTests")));
    String apiDocs = String.valueOf(flag(p.remove("generateApiDocumentation")));
    if (!p.isEmpty()) {
      throw new IllegalStateException("PluginExecution does not replay the plugin parameter(s) " + p.keySet()
          + " of " + moduleDir.resolve("pom.xml") + "; teach it, so that the snapshots keep matching the build");
    }

    GlobalSettings.reset();
    try {
      setOrClear(CodegenConstants.APIS, apis ? "" : null);
      setOrClear(CodegenConstants.MODELS, models ? "" : null);
      setOrClear(CodegenConstants.SUPPORTING_FILES, supporting ? (supportingFiles == null ? "" : supportingFiles) : null);
      GlobalSettings.setProperty(CodegenConstants.MODEL_TESTS, modelTests);
      GlobalSettings.setProperty(CodegenConstants.MODEL_DOCS, modelDocs);
      GlobalSettings.setProperty(CodegenConstants.API_TESTS, apiTests);
      GlobalSettings.setProperty(CodegenConstants.API_DOCS, apiDocs);
      ClientOptInput input = configurator.toClientOptInput();
      // As the plugin does: configOptions that are options of the generator, "true"/"false" as booleans.
      var config = input.getConfig();
      config.cliOptions().forEach(option -> {
        String raw = configOptions.get(option.getOpt());
        if (raw != null) {
          config.additionalProperties().put(option.getOpt(),
              raw.equals("true") || raw.equals("false") ? Boolean.valueOf(raw) : raw);
        }
      });
      new DefaultGenerator().opts(input).generate();
    } finally {
      GlobalSettings.reset();
    }
  }

  private String resolve(String value) {
    return value == null ? null
        : Path.of(value.replace("${project.basedir}", moduleDir.toString())).normalize().toString();
  }

  /** Parses the plugin's {@code key=value,key=value} form. */
  private static Map<String, String> pairs(String value) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String pair : value.split(",")) {
      String[] kv = pair.trim().split("=", 2);
      pairs.put(kv[0].trim(), kv.length > 1 ? kv[1].trim() : "");
    }
    return pairs;
  }

  private static boolean flag(String value) {
    return value == null || Boolean.parseBoolean(value);
  }

  private static void setOrClear(String key, String value) {
    if (value == null) {
      GlobalSettings.clearProperty(key);
    } else {
      GlobalSettings.setProperty(key, value);
    }
  }

  private static String required(Map<String, String> p, String name) {
    String value = p.remove(name);
    if (value == null) {
      throw new IllegalStateException(name + " missing");
    }
    return value;
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    throw new IllegalStateException("no <" + name + "> in <" + parent.getTagName() + ">");
  }

  private static String childText(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    return null;
  }

  static void deleteRecursively(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
