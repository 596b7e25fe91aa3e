package dev.perfkit.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of a call tree of sampled stacks: a method, the weight of the samples that had it at this place on the stack
 * (below the callers on the path from the root), and its callees; the data behind a flame graph.
 *
 * <p>Immutable and thread-safe. The root has no frame and weighs every sample. A weight is a sample count (execution
 * samples) or bytes (allocation samples), as the profile says. Frames are methods without lines, so all calls of a
 * method from one caller are one node. Children are sorted, heaviest first, and weigh together at most their parent;
 * what is left is the parent's {@linkplain #selfWeight() self weight}: samples with the parent on top, and callees
 * too small or too deep to be kept (the core engine keeps callees of at least 1 % of the root, 20 per node, 64 deep).
 */
public final class CallTree {

    private static final CallTree EMPTY = new CallTree(null, 0, List.of());

    private final Frame frame;
    private final long weight;
    private final List<CallTree> children;

    private CallTree(Frame frame, long weight, List<CallTree> children) {
        this.frame = frame;
        this.weight = weight;
        this.children = children;
    }

    /** {@return the root of a tree with no samples} */
    public static CallTree empty() {
        return EMPTY;
    }

    /**
     * Returns a root: all samples, and the outermost frames (the bottom of the stacks) as its children.
     *
     * @param weight the weight of all samples, 0 or more
     * @param children the outermost methods, in any order, weighing together at most {@code weight}
     * @return the root
     * @throws IllegalArgumentException if the weight is negative, the children weigh more, or a child is a root
     */
    public static CallTree root(long weight, List<CallTree> children) {
        return new CallTree(null, ProfileArgumentChecks.notNegative(weight, "weight"), checked(weight, children));
    }

    /**
     * Returns a node below the root.
     *
     * @param method the method; its line is dropped
     * @param weight the weight of the samples with this method at this place, 0 or more
     * @param children the callees, in any order, weighing together at most {@code weight}
     * @return the node
     * @throws IllegalArgumentException if the weight is negative, the children weigh more, or a child is a root
     */
    public static CallTree node(Frame method, long weight, List<CallTree> children) {
        return new CallTree(
                Objects.requireNonNull(method, "method").withoutLine(),
                ProfileArgumentChecks.notNegative(weight, "weight"),
                checked(weight, children));
    }

    private static List<CallTree> checked(long weight, List<CallTree> children) {
        List<CallTree> copy = new ArrayList<>(children);
        long sum = 0;
        for (CallTree c : copy) {
            if (Objects.requireNonNull(c, "child").frame == null) {
                throw new IllegalArgumentException("a root cannot be a child");
            }
            sum += c.weight;
        }
        if (sum > weight) {
            throw new IllegalArgumentException("children weigh " + sum + ", more than their parent's " + weight);
        }
        copy.sort(Comparator.comparingLong(CallTree::weight).reversed()); // stable: equal weights keep their order
        return List.copyOf(copy);
    }

    /** {@return the method of this node; empty at the root} */
    public Optional<Frame> frame() {
        return Optional.ofNullable(frame);
    }

    /** {@return true at the root} */
    public boolean isRoot() {
        return frame == null;
    }

    /** {@return the weight of the samples through this node: a sample count or bytes, 0 or more} */
    public long weight() {
        return weight;
    }

    /** {@return the weight not in a kept child: this method on top of the stack, or callees not kept} */
    public long selfWeight() {
        long sum = 0;
        for (CallTree c : children) {
            sum += c.weight;
        }
        return weight - sum;
    }

    /** {@return the callees, heaviest first} */
    public List<CallTree> children() {
        return children;
    }

    /** {@return how many nodes the tree has, this one included} */
    public int size() {
        int n = 1;
        for (CallTree c : children) {
            n += c.size();
        }
        return n;
    }

    /** {@return how many levels the tree has below this node: 0 for a node without children} */
    public int depth() {
        int d = 0;
        for (CallTree c : children) {
            d = Math.max(d, 1 + c.depth());
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallTree t
                && weight == t.weight
                && Objects.equals(frame, t.frame)
                && children.equals(t.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(frame, weight, children);
    }

    /** For example {@code "Dedup.scan 90 (2 callees)"}, or {@code "all 100 (1 callee)"} at the root. */
    @Override
    public String toString() {
        return (frame == null ? "all" : frame.displayName()) + " " + weight + " (" + children.size()
                + (children.size() == 1 ? " callee)" : " callees)");
    }
}
