package org.cpodrc.samples;

import org.cpodrc.layout.LayerKey;

/** The default layer map of the shipped decks ({@code common.yaml}), which the samples are drawn on. */
final class SampleLayers {
    static final LayerKey PIC = new LayerKey(1, 0);
    static final LayerKey EIC = new LayerKey(2, 0);
    static final LayerKey LID = new LayerKey(3, 0);
    static final LayerKey FAU = new LayerKey(4, 0);
    static final LayerKey TSV = new LayerKey(10, 0);
    static final LayerKey PILLAR = new LayerKey(11, 0);
    static final LayerKey BUMP = new LayerKey(12, 0);
    static final LayerKey PAD = new LayerKey(13, 0);
    static final LayerKey BUMP_NET = new LayerKey(14, 0);
    static final LayerKey PAD_NET = new LayerKey(15, 0);
    static final LayerKey WG = new LayerKey(20, 0);
    static final LayerKey RING = new LayerKey(21, 0);
    static final LayerKey GC = new LayerKey(22, 0);
    static final LayerKey EC = new LayerKey(23, 0);
    static final LayerKey OPAQUE = new LayerKey(24, 0);
    static final LayerKey HOTSPOT = new LayerKey(30, 0);
    static final LayerKey FIBER = new LayerKey(40, 0);
    static final LayerKey PORT_TEXT = new LayerKey(41, 0);

    private SampleLayers() {
    }
}
