package org.cpodrc.stack;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.InputException;
import org.cpodrc.geom.MergedArea;
import org.cpodrc.info.InfoJson;
import org.cpodrc.layout.LayerKey;
import org.locationtech.jts.geom.Envelope;

/**
 * {@code cpodrc info STACK.yaml}: every die (file, cell, transform, tier) with its layers' shape
 * and text counts, merged area and bounding box in package coordinates (the definitions of
 * {@code cpodrc info} on a layout, after placement), and the package extent. Text and JSON, keys
 * in a fixed order, no timestamps.
 */
public final class StackInfo {
    /** One die layer after placement; {@code source} is the die file's layer/datatype, or "bbox"/"shapes". */
    public record Layer(String name, String source, LayerKey packageLayer, long shapes, long texts, double areaDbu2,
                        long[] bboxDbu) {
    }

    public record Die(PlacedDie die, List<Layer> layers) {
    }

    private final Stack stack;
    private final List<Die> dies;
    private final Envelope extent;

    private StackInfo(Stack stack, List<Die> dies, Envelope extent) {
        this.stack = stack;
        this.dies = dies;
        this.extent = extent;
    }

    public static StackInfo of(Stack stack) {
        List<Die> dies = new ArrayList<>();
        Envelope extent = new Envelope();
        for (PlacedDie d : stack.dies()) {
            List<Layer> layers = new ArrayList<>();
            for (String name : d.layerNames()) {
                MergedArea area = new MergedArea();
                long[] shapes = {0};
                d.forEachPolygon(name, (xy, n) -> {
                    int[] ints = new int[2 * n];
                    for (int i = 0; i < 2 * n; i++) {
                        if (xy[i] != (int) xy[i]) {
                            throw new InputException(stack.file().path() + ": die '" + d.name()
                                    + "' is placed beyond the 32-bit coordinate range of the package grid");
                        }
                        ints[i] = (int) xy[i];
                    }
                    shapes[0]++;
                    area.add(ints, n);
                });
                MergedArea.Result r = area.compute();
                long[] bbox = shapes[0] == 0 ? null : r.bbox();
                if (bbox != null) {
                    extent.expandToInclude(bbox[0], bbox[1]);
                    extent.expandToInclude(bbox[2], bbox[3]);
                }
                LayerKey own = d.layout() == null ? null : d.spec().layers().get(name);
                boolean implicit = name.equals(StackGrammar.OUTLINE) && d.implicitOutline();
                String source = own != null ? own.toString() : implicit ? "bbox" : "shapes";
                layers.add(new Layer(d.name() + "." + name, source, stack.layerKeys().get(d.name() + "." + name),
                        shapes[0], d.textCount(name), r.area(), bbox));
            }
            dies.add(new Die(d, List.copyOf(layers)));
        }
        return new StackInfo(stack, List.copyOf(dies), extent);
    }

    public List<Die> dies() {
        return dies;
    }

