package org.cpodrc.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.DeckLoader;
import org.cpodrc.flatten.Flattener;
import org.cpodrc.gds.GdsReader;
import org.cpodrc.gds.GdsWriter;
import org.cpodrc.layout.Cell;
import org.cpodrc.geom.Rings;
import org.cpodrc.layout.Layout;
import org.cpodrc.testing.KLayout;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Polygon;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Test support for differential tests against KLayout's DRC engine run as a user runs a deck: the
 * same rules as a cpodrc deck and as a KLayout DRC script ({@code klayout -b -r deck.drc -rd input=...
 * -rd report=...}, flat) on one layout, and each tool's markers per rule as sorted texts in a
 * {@link Form} both sides share. A rule is {id, cpodrc rule body (YAML flow map), KLayout DRC
 * statement producing the rule's markers, ...}; further columns are the test's own.
 */
public final class DrcParity {
    private DrcParity() {
    }

    /** How a marker is written for comparison: the same text for the same marker of either tool. */
    public interface Form {
        /** Our marker. */
        String of(Violation v);

        /** A KLayout marker: its rule (category) and value text ("edge-pair: (a;b)|(c;d)", "polygon: (...)"). */
        String of(String category, String value);
    }

    private static final Pattern POINT = Pattern.compile("(-?[0-9.]+(?:e-?[0-9]+)?),(-?[0-9.]+(?:e-?[0-9]+)?)");

    /** The marker's bounding box in database units, "x1,y1,x2,y2". */
    public static final Form BOXES = new Form() {
        @Override
        public String of(Violation v) {
            return v.x1() + "," + v.y1() + "," + v.x2() + "," + v.y2();
        }

        @Override
        public String of(String category, String value) {
            long[] box = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
            for (long[] p : points(value)) {
                box[0] = Math.min(box[0], p[0]);
                box[1] = Math.min(box[1], p[1]);
                box[2] = Math.max(box[2], p[0]);
                box[3] = Math.max(box[3], p[1]);
            }
            return box[0] + "," + box[1] + "," + box[2] + "," + box[3];
        }
    };

    /**
     * The marker exactly, as its kind and sorted points: an edge pair as its two edges' point sets in
     * sorted order, an edge as its points, a polygon as the vertices of its outline and holes
     * (collinear points dropped).
     */
    public static final Form POINTS = new Form() {
        @Override
        public String of(Violation v) {
            Geometry g = v.marker();
            if (g instanceof MultiLineString ml && ml.getNumGeometries() == 2) {
                List<String> e = new ArrayList<>(List.of(sorted(ml.getGeometryN(0).getCoordinates()),
                        sorted(ml.getGeometryN(1).getCoordinates())));
                e.sort(null);
                return "edge-pair " + e;
            }
            if (g instanceof LineString ls) {
                return "edge " + sorted(ls.getCoordinates());
            }
            Polygon p = (Polygon) g;
            List<String> pts = new ArrayList<>();
            for (long[] q : Rings.vertices(p.getExteriorRing().getCoordinates(), true)) {
                pts.add(q[0] + "," + q[1]);
            }
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                for (long[] q : Rings.vertices(p.getInteriorRingN(h).getCoordinates(), false)) {
                    pts.add(q[0] + "," + q[1]);
                }
            }
            pts.sort(null);
            return "polygon " + pts;
        }

        @Override
        public String of(String category, String value) {
            String kind = value.substring(0, value.indexOf(':'));
            String body = value.substring(value.indexOf(':') + 1);
            if (kind.equals("edge-pair")) {
                String[] edges = body.split("[/|]");
                List<String> e = new ArrayList<>(List.of(sorted(points(edges[0])), sorted(points(edges[1]))));
                e.sort(null);
                return kind + " " + e;
            }
            return kind + " " + sorted(points(body));
        }
    };

    /**
     * Edge pairs edge for edge, orientation included: "(x,y;x,y)/(x,y;x,y)" with the first edge
     * first, and for the rules named symmetric (single-layer checks) "e1|e2" with the edges in text order.
     */
    public static Form orientedEdgePairs(Set<String> symmetricRules) {
        return new Form() {
            @Override
            public String of(Violation v) {
                Coordinate[] c = v.marker().getCoordinates();
                long[] e = new long[8];
                for (int k = 0; k < 4; k++) {
                    e[2 * k] = Math.round(c[k].x);
                    e[2 * k + 1] = Math.round(c[k].y);
                }
                return edgePair(e, symmetricRules.contains(v.rule()));
            }

            @Override
            public String of(String category, String value) {
                List<long[]> p = points(value);
                long[] e = new long[8];
                for (int k = 0; k < 4 && k < p.size(); k++) {
                    e[2 * k] = p.get(k)[0];
                    e[2 * k + 1] = p.get(k)[1];
                }
                return edgePair(e, symmetricRules.contains(category));
            }
        };
    }

    private static String edgePair(long[] v, boolean symmetric) {
        String e1 = "(" + v[0] + "," + v[1] + ";" + v[2] + "," + v[3] + ")", e2 = "(" + v[4] + "," + v[5] + ";" + v[6] + "," + v[7] + ")";
        return symmetric && e1.compareTo(e2) > 0 ? e2 + "|" + e1 : e1 + (symmetric ? "|" : "/") + e2;
    }

    /** Points of a KLayout value text (µm) in database units (1 nm). */
    private static List<long[]> points(String text) {
        List<long[]> out = new ArrayList<>();
        Matcher m = POINT.matcher(text);
        while (m.find()) {
            out.add(new long[] {Math.round(Double.parseDouble(m.group(1)) * 1000), Math.round(Double.parseDouble(m.group(2)) * 1000)});
        }
        return out;
    }

    private static String sorted(List<long[]> points) {
        List<String> pts = new ArrayList<>();
        for (long[] p : points) {
            pts.add(p[0] + "," + p[1]);
        }
        pts.sort(null);
        return pts.toString();
    }

    private static String sorted(Coordinate[] coordinates) {
        List<long[]> pts = new ArrayList<>();
        for (Coordinate c : coordinates) {
            pts.add(new long[] {Math.round(c.x), Math.round(c.y)});
        }
        return sorted(pts);
    }

    /** Draws one seeded random layout into the top cell, shifted right by x0 (database units). */
    @FunctionalInterface
    public interface SeededLayout {
        void draw(Random rnd, Cell top, int x0);
    }

    /**
     * One layout (top cell "TOP") with the seeded layouts of seeds 1..seeds side by side, seed s
     * drawn with {@code new Random(s)} at x0 = (s - 1) * pitch: the differential tests' inputs.
     */
    public static Layout seededLayouts(int seeds, int pitch, SeededLayout layout) {
        Layout out = new Layout();
        Cell top = out.getOrCreateCell("TOP");
        for (int seed = 1; seed <= seeds; seed++) {
            layout.draw(new Random(seed), top, (seed - 1) * pitch);
        }
        return out;
    }

    /** {@link #seededLayouts(int, int, SeededLayout)} written to dir/file as GDS. */
    public static Path seededLayouts(Path dir, String file, int seeds, int pitch, SeededLayout layout) throws java.io.IOException {
        Path gds = dir.resolve(file);
        GdsWriter.write(seededLayouts(seeds, pitch, layout), gds);
        return gds;
    }

    /** Runs the rules as a cpodrc deck (layers and derived sections as YAML lines) on gds; sorted markers per rule. */
    public static Map<String, List<String>> cpodrc(Path dir, Path gds, String layers, String derived, String[][] rules,
            Form form) throws Exception {
        StringBuilder deck = new StringBuilder("cpodrc: 1\nname: parity\nlayers:\n" + layers
                + (derived.isEmpty() ? "" : "derived:\n" + derived + "\n") + "rules:\n");
        for (String[] r : rules) {
            deck.append("  - {id: ").append(r[0]).append(", ").append(r[1], 1, r[1].length()).append('\n');
        }
        return cpodrc(Files.writeString(dir.resolve("deck.yaml"), deck.toString()), gds, form);
    }

    /** Runs a cpodrc deck file on gds (flattened from its top cells, one thread); sorted markers per rule. */
    public static Map<String, List<String>> cpodrc(Path yaml, Path gds, Form form) throws Exception {
        CheckRegistry registry = CheckRegistry.standard();
        Deck d = new DeckLoader(registry).load(yaml.toString(), Map.of());
        Layout layout = GdsReader.read(gds);
        LayoutLayerSource source = new LayoutLayerSource(layout, layout.topCells(), Flattener.defaultMaxShapes());
        RunResult result = new DrcEngine(registry, 1).run(d, source, new InputInfo(gds.getFileName().toString(), "TOP", 0.001),
                Severity.ERROR);
        Map<String, List<String>> out = new TreeMap<>();
        d.rules().forEach(r -> out.put(r.id(), new ArrayList<>()));
        for (Violation v : result.violations()) {
            out.computeIfAbsent(v.rule(), k -> new ArrayList<>()).add(form.of(v));
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    /** Runs the rules' KLayout statements (after the inputs' lines) as a DRC script; sorted markers per rule. */
    public static Map<String, List<String>> klayout(Path dir, Path gds, String inputs, String[][] rules, Form form)
            throws Exception {
        StringBuilder s = new StringBuilder("deep(false) rescue nil\n" + inputs);
        for (String[] r : rules) {
            s.append(r[2]).append(".output(\"").append(r[0]).append("\", \"").append(r[0]).append("\")\n");
        }
        return klayout(dir, gds, s.toString(), form);
    }

    /**
     * Runs a KLayout DRC script in batch mode, its input and report set from outside ({@code source($input)}
     * and {@code report(..., $report)} are put in front); sorted markers per rule.
     */
    public static Map<String, List<String>> klayout(Path dir, Path gds, String script, Form form) throws Exception {
        Path drc = Files.writeString(dir.resolve("deck.drc"), "source($input)\nreport(\"parity\", $report)\n" + script);
        Path report = dir.resolve("report.lyrdb");
        KLayout.run(drc, dir, "input=" + gds, "report=" + report);
        return lyrdb(report, form);
    }

    /** Per category of a KLayout marker database, the sorted markers of its items. */
    public static Map<String, List<String>> lyrdb(Path lyrdb, Form form) throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(lyrdb.toFile());
        Map<String, List<String>> out = new TreeMap<>();
        NodeList items = doc.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            String category = item.getElementsByTagName("category").item(0).getTextContent().replace("'", "");
            String value = item.getElementsByTagName("value").item(0).getTextContent().trim();
            out.computeIfAbsent(category, k -> new ArrayList<>()).add(form.of(category, value));
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    /** The markers only one side has (up to five of each) with their counts, or "" when both lists are equal. */
    public static String difference(List<String> klayout, List<String> ours) {
        if (klayout.equals(ours)) {
            return "";
        }
        List<String> onlyK = onlyIn(klayout, ours), onlyC = onlyIn(ours, klayout);
        return "KLayout " + klayout.size() + ", cpodrc " + ours.size() + "; only KLayout " + onlyK.size() + " "
                + onlyK.subList(0, Math.min(5, onlyK.size())) + "; only cpodrc " + onlyC.size() + " "
                + onlyC.subList(0, Math.min(5, onlyC.size()));
    }

    /** The markers of a that b lacks, with multiplicity (a marker twice in a and once in b is listed once). */
    public static List<String> onlyIn(List<String> a, List<String> b) {
        Map<String, Integer> left = new TreeMap<>();
        b.forEach(m -> left.merge(m, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (String m : a) {
            if (left.merge(m, -1, Integer::sum) < 0) {
                out.add(m);
            }
        }
        return out;
    }
}
