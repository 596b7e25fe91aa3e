package dev.perfkit.core.internal.profile;

import dev.perfkit.profile.CallTree;
import dev.perfkit.profile.Frame;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums weighed stacks into a call tree, root first, and cuts it to a size a page can show: callees lighter than
 * {@link #MIN_SHARE} of the root, beyond the {@link #PER_NODE} heaviest of a node or deeper than {@link #MAX_DEPTH}
 * stay in their caller's self weight. While summing, at most {@link #MAX_NODES} nodes are made (further new paths
 * stop at the deepest existing node), so memory stays bounded on long sessions with many distinct stacks. Not
 * thread-safe.
 */
final class CallTreeBuilder {

    /** The lightest callee kept, as a share of the root. */
    static final double MIN_SHARE = 0.01;
    /** The most callees kept per node. */
    static final int PER_NODE = 20;
    /** The most levels below the root. */
    static final int MAX_DEPTH = 64;
    /** The most nodes summed before the tree is cut. */
    static final int MAX_NODES = 50_000;

    private final Node root = new Node(null);
    private int nodes = 1;

    /** Adds a stack, top frame first (as recorded), with its weight. */
    void add(List<Frame> topFirst, long weight) {
        Node at = root;
        at.weight += weight;
        int depth = 0;
        for (int i = topFirst.size() - 1; i >= 0 && depth < MAX_DEPTH; i--, depth++) {
            Frame method = topFirst.get(i).withoutLine();
            Node next = at.children.get(method);
            if (next == null) {
                if (nodes >= MAX_NODES) {
                    return;
                }
                next = new Node(method);
                at.children.put(method, next);
                nodes++;
            }
            next.weight += weight;
            at = next;
        }
    }

    /** {@return the cut tree of everything added so far} */
    CallTree build() {
        long min = Math.max(1, (long) Math.ceil(root.weight * MIN_SHARE));
        return CallTree.root(root.weight, kept(root, min));
    }

    private static List<CallTree> kept(Node parent, long min) {
        List<Node> heavy = new ArrayList<>();
        for (Node c : parent.children.values()) {
            if (c.weight >= min) {
                heavy.add(c);
            }
        }
        // heaviest first; ties by name, so that equal inputs give equal trees
        heavy.sort((a, b) -> a.weight != b.weight
                ? Long.compare(b.weight, a.weight)
                : a.method.toString().compareTo(b.method.toString()));
        List<CallTree> out = new ArrayList<>();
        for (Node c : heavy.subList(0, Math.min(PER_NODE, heavy.size()))) {
            out.add(CallTree.node(c.method, c.weight, kept(c, min)));
        }
        return out;
    }

    private static final class Node {
        final Frame method;
        final Map<Frame, Node> children = new HashMap<>();
        long weight;

        Node(Frame method) {
            this.method = method;
        }
    }
}