    public String text(String file) {
        double u = stack.dbuUm();
        StringBuilder b = new StringBuilder();
        b.append("stack      ").append(file).append('\n');
        b.append("name       ").append(stack.name()).append('\n');
        if (stack.file().stack() != null) {
            b.append("kind       ").append(stack.file().stack()).append('\n');
        }
        b.append("dbu        ").append(InfoJson.number(u, 9)).append(" um (package: the smallest die unit)\n");
        b.append("extent     ").append(box(extent, u)).append(" um\n");
        b.append("dies       ").append(dies.size()).append('\n');
        for (Die d : dies) {
            PlacedDie p = d.die();
            StackFile.Die s = p.spec();
            b.append('\n').append("die ").append(p.name()).append("  role ").append(s.role()).append("  tier ")
                    .append(s.tier()).append('\n');
            b.append("  file       ").append(p.layout() == null ? "(shapes in the stack file)" : Stack.fileLabel(s))
                    .append('\n');
            if (p.layout() != null) {
                b.append("  cell       ").append(p.cell()).append('\n');
                b.append("  dbu        ").append(InfoJson.number(p.layout().dbuUm(), 9)).append(" um\n");
                b.append("  transform  flip ").append(s.flip()).append(", rotate ").append(s.rotate())
                        .append(", at ").append(s.at()[0].stripTrailingZeros().toPlainString()).append(", ")
                        .append(s.at()[1].stripTrailingZeros().toPlainString()).append(" um")
                        .append("  (KLayout: DCplxTrans(1, ").append(s.rotate() + (s.flip() ? 180 : 0)).append(", ")
                        .append(s.flip()).append(", ").append(s.at()[0].stripTrailingZeros().toPlainString()).append(", ")
                        .append(s.at()[1].stripTrailingZeros().toPlainString()).append("))\n");
            }
            if (s.thicknessUm() != null) {
                b.append("  thickness  ").append(InfoJson.number(s.thicknessUm(), 6)).append(" um\n");
            }
            String[] head = {"layer", "from", "shapes", "texts", "area_um2", "bbox_um (package x1, y1, x2, y2)"};
            List<String[]> rows = new ArrayList<>();
            rows.add(head);
            for (Layer l : d.layers()) {
                rows.add(new String[] {l.name(), l.source(), Long.toString(l.shapes()), Long.toString(l.texts()),
                        InfoJson.number(l.areaDbu2() * u * u, 6), l.bboxDbu() == null ? "-" : box(l.bboxDbu(), u)});
            }
            int[] w = new int[head.length];
            for (String[] r : rows) {
                for (int c = 0; c < r.length; c++) {
                    w[c] = Math.max(w[c], r[c].length());
                }
            }
            for (String[] r : rows) {
                StringBuilder line = new StringBuilder("  ");
                for (int c = 0; c < r.length; c++) {
                    boolean numeric = c >= 2 && c <= 4;
                    String pad = " ".repeat(w[c] - r[c].length());
                    line.append(c == 0 ? "" : "  ").append(numeric ? pad + r[c] : c == r.length - 1 ? r[c] : r[c] + pad);
                }
                b.append(line.toString().stripTrailing()).append('\n');
            }
        }
        return b.toString();
    }

    public String json(String file) {
        double u = stack.dbuUm();
        return InfoJson.write(out -> {
            out.startObject(false).field("file").string(file);
            out.field("name").string(stack.name());
            out.field("stack").string(stack.file().stack());
            out.field("dbu_um").numberText(InfoJson.number(u, 9));
            out.field("extent_um");
            InfoJson.box(out, extent.isNull() ? null : corners(extent), u);
            out.lineBreak().field("dies").startArray(false);
            for (Die d : dies) {
                PlacedDie p = d.die();
                StackFile.Die s = p.spec();
                out.lineBreak().startObject(false).field("name").string(p.name());
                out.field("role").string(s.role());
                out.field("tier").number(s.tier());
                out.field("file").string(p.layout() == null ? null : Stack.fileLabel(s));
                out.field("cell").string(p.cell());
                out.field("dbu_um");
                if (p.layout() == null) {
                    out.nul();
                } else {
                    out.numberText(InfoJson.number(p.layout().dbuUm(), 9));
                }
                out.field("flip").bool(s.flip());
                out.field("rotate").number(s.rotate());
                out.field("at_um").startArray(false).numberText(s.at()[0].stripTrailingZeros().toPlainString())
                        .numberText(s.at()[1].stripTrailingZeros().toPlainString()).endArray();
                out.field("thickness_um");
                if (s.thicknessUm() == null) {
                    out.nul();
                } else {
                    out.numberText(InfoJson.number(s.thicknessUm(), 6));
                }
                out.lineBreak().field("layers").startArray(false);
                for (Layer l : d.layers()) {
                    out.lineBreak().startObject(false).field("name").string(l.name());
                    out.field("from").string(l.source());
                    out.field("package_layer").string(l.packageLayer().toString());
                    out.field("shapes").number(l.shapes());
                    out.field("texts").number(l.texts());
                    out.field("area_um2").numberText(InfoJson.number(l.areaDbu2() * u * u, 6));
                    out.field("bbox_um");
                    InfoJson.box(out, l.bboxDbu(), u);
                    out.endObject();
                }
                out.endArray().endObject();
            }
            out.lineBreak().endArray().endObject();
        });
    }

    private static String box(long[] bb, double u) {
        return InfoJson.number(bb[0] * u, 6) + ", " + InfoJson.number(bb[1] * u, 6) + ", "
                + InfoJson.number(bb[2] * u, 6) + ", " + InfoJson.number(bb[3] * u, 6);
    }

    private static String box(Envelope e, double u) {
        return e.isNull() ? "-" : box(corners(e), u);
    }

    private static long[] corners(Envelope e) {
        return new long[] {(long) e.getMinX(), (long) e.getMinY(), (long) e.getMaxX(), (long) e.getMaxY()};
    }
}
