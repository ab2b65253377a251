package org.cpodrc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cpodrc.engine.LayoutLayerSource;
import org.cpodrc.gds.GdsReader;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.junit.jupiter.api.Test;

/** The clean samples are hierarchical (arrays as AREFs, dies as cells) and flatten to the intended shapes. */
class SampleHierarchyTest {
    @Test
    void photonic3dCleanUsesArraysAndFlattensToItsParts() {
        Layout layout = GdsReader.read(SampleFiles.gds().resolve("photonic3d_clean.gds"));
        assertEquals(List.of("P3D_TOP"), layout.topCells().stream().map(c -> c.name()).toList());
        assertTrue(hasAref(layout, "P3D_TOP", "FIBER_CORE") && hasAref(layout, "TSV_FIELD", "TSV")
                && hasAref(layout, "PIC3D_DIE", "EC_LANE") && hasAref(layout, "EIC3D", "BUMP_PAD"));
        LayoutLayerSource flat = new LayoutLayerSource(layout, layout.topCells(), Long.MAX_VALUE);
        assertEquals(16 + 4, count(flat, SampleLayers.FIBER), "16 edge + 4 grating fibers");
        assertEquals(16 + 2, count(flat, SampleLayers.TSV), "4 x 4 field + 2 I/O TSVs");
        assertEquals(16, count(flat, SampleLayers.EC));
        assertEquals(16, count(flat, SampleLayers.BUMP));
        assertEquals(4, count(flat, SampleLayers.GC));
    }

    @Test
    void fopopCleanUsesArraysAndFlattensToItsParts() {
        Layout layout = GdsReader.read(SampleFiles.gds().resolve("fopop_clean.gds"));
        assertEquals(List.of("FOPOP_TOP"), layout.topCells().stream().map(c -> c.name()).toList());
        assertTrue(hasAref(layout, "PILLAR_COLUMN", "PILLAR") && hasAref(layout, "FOPOP_PIC", "PILLAR_PAD"));
        LayoutLayerSource flat = new LayoutLayerSource(layout, layout.topCells(), Long.MAX_VALUE);
        assertEquals(20, count(flat, SampleLayers.PILLAR));
        assertEquals(20, count(flat, SampleLayers.PAD));
        assertEquals(16, count(flat, SampleLayers.FIBER));
        assertEquals(0, count(flat, SampleLayers.GC), "F4: no grating couplers in FOPoP");
    }

    private static boolean hasAref(Layout layout, String parent, String child) {
        return layout.cell(parent).instances().stream().anyMatch((Instance i) -> i.isArray() && i.cellName().equals(child));
    }

    private static int count(LayoutLayerSource flat, LayerKey layer) {
        return flat.region(layer).polygons().size();
    }
}
