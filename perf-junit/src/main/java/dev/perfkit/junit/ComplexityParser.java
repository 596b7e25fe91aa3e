package dev.perfkit.junit;

import dev.perfkit.junit.complexity.ComplexityAnalysis;
import dev.perfkit.junit.complexity.ComplexityPlan;
import dev.perfkit.junit.complexity.GrowthClass;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.ReflectionSupport;

/** Turns {@link Complexity} into a validated {@link ComplexityPlan}, or fails naming every problem. */
final class ComplexityParser {

    /** The accepted form of the sizes, for error messages. */
    static final String SIZES_FORMS = "at least " + ComplexityAnalysis.MIN_SIZES + " distinct positive sizes in "
            + "ascending order, such as {1_000, 2_000, 4_000, 8_000, 16_000}";

    private ComplexityParser() {}

    /**
     * Validates the annotation, the test method's parameters and the input method.
     *
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException naming every problem (one problem as its
     *     own message, several under one line naming the test)
     */
    static ComplexityPlan parse(Complexity complexity, Class<?> testClass, Method method, String test) {
        AttributeParser a = new AttributeParser("Complexity", test);
        Problems problems = new Problems(test);
        int[] sizes = complexity.sizes();
        String written = Arrays.stream(sizes).mapToObj(String::valueOf).collect(Collectors.joining(", ", "{", "}"));
        boolean ascending = sizes.length >= ComplexityAnalysis.MIN_SIZES && sizes[0] > 0;
        for (int i = 1; i < sizes.length && ascending; i++) {
            ascending = sizes[i] > sizes[i - 1];
        }
        if (!ascending) {
            problems.add(a.invalid("sizes", written, "expected " + SIZES_FORMS));
        }
        GrowthClass expect = null;
        if (!complexity.expect().isEmpty()) {
            try {
                expect = GrowthClass.parse(complexity.expect());
            } catch (IllegalArgumentException e) {
                problems.add(a.invalid("expect", AttributeParser.quoted(complexity.expect()), e.getMessage()));
            }
        }
        int input = -1;
        int inputs = 0;
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (types[i] != Sink.class) {
                input = inputs++ == 0 ? i : input;
            }
        }
        Method factory = null;
        if (inputs > 1) {
            problems.add(a.invalid("needs a test method with one input parameter (and optionally a Sink), found "
                    + types.length + " parameters"));
        } else if (input < 0) {
            problems.add(a.invalid("needs a test method with one input parameter (and optionally a Sink): the size, or "
                    + "with inputs the input of that size"));
        } else if (complexity.inputs().isEmpty()) {
            if (!isWholeNumber(types[input])) {
                problems.add(a.invalid("needs inputs naming a method that makes the " + types[input].getSimpleName()
                        + " of a size, or an int or long parameter that receives the size itself"));
            }
        } else {
            Class<?> type = types[input];
            factory = problems.check(() -> factory(a, testClass, complexity.inputs(), type), null);
        }
        problems.throwIfAny();
        return new ComplexityPlan(test, Arrays.stream(sizes).asLongStream().toArray(), expect, factory, input);
    }

    /** The method named by {@code inputs} that makes an input of a size, which a parameter of {@code type} takes. */
    private static Method factory(AttributeParser a, Class<?> testClass, String name, Class<?> type) {
        Method factory = ReflectionSupport.findMethod(testClass, name, int.class)
                .or(() -> ReflectionSupport.findMethod(testClass, name, long.class))
                .orElseThrow(() -> a.invalid(
                        "inputs",
                        AttributeParser.quoted(name),
                        "no method " + name + "(int) or " + name + "(long) in " + testClass.getSimpleName()
                                + " or its superclasses"));
        if (!wrap(type).isAssignableFrom(wrap(factory.getReturnType()))) {
            throw a.invalid(
                    "inputs",
                    AttributeParser.quoted(name),
                    name + "() returns " + factory.getReturnType().getSimpleName()
                            + ", which the test method's parameter of type " + type.getSimpleName() + " cannot take");
        }
        return factory;
    }

    /** Whether the size itself can be passed to a parameter of this type. */
    static boolean isWholeNumber(Class<?> type) {
        return type == int.class || type == long.class || type == Integer.class || type == Long.class;
    }

    private static Class<?> wrap(Class<?> type) {
        return !type.isPrimitive()
                ? type
                : type == int.class
                        ? Integer.class
                        : type == long.class
                                ? Long.class
                                : type == double.class
                                        ? Double.class
                                        : type == boolean.class
                                                ? Boolean.class
                                                : type == char.class
                                                        ? Character.class
                                                        : type == byte.class
                                                                ? Byte.class
                                                                : type == short.class
                                                                        ? Short.class
                                                                        : type == float.class
                                                                                ? Float.class
                                                                                : Void.class;
    }
}
