package io.github.bksdk.buildkite.testkit;

import io.github.bksdk.buildkite.BuildkiteClient;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link FakeBuildkite} for a test class and hands tests what they need: declare a
 * parameter of type {@link FakeBuildkite} to script it, or of type {@link BuildkiteClient} to get a client pointed at
 * it (the fake's token and base URL, retry waits recorded instead of slept). One fake serves the whole class (started
 * before its first test, stopped after its last); it is reset before each test, and after each test
 * {@link FakeBuildkite#verify()} fails the test if the code under test sent a request the real API would reject.
 * Use {@link BuildkiteTest @BuildkiteTest} for the defaults, or register it to choose the settings:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeBuildkiteExtension BUILDKITE = FakeBuildkiteExtension.withSettings(
 *     FakeBuildkite.Settings.builder().webhookSecret("s3cret-for-tests").build());
 * }</pre>
 */
public final class FakeBuildkiteExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeBuildkiteExtension.class);

  private final FakeBuildkite.Settings settings;

  /** Creates the extension with {@link FakeBuildkite.Settings#defaults()}; JUnit calls it for {@code @ExtendWith}. */
  public FakeBuildkiteExtension() {
    this(FakeBuildkite.Settings.defaults());
  }

  private FakeBuildkiteExtension(FakeBuildkite.Settings settings) {
    this.settings = settings;
  }

  /**
   * Returns an extension whose fake uses these settings.
   *
   * @param settings the settings
   * @return the extension, for {@code @RegisterExtension}
   * @throws IllegalArgumentException when {@code settings} is null
   */
  public static FakeBuildkiteExtension withSettings(FakeBuildkite.Settings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings must not be null");
    }
    return new FakeBuildkiteExtension(settings);
  }

  /**
   * Returns the running fake of the current test class, starting it if needed.
   *
   * @param context the context of a test or of its class
   * @return the fake
   */
  public FakeBuildkite fake(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext.getStore(NAMESPACE)
        .getOrComputeIfAbsent(FakeBuildkite.class, k -> FakeBuildkite.start(settings), FakeBuildkite.class);
  }

  /**
   * Resets the fake before a test.
   *
   * @param context the test's context
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    fake(context).reset();
  }

  /**
   * Fails the test when the fake recorded a violation during it.
   *
   * @param context the test's context
   */
  @Override
  public void afterEach(ExtensionContext context) {
    fake(context).verify();
  }

  /**
   * Returns whether the parameter is a {@link FakeBuildkite} or a {@link BuildkiteClient}.
   *
   * @param parameterContext the parameter
   * @param extensionContext the test's context
   * @return true for the two supported types
   */
  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == FakeBuildkite.class || type == BuildkiteClient.class;
  }

  /**
   * Returns the fake, or a new client pointed at it.
   *
   * @param parameterContext the parameter
   * @param extensionContext the test's context
   * @return the value to inject
   */
  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    FakeBuildkite fake = fake(extensionContext);
    return parameterContext.getParameter().getType() == FakeBuildkite.class ? fake : fake.client();
  }

  @Override
  public String toString() {
    return "FakeBuildkiteExtension{" + settings + "}";
  }
}
