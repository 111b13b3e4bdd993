package io.github.bksdk.buildkite.benchmarks;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.github.bksdk.buildkite.codegen.Timestamps;
import io.github.bksdk.buildkite.internal.Json;
import io.github.bksdk.buildkite.model.Build;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Model decoding alone, from bytes already in memory: the SDK's mapper and immutable models (which the floor uses
 * too) against the stock generated client's mapper and mutable beans ({@link StockClient}), for one build and for a page of 100. No
 * network, no server, nothing else on either side, so this is where the two models' costs are compared. Also the
 * timestamp parser by itself, since a build carries a dozen timestamps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecodeBenchmark {
  private static final ObjectMapper SDK = Json.mapper();
  private static final JavaType SDK_LIST = SDK.getTypeFactory().constructCollectionType(List.class, Build.class);
  /** The SDK's mapper with Jackson's Blackbird module added: the lever under evaluation. */
  private static final ObjectMapper SDK_BLACKBIRD = Json.mapper().copy().registerModule(new BlackbirdModule());
  private static final ObjectMapper STOCK = StockClient.mapper();
  private static final JavaType STOCK_LIST = STOCK.getTypeFactory()
      .constructCollectionType(List.class, io.github.bksdk.buildkite.benchmarks.stock.model.Build.class);

  /** The timestamp shape the API sends almost everywhere. */
  private String isoMillisZ = "2015-05-09T21:05:59.874Z";

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Checks.equal("sdkBuild number", Payloads.BUILD_NUMBER, sdkBuild().number());
    Checks.equal("stockBuild number", Payloads.BUILD_NUMBER, stockBuild().getNumber());
    Checks.equal("sdkList100 size", Payloads.PER_PAGE, sdkList100().size());
    Checks.equal("stockList100 size", Payloads.PER_PAGE, stockList100().size());
    Checks.equal("timestamp millis", 874, timestamp().getNano() / 1_000_000);
    Checks.equal("timestampIsoFormatter millis", 874, timestampIsoFormatter().getNano() / 1_000_000);
    Checks.equal("sdkBuildBlackbird number", Payloads.BUILD_NUMBER, sdkBuildBlackbird().number());
    Checks.equal("sdkList100Blackbird size", Payloads.PER_PAGE, sdkList100Blackbird().size());
    if (!sdkBuildBlackbird().equals(sdkBuild())) {
      throw new IllegalStateException("Blackbird decodes builds-get.json differently");
    }
  }

  /** {@code builds-get.json} (5.3 KB) into the SDK's {@link Build}. */
  @Benchmark
  public Build sdkBuild() throws IOException {
    return SDK.readValue(Payloads.BUILD, Build.class);
  }

  /** The same bytes into the stock client's {@code Build}. */
  @Benchmark
  public io.github.bksdk.buildkite.benchmarks.stock.model.Build stockBuild() throws IOException {
    return STOCK.readValue(Payloads.BUILD, io.github.bksdk.buildkite.benchmarks.stock.model.Build.class);
  }

  /** A page of 100 builds (484 KB) into {@code List<Build>} of the SDK. */
  @Benchmark
  public List<Build> sdkList100() throws IOException {
    return SDK.readValue(Payloads.LIST, SDK_LIST);
  }

  /** The same page into the stock client's {@code List<Build>}. */
  @Benchmark
  public List<io.github.bksdk.buildkite.benchmarks.stock.model.Build> stockList100() throws IOException {
    return STOCK.readValue(Payloads.LIST, STOCK_LIST);
  }

  /** {@link #sdkBuild()} with Blackbird. */
  @Benchmark
  public Build sdkBuildBlackbird() throws IOException {
    return SDK_BLACKBIRD.readValue(Payloads.BUILD, Build.class);
  }

  /** {@link #sdkList100()} with Blackbird. */
  @Benchmark
  public List<Build> sdkList100Blackbird() throws IOException {
    return SDK_BLACKBIRD.readValue(Payloads.LIST, SDK_LIST);
  }

  /** What {@code Timestamps.parse} did for every value before its fast path: the JDK's ISO formatter. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public OffsetDateTime timestampIsoFormatter() {
    return OffsetDateTime.parse(isoMillisZ, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** {@code Timestamps.parse("2015-05-09T21:05:59.874Z")}: one of the dozen timestamps in every build. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public OffsetDateTime timestamp() {
    return Timestamps.parse(isoMillisZ);
  }
}
