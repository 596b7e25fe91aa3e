package dev.perfkit.junit.report.html;

import static dev.perfkit.junit.report.html.SvgChartTest.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.profile.CallTree;
import dev.perfkit.profile.Frame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The flame graph's SVG: one box per kept node, rows by depth, widths proportional to weights, escaped names. */
class FlameGraphTest {

    static final Frame MAIN = Frame.of("app.Main", "run", 3);
    static final Frame SCAN = Frame.of("app.Dedup", "scan", 12);
    static final Frame INDEX_OF = Frame.of("java.util.ArrayList", "indexOf", 296);
    static final Frame GENERIC = Frame.of("app.Box<T>", "<init>", 1);

    private static final Pattern BOX = Pattern.compile("<g class=\"frame\" data-method=\"([^\"]*)\""
            + " data-weight=\"(\\d+)\" data-depth=\"(\\d+)\"><title>[^<]*</title>"
            + "<rect x=\"([\\d.]+)\" y=\"(\\d+)\" width=\"([\\d.]+)\"");

    /** 10 samples: main 10, scan 8 (indexOf 6), Box.init 2. */
    static CallTree tree() {
        CallTree scan = CallTree.node(SCAN, 8, List.of(CallTree.node(INDEX_OF, 6, List.of())));
        CallTree init = CallTree.node(GENERIC, 2, List.of());
        return CallTree.root(10, List.of(CallTree.node(MAIN, 10, List.of(scan, init))));
    }

    private record Box(String method, long weight, int depth, double x, int y, double width) {}

    private static Map<String, Box> boxes(String svg) {
        Map<String, Box> out = new LinkedHashMap<>();
        Matcher m = BOX.matcher(svg);
        while (m.find()) {
            out.put(
                    m.group(1),
                    new Box(
                            m.group(1),
                            Long.parseLong(m.group(2)),
                            Integer.parseInt(m.group(3)),
                            Double.parseDouble(m.group(4)),
                            Integer.parseInt(m.group(5)),
                            Double.parseDouble(m.group(6))));
        }
        return out;
    }

    @Test
    void boxesAreAsWideAsTheirShareAndSitBelowTheirCaller() {
        String svg = FlameGraph.render("f", "Where the time went", tree(), FlameGraph::samples, "caption");
        Map<String, Box> boxes = boxes(svg);
        assertEquals(
                List.of(
                        "all",
                        "app.Main.run",
                        "app.Dedup.scan",
                        "java.util.ArrayList.indexOf",
                        "app.Box&lt;T&gt;.&lt;init&gt;"),
                new ArrayList<>(boxes.keySet()),
                svg);
        for (Box b : boxes.values()) {
            assertEquals(FlameGraph.WIDTH * b.weight() / 10.0, b.width(), 0.05, b.method());
            assertEquals(FlameGraph.TOP + b.depth() * FlameGraph.ROW, b.y(), b.method());
        }
        assertEquals(0, boxes.get("app.Dedup.scan").x());
        assertEquals(0, boxes.get("java.util.ArrayList.indexOf").x(), "a callee starts under its caller");
        assertEquals(
                FlameGraph.WIDTH * 0.8,
                boxes.get("app.Box&lt;T&gt;.&lt;init&gt;").x(),
                0.05,
                "after its sibling");
        assertEquals(3, boxes.get("java.util.ArrayList.indexOf").depth());
        assertTrue(svg.contains("<title>app.Dedup.scan: 8 samples (80.0 %)</title>"), svg);
        assertTrue(svg.contains(">Dedup.scan</text>"), svg);
        assertTrue(svg.contains("height=\"" + (FlameGraph.TOP + 4 * FlameGraph.ROW + 4) + "\""), "four rows: " + svg);
        assertTrue(svg.contains("role=\"img\"") && svg.contains("<title id=\"f-title\">Where the time went</title>"));
        assertEquals(1, count(svg, "<svg "));
        assertFalse(svg.contains("<script"));
    }

    @Test
    void namesAreEscapedEverywhere() {
        String svg = FlameGraph.render("f", "<b>title</b>", tree(), FlameGraph::samples, "caption");
        assertFalse(svg.contains("<init>") || svg.contains("Box<T>") || svg.contains("<b>"), svg);
        assertTrue(svg.contains("<title>app.Box&lt;T&gt;.&lt;init&gt;: 2 samples (20.0 %)</title>"), svg);
        assertTrue(svg.contains("&lt;b&gt;title&lt;/b&gt;"), svg);
    }

    @Test
    void narrowBoxesAndDeepRowsAreLeftOutAndLongLabelsCut() {
        List<CallTree> many = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            many.add(CallTree.node(Frame.of("app.Tiny", "m" + i, 1), 1, List.of()));
        }
        CallTree deep = CallTree.node(Frame.of("app.Deep", "level" + 99, 1), 5000, List.of());
        for (int i = 98; i >= 0; i--) {
            deep = CallTree.node(Frame.of("app.Deep", "level" + i, 1), 5000, List.of(deep));
        }
        Frame longName = Frame.of("app.AVeryLongClassNameThatGoesOnAndOnAndOn", "andAMethodNameLongerStill", 1);
        CallTree root = CallTree.root(10_000, List.of(deep, CallTree.node(longName, 4995, many)));
        String svg = FlameGraph.render("f", "t", root, FlameGraph::samples, "caption");
        Map<String, Box> boxes = boxes(svg);
        assertFalse(boxes.keySet().stream().anyMatch(k -> k.startsWith("app.Tiny")), "0.1 px boxes are not drawn");
        assertEquals(
                FlameGraph.MAX_ROWS,
                boxes.values().stream().mapToInt(Box::depth).max().orElseThrow() + 1);
        assertTrue(
                svg.contains(">AVeryLongClassNameThatGoesOnAndOnAndOn.andAMethodNameLongerStill</text>")
                        || svg.contains("..</text>"),
                svg);
        CallTree narrow = CallTree.root(1000, List.of(CallTree.node(longName, 10, List.of())));
        String small = FlameGraph.render("g", "t", narrow, FlameGraph::samples, "caption");
        assertTrue(small.contains("data-weight=\"10\""), small);
        assertEquals(2, count(small, "<text "), "the title and the root's label; a 9.6 px box has no room: " + small);
    }

    @Test
    void anEmptyTreeDrawsNothing() {
        assertNull(FlameGraph.render("f", "t", CallTree.empty(), FlameGraph::samples, "caption"));
    }
}
