package dev.perfkit.junit;

import dev.perfkit.junit.internal.Body;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Turns a test method invocation into a {@link Body} the harness can call many times: a method handle bound to the
 * test instance and the resolved arguments. The baseline goes through the same kind of handle to a method that does
 * nothing, so that measuring the overhead also measures the handle call.
 */
final class Bodies {

  private static final MethodHandle NOTHING;

  static {
    try {
      NOTHING = MethodHandles.lookup().findStatic(Bodies.class, "nothing", MethodType.methodType(void.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Bodies() {}

  /** The test method with its instance and arguments. */
  static Body of(ReflectiveInvocationContext<Method> invocation) throws IllegalAccessException {
    Method method = invocation.getExecutable();
    method.setAccessible(true);
    MethodHandle handle = MethodHandles.lookup().unreflect(method);
    if (!Modifier.isStatic(method.getModifiers())) {
      handle = handle.bindTo(invocation.getTarget().orElseThrow());
    }
    handle = MethodHandles.insertArguments(handle, 0, invocation.getArguments().toArray());
    return body(handle.asType(MethodType.methodType(void.class)));
  }

  /** A body that calls a method doing nothing through a method handle. */
  static Body baseline() {
    return body(NOTHING);
  }

  private static Body body(MethodHandle handle) {
    return () -> {
      handle.invokeExact();
    };
  }

  @SuppressWarnings("unused") // called through NOTHING
  private static void nothing() {}
}
