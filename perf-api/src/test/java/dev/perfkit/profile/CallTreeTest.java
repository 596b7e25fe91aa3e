package dev.perfkit.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A call tree's invariants: sorted children that weigh at most their parent, methods without lines, roots on top. */
class CallTreeTest {

    private static final Frame SCAN = Frame.of("app.Dedup", "scan", 12);
    private static final Frame INDEX_OF = Frame.of("java.util.ArrayList", "indexOf", 296);
    private static final Frame HASH = Frame.of("java.util.HashMap", "putVal", 641);

    @Test
    void childrenAreSortedHeaviestFirstAndTheRestIsSelfWeight() {
        CallTree scan = CallTree.node(
                SCAN, 100, List.of(CallTree.node(HASH, 10, List.of()), CallTree.node(INDEX_OF, 80, List.of())));
        assertEquals(
                List.of(80L, 10L),
                scan.children().stream().map(CallTree::weight).toList());
        assertEquals(10, scan.selfWeight());
        assertEquals(SCAN.withoutLine(), scan.frame().orElseThrow());
        CallTree root = CallTree.root(100, List.of(scan));
        assertTrue(root.isRoot());
        assertFalse(root.frame().isPresent());
        assertEquals(4, root.size());
        assertEquals(2, root.depth());
        assertEquals("all 100 (1 callee)", root.toString());
        assertEquals("Dedup.scan 100 (2 callees)", scan.toString());
    }

    @Test
    void invalidTreesAreRefusedWithAMessage() {
        CallTree heavy = CallTree.node(HASH, 11, List.of());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CallTree.node(SCAN, 10, List.of(heavy)));
        assertEquals("children weigh 11, more than their parent's 10", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CallTree.root(10, List.of(CallTree.empty())));
        assertThrows(IllegalArgumentException.class, () -> CallTree.root(-1, List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> Profile.builder(Duration.ZERO, Duration.ofMillis(1)).callTrees(heavy, CallTree.empty()));
    }

    @Test
    void aProfileWithoutTreesHasEmptyOnesAndTreesTakePartInEquality() {
        Profile plain =
                Profile.builder(Duration.ofSeconds(1), Duration.ofMillis(1)).build();
        assertEquals(CallTree.empty(), plain.cpuTree());
        assertEquals(0, plain.allocationTree().weight());
        Profile withTree = Profile.builder(Duration.ofSeconds(1), Duration.ofMillis(1))
                .callTrees(CallTree.root(1, List.of(CallTree.node(SCAN, 1, List.of()))), CallTree.empty())
                .build();
        assertFalse(plain.equals(withTree));
        assertEquals(1, withTree.cpuTree().weight());
    }
}
