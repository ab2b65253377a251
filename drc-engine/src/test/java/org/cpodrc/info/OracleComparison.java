package org.cpodrc.info;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpodrc.layout.LayerKey;

/**
 * Compares our statistics with an oracle answer (the JSON of {@code corpus/oracle.py}) with the
 * corpus tolerances: counts, cells, top cells and dbu exact; area within 1e-7 relative or 1e-6 µm²
 * absolute; bbox within one database unit. Returns the differences, empty when they agree.
 */
final class OracleComparison {
    private OracleComparison() {
    }

    @SuppressWarnings("unchecked")
    static List<String> differences(LayoutStatistics ours, Map<String, Object> oracle, boolean compareCells) {
        return differences(ours, oracle, compareCells, Map.of());
    }

    /** As above; {@code areaTolerance} overrides the relative area tolerance for named layers ("L/D"). */
    @SuppressWarnings("unchecked")
    static List<String> differences(LayoutStatistics ours, Map<String, Object> oracle, boolean compareCells,
                                    Map<String, Double> areaTolerance) {
        List<String> d = new ArrayList<>();
        double dbu = ours.dbuUm();
        if (Math.abs(((Number) oracle.get("dbu_um")).doubleValue() - dbu) > 1e-12) {
            d.add("dbu_um " + dbu + " != " + oracle.get("dbu_um"));
        }
        if (!oracle.get("top_cells").equals(ours.topCells())) {
            d.add("top_cells " + ours.topCells() + " != " + oracle.get("top_cells"));
        }
        if (compareCells && ((Number) oracle.get("cells")).intValue() != ours.cells()) {
            d.add("cells " + ours.cells() + " != " + oracle.get("cells"));
        }
        List<Map<String, Object>> layers = (List<Map<String, Object>>) oracle.get("layers");
        List<LayerStatistics> mine = ours.layers();
        for (Map<String, Object> l : layers) {
            LayerKey key = new LayerKey(((Number) l.get("layer")).intValue(), ((Number) l.get("datatype")).intValue());
            LayerStatistics s = mine.stream().filter(m -> m.layer().equals(key)).findFirst().orElse(null);
            if (s == null) {
                d.add(key + ": missing");
                continue;
            }
            long shapes = ((Number) l.get("shapes")).longValue();
            long texts = ((Number) l.get("texts")).longValue();
            if (s.shapes() != shapes) {
                d.add(key + ": shapes " + s.shapes() + " != " + shapes);
            }
            if (s.texts() != texts) {
                d.add(key + ": texts " + s.texts() + " != " + texts);
            }
            double area = ((Number) l.get("area_um2")).doubleValue();
            double a = s.areaDbu2() * dbu * dbu;
            double rel = areaTolerance.getOrDefault(key.toString(), 1e-7);
            if (Math.abs(a - area) > Math.max(1e-6, rel * Math.abs(area))) {
                d.add(key + ": area " + a + " != " + area + " (rel " + Math.abs(a - area) / Math.max(area, 1e-300) + ")");
            }
            List<Object> bb = (List<Object>) l.get("bbox_um");
            long[] ob = s.bboxDbu();
            if ((bb == null) != (ob == null)) {
                d.add(key + ": bbox " + (ob == null ? "null" : java.util.Arrays.toString(ob)) + " != " + bb);
            } else if (bb != null) {
                for (int k = 0; k < 4; k++) {
                    double v = ((Number) bb.get(k)).doubleValue();
                    if (Math.abs(ob[k] * dbu - v) > dbu * 1.000001) {
                        d.add(key + ": bbox[" + k + "] " + ob[k] * dbu + " != " + v);
                    }
                }
            }
        }
        for (LayerStatistics s : mine) {
            boolean known = layers.stream().anyMatch(l -> ((Number) l.get("layer")).intValue() == s.layer().layer()
                    && ((Number) l.get("datatype")).intValue() == s.layer().datatype());
            if (!known) {
                d.add(s.layer() + ": not in the oracle's answer");
            }
        }
        return d;
    }
}
