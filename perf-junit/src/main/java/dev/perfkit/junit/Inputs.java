package dev.perfkit.junit;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.ReflectionSupport;

/** Reads the inputs of a comparison from the method that {@link Compare#inputs()} or {@link Compare#generated()} names. */
final class Inputs {

  private Inputs() {}

  /**
   * Calls {@code source} on the test instance (or statically) and collects what it returns.
   *
   * @throws ExtensionConfigurationException when it returns null or nothing
   */
  static List<Object> read(ComparePlan plan, Method source, Object target) throws Throwable {
    Object returned;
    try {
      returned = ReflectionSupport.invokeMethod(source, target);
    } catch (RuntimeException e) {
      throw e.getCause() instanceof InvocationTargetException ite ? ite.getCause() : e;
    }
    List<Object> inputs = new ArrayList<>();
    if (returned instanceof Iterable<?> iterable) {
      iterable.forEach(inputs::add);
    } else if (returned instanceof Stream<?> stream) {
      try (stream) {
        stream.forEach(inputs::add);
      }
    } else if (returned != null) {
      for (int i = 0; i < Array.getLength(returned); i++) {
        inputs.add(Array.get(returned, i));
      }
    }
    if (inputs.isEmpty()) {
      throw new ExtensionConfigurationException("@Compare on " + plan.test() + ": " + source.getName()
          + "() returned no inputs");
    }
    return inputs;
  }
}
