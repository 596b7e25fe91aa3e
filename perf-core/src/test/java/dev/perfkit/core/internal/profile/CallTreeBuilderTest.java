package dev.perfkit.core.internal.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.profile.CallTree;
import dev.perfkit.profile.Frame;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounds of a call tree: light callees, many callees and deep stacks stay in their caller's self weight. */
class CallTreeBuilderTest {

    private static final Frame MAIN = Frame.of("app.Main", "main", 3);

    private static List<Frame> stack(Frame... rootFirst) {
        List<Frame> topFirst = new ArrayList<>(List.of(rootFirst));
        Collections.reverse(topFirst);
        return topFirst;
    }

    @Test
    void calleesLighterThanTheMinimumShareStayInTheCaller() {
        CallTreeBuilder b = new CallTreeBuilder();
        b.add(stack(MAIN, Frame.of("app.A", "heavy", 1)), 995);
        b.add(stack(MAIN, Frame.of("app.A", "light", 1)), 5);
        CallTree root = b.build();
        CallTree main = root.children().get(0);
        assertEquals(1000, main.weight());
        assertEquals(1, main.children().size());
        assertEquals(5, main.selfWeight());
    }

    @Test
    void aNodeKeepsItsHeaviestCallees() {
        CallTreeBuilder b = new CallTreeBuilder();
        for (int i = 0; i < 40; i++) {
            b.add(stack(MAIN, Frame.of("app.A", "m" + i, 1)), 100 + i);
        }
        CallTree main = b.build().children().get(0);
        assertEquals(CallTreeBuilder.PER_NODE, main.children().size());
        assertEquals("m39", main.children().get(0).frame().orElseThrow().methodName());
        assertEquals(
                "m20",
                main.children()
                        .get(CallTreeBuilder.PER_NODE - 1)
                        .frame()
                        .orElseThrow()
                        .methodName());
    }

    @Test
    void deepStacksAreCutBelowTheDepthCap() {
        CallTreeBuilder b = new CallTreeBuilder();
        Frame[] deep = new Frame[200];
        for (int i = 0; i < deep.length; i++) {
            deep[i] = Frame.of("app.Rec", "level" + i, 1);
        }
        b.add(stack(deep), 1);
        CallTree root = b.build();
        assertEquals(CallTreeBuilder.MAX_DEPTH, root.depth());
        assertEquals(CallTreeBuilder.MAX_DEPTH + 1, root.size());
    }

    @Test
    void equalInputsGiveEqualTrees() {
        CallTreeBuilder one = new CallTreeBuilder();
        CallTreeBuilder two = new CallTreeBuilder();
        for (String m : List.of("b", "a", "c")) {
            one.add(stack(MAIN, Frame.of("app.A", m, 1)), 10);
        }
        for (String m : List.of("c", "a", "b")) {
            two.add(stack(MAIN, Frame.of("app.A", m, 1)), 10);
        }
        assertEquals(one.build(), two.build());
        assertTrue(one.build()
                .children()
                .get(0)
                .children()
                .get(0)
                .frame()
                .orElseThrow()
                .methodName()
                .equals("a"));
    }
}
