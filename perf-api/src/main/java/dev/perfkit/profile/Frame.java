package dev.perfkit.profile;

import java.util.Objects;

/**
 * One place in the code: a class, a method and, when known, a line.
 *
 * <p>Immutable and thread-safe. Overloads share a frame: a profile groups by class and method name, which is what a
 * reader looks for. {@link #displayName()} is the short form reports print ({@code ArrayList.indexOf:296}).
 */
public final class Frame {

    /** The line number of a frame whose line is unknown or does not apply (a method, rather than a place in it). */
    public static final int NO_LINE = -1;

    private final String className;
    private final String methodName;
    private final int line;

    private Frame(String className, String methodName, int line) {
        this.className = className;
        this.methodName = methodName;
        this.line = line;
    }

    /**
     * Creates a frame.
     *
     * @param className the binary class name, such as {@code java.util.ArrayList} or {@code a.Outer$Inner}
     * @param methodName the method name, such as {@code indexOf} or {@code <init>}
     * @param line the line number, at least 1, or {@link #NO_LINE}
     * @return the frame
     * @throws IllegalArgumentException if a name is blank or {@code line} is neither positive nor {@link #NO_LINE}
     */
    public static Frame of(String className, String methodName, int line) {
        if (Objects.requireNonNull(className, "className").isBlank()) {
            throw new IllegalArgumentException("className must not be blank");
        }
        if (Objects.requireNonNull(methodName, "methodName").isBlank()) {
            throw new IllegalArgumentException("methodName must not be blank");
        }
        if (line < 1 && line != NO_LINE) {
            throw new IllegalArgumentException("line must be at least 1 or NO_LINE, got " + line);
        }
        return new Frame(className, methodName, line);
    }

    /** {@return the same method without a line} */
    public Frame withoutLine() {
        return line == NO_LINE ? this : new Frame(className, methodName, NO_LINE);
    }

    /** {@return the binary class name, such as {@code java.util.ArrayList}} */
    public String className() {
        return className;
    }

    /** {@return the method name} */
    public String methodName() {
        return methodName;
    }

    /** {@return the line number, or {@link #NO_LINE}} */
    public int line() {
        return line;
    }

    /** {@return true when {@link #line()} is known} */
    public boolean hasLine() {
        return line != NO_LINE;
    }

    /** {@return {@code java.util.ArrayList.indexOf}: the class and method, without the line} */
    public String qualifiedMethodName() {
        return className + "." + methodName;
    }

    /** {@return {@code ArrayList.indexOf:296}: the class without its package, the method, and the line when known} */
    public String displayName() {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        return simple + "." + methodName + (hasLine() ? ":" + line : "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f
                && line == f.line
                && className.equals(f.className)
                && methodName.equals(f.methodName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(className, methodName, line);
    }

    /** {@code java.util.ArrayList.indexOf:296}, or without {@code :line} when unknown. */
    @Override
    public String toString() {
        return qualifiedMethodName() + (hasLine() ? ":" + line : "");
    }
}
