package io.github.bksdk.buildkite.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time consumed by the whole benchmark JVM per operation ({@code cpu.time.norm}, µs/op), and how many cores it
 * kept busy on average ({@code cpu.cores}). Enable with
 * {@code -prof io.github.bksdk.buildkite.benchmarks.CpuTimeProfiler}.
 *
 * <p>Why: on a small shared machine the wall-clock score moves with whatever else runs (other JVMs, builds), while
 * the CPU time a call costs moves much less, like {@code gc.alloc.rate.norm}. It counts every thread of the fork:
 * the benchmark thread, the JDK client's selector and executor threads, the in-process loopback server (the same
 * for the floor and the SDK), GC and JIT. Process CPU time is read through {@code getProcessCpuTime()}, whose
 * resolution on Linux is one clock tick (10 ms): far below the 1-3 s of CPU an iteration uses.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuStart;
  private long wallStart;

  @Override
  public String getDescription() {
    return "process CPU time per operation (all threads of the fork)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    wallStart = System.nanoTime();
    cpuStart = os.getProcessCpuTime();
  }

  @Override
  public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    long cpu = os.getProcessCpuTime() - cpuStart;
    long wall = System.nanoTime() - wallStart;
    long ops = result.getMetadata().getAllOps();
    if (ops <= 0 || cpu < 0) {
      return List.of();
    }
    return List.of(
        new ScalarResult("cpu.time.norm", cpu / 1_000.0 / ops, "us/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.cores", wall > 0 ? (double) cpu / wall : Double.NaN, "cores", AggregationPolicy.AVG));
  }
}
