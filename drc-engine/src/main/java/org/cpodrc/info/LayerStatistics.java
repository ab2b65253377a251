package org.cpodrc.info;

import org.cpodrc.layout.LayerKey;

/**
 * Statistics of one layer/datatype of the flattened top cells (DECK-SPEC §7): shape and text
 * counts, merged area in square database units, and the bounding box of the merged area in
 * database units (null when the layer has texts only or only zero-area shapes).
 */
public record LayerStatistics(LayerKey layer, long shapes, long texts, double areaDbu2, long[] bboxDbu) {
}
