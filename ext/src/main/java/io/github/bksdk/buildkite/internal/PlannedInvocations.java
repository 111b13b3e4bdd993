package io.github.bksdk.buildkite.internal;

import feign.Contract;
import feign.InvocationHandlerFactory;
import feign.MethodMetadata;
import feign.Request;
import feign.Target;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.retry.Scheduler;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The SDK's dispatch for Feign proxies, plugged in through Feign's own seam
 * ({@code Feign.Builder#invocationHandlerFactory}). Feign still parses and validates every interface with its
 * contract and builds the proxy; this factory compiles each method's metadata once into a {@link CallPlan} and,
 * per call, builds the request from the plan, sends it through the SDK's transport chain (the sync client blocks on
 * it, the async client gets the future), and turns the response into the return value with the codec and the error
 * mapper. What it saves is Feign's per-call template machinery; what it keeps is Feign's contract, types and the
 * one transport chain. Codec and mapping failures reach the caller as the SDK's own exceptions, never wrapped in
 * Feign's. Internal.
 */
final class PlannedInvocations implements InvocationHandlerFactory {
  private final Contract contract = new Contract.Default();
  private final Exchange chain;
  private final Codec codec;
  private final ErrorMapper errors;
  private final Request.Options defaults;
  /** The sync client's waits; null for the async client. */
  private final Waits blocking;
  /** The async client's scheduler; null for the sync client. */
  private final Scheduler scheduler;

  private PlannedInvocations(Exchange chain, Codec codec, ErrorMapper errors, Request.Options defaults,
      Waits blocking, Scheduler scheduler) {
    this.chain = chain;
    this.codec = codec;
    this.errors = errors;
    this.defaults = defaults;
    this.blocking = blocking;
    this.scheduler = scheduler;
  }

  /** Dispatch for interfaces whose methods return values: the caller's thread runs the whole call. */
  static PlannedInvocations blocking(Exchange chain, Codec codec, ErrorMapper errors, Request.Options defaults,
      Waits waits) {
    return new PlannedInvocations(chain, codec, errors, defaults, waits, null);
  }

  /** Dispatch for interfaces whose methods return {@code CompletableFuture}: waits are scheduled, nothing blocks. */
  static PlannedInvocations async(Exchange chain, Codec codec, ErrorMapper errors, Request.Options defaults,
      Scheduler scheduler) {
    return new PlannedInvocations(chain, codec, errors, defaults, null, scheduler);
  }

  @Override
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    Map<Method, CallPlan> plans = new HashMap<>();
    for (MethodMetadata metadata : contract.parseAndValidateMetadata(target.type())) {
      plans.put(metadata.method(), CallPlan.compile(target, metadata));
    }
    return new Handler(target, Map.copyOf(plans), dispatch);
  }

  /** Rethrows the failure of a completed sync call as the chain created it. */
  static Reply join(CompletableFuture<Reply> sent) {
    try {
      return sent.join();
    } catch (CompletionException e) {
      Throwable cause = Exchange.unwrap(e);
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new BuildkiteIoException("request failed: " + cause.getClass().getSimpleName(), cause);
    }
  }

  private final class Handler implements InvocationHandler {
    private final Target<?> target;
    private final Map<Method, CallPlan> plans;
    /** Feign's handlers, for what has no plan: the interface's default methods. */
    private final Map<Method, MethodHandler> dispatch;

    Handler(Target<?> target, Map<Method, CallPlan> plans, Map<Method, MethodHandler> dispatch) {
      this.target = target;
      this.plans = plans;
      this.dispatch = dispatch;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      CallPlan plan = plans.get(method);
      if (plan != null) {
        return blocking != null ? callBlocking(plan, args) : callAsync(plan, args);
      }
      switch (method.getName()) {
        case "equals":
          return args != null && args.length == 1 && args[0] != null && Proxy.isProxyClass(args[0].getClass())
              && Proxy.getInvocationHandler(args[0]) == this;
        case "hashCode":
          return System.identityHashCode(this);
        case "toString":
          return target.toString();
        default:
          MethodHandler handler = dispatch.get(method);
          if (handler == null) {
            throw new UnsupportedOperationException(method.getName() + " is not an API method");
          }
          return handler.invoke(args);
      }
    }

    private Object callBlocking(CallPlan plan, Object[] args) {
      Request.Options options = plan.options(args, defaults);
      Request request = plan.request(args, codec);
      Reply response = join(Exchange.call(chain, request, options, blocking));
      return plan.result(response, codec, errors);
    }

    private CompletableFuture<Object> callAsync(CallPlan plan, Object[] args) {
      Request.Options options = plan.options(args, defaults);
      Request request = plan.request(args, codec);
      InFlight inFlight = options instanceof CallOptions call ? call.inFlight() : new InFlight();
      return Exchange.call(chain, request, options, Waits.scheduled(scheduler, inFlight))
          .thenApply(response -> plan.result(response, codec, errors));
    }
  }
}
