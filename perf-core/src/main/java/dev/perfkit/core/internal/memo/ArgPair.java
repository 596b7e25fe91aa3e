package dev.perfkit.core.internal.memo;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The key of a two-argument memo: an immutable {@code List} of the two arguments (nulls allowed), with the
 * {@code List} contract for {@code equals} and {@code hashCode} and a fast path between pairs.
 */
final class ArgPair extends AbstractList<Object> implements RandomAccess {

    final Object first;
    final Object second;

    ArgPair(Object first, Object second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public Object get(int index) {
        return switch (index) {
            case 0 -> first;
            case 1 -> second;
            default -> throw new IndexOutOfBoundsException("index " + index + " of a pair");
        };
    }

    @Override
    public int size() {
        return 2;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof ArgPair p) {
            return Objects.equals(first, p.first) && Objects.equals(second, p.second);
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return 31 * (31 + Objects.hashCode(first)) + Objects.hashCode(second);
    }
}
