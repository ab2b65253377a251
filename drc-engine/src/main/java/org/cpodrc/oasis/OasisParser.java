package org.cpodrc.oasis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.ReadWarnings;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Shapes;
import org.cpodrc.layout.Trans;

/**
 * The OASIS record grammar: the magic and START, then name tables, cells and their elements in
 * any order, then END. Keeps the modal variables (reset at every CELL), turns each element into
 * model objects with its repetition (see the package documentation), and hands everything that
 * names by reference number to {@link LayoutAssembler} once the file is read.
 */
final class OasisParser {
    static final byte[] MAGIC = "%SEMI-OASIS\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final String[] TABLES = {"CELLNAME", "TEXTSTRING", "PROPNAME", "PROPSTRING", "LAYERNAME", "XNAME"};

    private final OasisInput in;
    private final OasisReadOptions options;
    private final Layout layout = new Layout();
    private final ReadWarnings warnings;
    final NameTable cellNames = new NameTable("CELLNAME");
    final NameTable textStrings = new NameTable("TEXTSTRING");
    final NameTable propNames = new NameTable("PROPNAME");
    final NameTable propStrings = new NameTable("PROPSTRING");
    private final NameTable xNames = new NameTable("XNAME");
    /** Offsets of the first and last LAYERNAME record (LAYERNAME has no reference numbers). */
    private long layerNameFirst = -1;
    private final List<CellBuilder> cells = new ArrayList<>();
    private final List<PendingProperty> fileProperties = new ArrayList<>();
    private CellBuilder cell;
    private long expanded;

    private int offsetFlag;
    private final long[] tableFlags = new long[6];
    private final long[] tableOffsets = new long[6];

    // modal variables
    private boolean relative;
    private long placementX;
    private long placementY;
    private String placementCell;
    private long placementCellRef = -1;
    private long layer = -1;
    private long datatype = -1;
    private long textLayer = -1;
    private long textType = -1;
    private long textX;
    private long textY;
    private String textString;
    private long textStringRef = -1;
    private long geometryX;
    private long geometryY;
    private long geometryW = -1;
    private long geometryH = -1;
    private long[] polygonPoints;
    private long halfWidth = -1;
    private long[] pathPoints;
    private Long startExtension;
    private Long endExtension;
    private int ctrapezoidType = -1;
    private long circleRadius = -1;
    private Repetition repetition;
    private PendingProperty lastProperty;
    /** Where the next PROPERTY record attaches: a list that the last element, cell or file owns; null to drop. */
    private List<PendingProperty> propertyTarget;

    private final long[] tmp = new long[8];
    private int[] coords = new int[64];

    OasisParser(OasisInput in, OasisReadOptions options) {
        this.in = in;
        this.options = options;
        this.warnings = new ReadWarnings(layout, in.fileName());
    }

    Layout parse() {
        in.markRecord();
        byte[] magic = new byte[MAGIC.length];
        for (int i = 0; i < magic.length; i++) {
            if (in.atEnd()) {
                throw in.errorAt(i, "not an OASIS file: it ends within the %SEMI-OASIS magic");
            }
            magic[i] = (byte) in.readByte();
        }
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw in.errorAt(0, "not an OASIS file: it does not start with %SEMI-OASIS");
        }
        in.markRecord();
        if (in.atEnd()) {
            throw in.errorAt(in.position(), "file ends where the START record was expected");
        }
        int id = in.readByte();
        if (id != 1) {
            throw in.error("START record expected after the magic, found record type " + id);
        }
        start();
        propertyTarget = fileProperties;
        while (true) {
            in.markRecord();
            if (in.atEnd()) {
                throw in.errorAt(in.position(), "file ends without an END record (truncated)");
            }
            id = in.readByte();
            if (id == 2) {
                end();
                break;
            }
            record(id);
        }
        checkStrictTables();
        new LayoutAssembler(this, layout, options, in, warnings).assemble(cells, fileProperties);
        warnings.finish();
        return layout;
    }

    private void start() {
        String version = in.string();
        if (!version.equals("1.0")) {
            throw in.error("unsupported OASIS version '" + version + "' (1.0 expected)");
        }
        double unit = in.real();
        if (!(unit > 0) || Double.isInfinite(unit)) {
            throw in.error("invalid unit " + unit + " in START (database units per micron must be positive)");
        }
        layout.setUnits(1.0 / unit, 1e-6 / unit);
        offsetFlag = in.unsignedInt("offset flag");
        if (offsetFlag > 1) {
            throw in.error("invalid offset flag " + offsetFlag + " in START (0 or 1)");
        }
        if (offsetFlag == 0) {
            tableOffsets();
        }
    }

    private void tableOffsets() {
        for (int i = 0; i < 6; i++) {
            tableFlags[i] = in.unsigned();
            tableOffsets[i] = in.unsigned();
        }
    }

    private void end() {
        if (in.inCblock()) {
            throw in.error("END record inside a CBLOCK");
        }
        long at = in.recordOffset();
        if (offsetFlag == 1) {
            tableOffsets();
        }
        in.bytes(); // padding
        int scheme = in.unsignedInt("validation scheme");
        if (scheme == 0) {
            return;
        }
        if (scheme > 2) {
            throw in.error("invalid validation scheme " + scheme + " in END (0 none, 1 CRC32, 2 checksum32)");
        }
        long expected = scheme == 1 ? in.crc32() : in.checksum32();
        long stored = 0;
        for (int i = 0; i < 4; i++) {
            if (in.atEnd()) {
                throw in.error("file ends within the END record's validation signature (truncated)");
            }
            stored |= (long) in.readByte() << (8 * i);
        }
        if (stored != expected) {
            throw in.errorAt(at, "validation failed: the END record's " + (scheme == 1 ? "CRC32" : "checksum32")
                    + " is " + String.format("0x%08x", stored) + " but the file's is "
                    + String.format("0x%08x", expected) + " (file damaged)");
        }
    }

    /**
     * In strict mode (table flag 1) a table's records stand together at the table's offset: none
     * before it, and an offset of 0 only when there are none at all.
     */
    private void checkStrictTables() {
        NameTable[] t = {cellNames, textStrings, propNames, propStrings, null, xNames};
        for (int i = 0; i < 6; i++) {
            if (tableFlags[i] == 0) {
                continue;
            }
            long first = t[i] != null ? t[i].firstOffset : layerNameFirst;
            if (first < 0) {
                continue;
            }
            if (tableOffsets[i] == 0) {
                throw in.errorAt(first, "strict mode: " + TABLES[i] + " record but the " + TABLES[i]
                        + " table offset is 0");
            }
            if (first < tableOffsets[i]) {
                throw in.errorAt(first, "strict mode: " + TABLES[i] + " record before its table at offset "
                        + tableOffsets[i]);
            }
        }
    }

    private void record(int id) {
        switch (id) {
            case 0 -> {
                // PAD
            }
            case 1 -> throw in.error("second START record");
            case 3, 4 -> cellNames.add(in, id == 4, in.string(), id == 4 ? in.unsigned() : 0);
            case 5, 6 -> textStrings.add(in, id == 6, in.string(), id == 6 ? in.unsigned() : 0);
            case 7, 8 -> {
                propNames.add(in, id == 8, in.string(), id == 8 ? in.unsigned() : 0);
                propertyTarget = null;
            }
            case 9, 10 -> {
                propStrings.add(in, id == 10, in.string(), id == 10 ? in.unsigned() : 0);
                propertyTarget = null;
            }
            case 11, 12 -> layerName();
            case 13, 14 -> cell(id);
            case 15 -> relative = false;
            case 16 -> relative = true;
            case 17, 18 -> placement(id);
            case 19 -> text();
            case 20 -> rectangle();
            case 21 -> polygon();
            case 22 -> path();
            case 23, 24, 25 -> trapezoid(id);
            case 26 -> ctrapezoid();
            case 27 -> circle();
            case 28 -> property();
            case 29 -> {
                if (lastProperty == null) {
                    throw in.error("PROPERTY repeat (record 29) without a previous PROPERTY");
                }
                attach(new PendingProperty(lastProperty.name(), lastProperty.nameRef(), lastProperty.standard(),
                        lastProperty.values(), in.recordOffset()));
            }
            case 30, 31 -> {
                in.unsigned();
                xNames.add(in, id == 31, in.string(), id == 31 ? in.unsigned() : 0);
                propertyTarget = null;
            }
            case 32 -> {
                requireCell("XELEMENT");
                in.unsigned();
                in.bytes();
                propertyTarget = null;
                warnings.add(in.recordOffset(), "XELEMENT skipped (as KLayout skips it)");
            }
            case 33 -> xgeometry();
            case 34 -> in.enterCblock();
            default -> throw in.error("unknown record type " + id);
        }
    }

    private void layerName() {
        in.string();
        for (int k = 0; k < 2; k++) {
            int type = in.unsignedInt("interval type");
            switch (type) {
                case 0 -> {
                }
                case 1, 2, 3 -> in.unsigned();
                case 4 -> {
                    in.unsigned();
                    in.unsigned();
                }
                default -> throw in.error("invalid interval type " + type + " in LAYERNAME (0 to 4)");
            }
        }
        if (layerNameFirst < 0) {
            layerNameFirst = in.recordOffset();
        }
        propertyTarget = null;
    }

    private void cell(int id) {
        long at = in.recordOffset();
        cell = id == 13 ? new CellBuilder(null, in.unsigned(), at) : new CellBuilder(in.string(), -1, at);
        cells.add(cell);
        propertyTarget = cell.properties;
        // modal variables are reset at every CELL
        relative = false;
        placementX = placementY = textX = textY = geometryX = geometryY = 0;
        placementCell = null;
        placementCellRef = -1;
        layer = datatype = textLayer = textType = -1;
        textString = null;
        textStringRef = -1;
        geometryW = geometryH = -1;
        polygonPoints = pathPoints = null;
        halfWidth = -1;
        startExtension = endExtension = null;
        ctrapezoidType = -1;
        circleRadius = -1;
        repetition = null;
        lastProperty = null;
    }

    private void requireCell(String what) {
        if (cell == null) {
            throw in.error(what + " record outside a cell (before the first CELL)");
        }
    }

    private long x(boolean present, long modal) {
        if (!present) {
            return modal;
        }
        long v = in.signed();
        return relative ? modal + v : v;
    }

    private Repetition repetition(boolean present) {
        if (!present) {
            return null;
        }
        repetition = Repetition.read(in, repetition);
        return repetition;
    }

    /** The x, y and repetition fields of a geometry record (info bits 4, 3 and 2), updating the modal variables. */
    private Repetition geometryPosition(int info) {
        geometryX = x((info & 0x10) != 0, geometryX);
        geometryY = x((info & 0x08) != 0, geometryY);
        return repetition((info & 0x04) != 0);
    }

    private void placement(int id) {
        requireCell("PLACEMENT");
        int info = in.readByte();
        if ((info & 0x80) != 0) {
            if ((info & 0x40) != 0) {
                placementCellRef = in.unsigned();
                placementCell = null;
            } else {
                placementCell = in.string();
                placementCellRef = -1;
            }
        } else if (placementCell == null && placementCellRef < 0) {
            throw in.error("PLACEMENT without a cell and no previous placement cell (modal placement-cell undefined)");
        }
        double mag = 1;
        double angle;
        if (id == 18) {
            if ((info & 0x04) != 0) {
                mag = in.real();
                if (!(mag > 0) || Double.isInfinite(mag)) {
                    throw in.error("PLACEMENT magnification " + mag + " (must be positive)");
                }
            }
            angle = (info & 0x02) != 0 ? in.real() : 0;
            if (Double.isNaN(angle) || Double.isInfinite(angle)) {
                throw in.error("PLACEMENT angle " + angle);
            }
        } else {
            angle = 90.0 * ((info >> 1) & 3);
        }
        boolean mirror = (info & 0x01) != 0;
        placementX = x((info & 0x20) != 0, placementX);
        placementY = x((info & 0x10) != 0, placementY);
        Repetition rep = repetition((info & 0x08) != 0);
        List<PendingProperty> props = new ArrayList<>(0);
        propertyTarget = props;
        int px = in.coord(placementX);
        int py = in.coord(placementY);
        if (rep == null || rep.lattice) {
            Trans t = Trans.ofPlacement(mirror, angle, mag, px, py);
            cell.placements.add(new CellBuilder.PendingPlacement(placementCell, placementCellRef, t, rep, props,
                    in.recordOffset()));
            count(1); // a lattice stays one array instance
            return;
        }
        long n = rep.count();
        count(n);
        for (long k = 0; k < n; k++) {
            Trans t = Trans.ofPlacement(mirror, angle, mag, in.coord(placementX + rep.dx(k)),
                    in.coord(placementY + rep.dy(k)));
            cell.placements.add(new CellBuilder.PendingPlacement(placementCell, placementCellRef, t, null, props,
                    in.recordOffset()));
        }
    }

    private void text() {
        requireCell("TEXT");
        int info = in.readByte();
        if ((info & 0x80) != 0) {
            throw in.error("TEXT info byte has the reserved bit set");
        }
        if ((info & 0x40) != 0) {
            if ((info & 0x20) != 0) {
                textStringRef = in.unsigned();
                textString = null;
            } else {
                textString = in.string();
                textStringRef = -1;
            }
        } else if (textString == null && textStringRef < 0) {
            throw in.error("TEXT without a string and no previous one (modal text-string undefined)");
        }
        if ((info & 0x01) != 0) {
            textLayer = in.unsignedInt("text layer");
        }
        if ((info & 0x02) != 0) {
            textType = in.unsignedInt("text type");
        }
        if (textLayer < 0 || textType < 0) {
            throw in.error("TEXT without " + (textLayer < 0 ? "textlayer" : "texttype") + " (modal variable undefined)");
        }
        textX = x((info & 0x10) != 0, textX);
        textY = x((info & 0x08) != 0, textY);
        Repetition rep = repetition((info & 0x04) != 0);
        LayerKey key = new LayerKey((int) textLayer, (int) textType);
        List<PendingProperty> props = new ArrayList<>(0);
        propertyTarget = props;
        long n = rep == null ? 1 : rep.count();
        count(n);
        for (long k = 0; k < n; k++) {
            long dx = rep == null ? 0 : rep.dx(k);
            long dy = rep == null ? 0 : rep.dy(k);
            cell.texts.add(new CellBuilder.PendingText(textString, textStringRef, key, in.coord(textX + dx),
                    in.coord(textY + dy), props, in.recordOffset()));
        }
    }

    /** Reads the layer and datatype fields of a geometry record (bits 0 and 1 of its info byte). */
    private LayerKey layerAndDatatype(int info, String what) {
        if ((info & 0x01) != 0) {
            layer = in.unsignedInt("layer");
        }
        if ((info & 0x02) != 0) {
            datatype = in.unsignedInt("datatype");
        }
        if (layer < 0 || datatype < 0) {
            throw in.error(what + " without " + (layer < 0 ? "layer" : "datatype") + " (modal variable undefined)");
        }
        return new LayerKey((int) layer, (int) datatype);
    }

    private long modal(long value, String name, String record) {
        if (value < 0) {
            throw in.error(record + " without " + name + " (modal variable undefined)");
        }
        return value;
    }

    private void rectangle() {
        requireCell("RECTANGLE");
        int info = in.readByte();
        LayerKey key = layerAndDatatype(info, "RECTANGLE");
        boolean square = (info & 0x80) != 0;
        if ((info & 0x40) != 0) {
            geometryW = in.unsigned();
        }
        if ((info & 0x20) != 0) {
            if (square) {
                throw in.error("RECTANGLE marked square carries a height");
            }
            geometryH = in.unsigned();
        }
        long w = modal(geometryW, "width", "RECTANGLE");
        if (square) {
            geometryH = w;
        }
        long h = modal(geometryH, "height", "RECTANGLE");
        Repetition rep = geometryPosition(info);
        Shapes s = cell.shapes(key);
        long n = rep == null ? 1 : rep.count();
        count(n);
        int from = s.size();
        for (long k = 0; k < n; k++) {
            long x0 = geometryX + (rep == null ? 0 : rep.dx(k));
            long y0 = geometryY + (rep == null ? 0 : rep.dy(k));
            s.addBox(in.coord(x0), in.coord(y0), in.coord(x0 + w), in.coord(y0 + h));
        }
        shapeProperties(s, from);
    }

    private void polygon() {
        requireCell("POLYGON");
        int info = in.readByte();
        if ((info & 0xC0) != 0) {
            throw in.error("POLYGON info byte has reserved bits set");
        }
        LayerKey key = layerAndDatatype(info, "POLYGON");
        if ((info & 0x20) != 0) {
            polygonPoints = PointList.read(in, true);
        }
        if (polygonPoints == null) {
            throw in.error("POLYGON without a point list (modal polygon-point-list undefined)");
        }
        Repetition rep = geometryPosition(info);
        int np = polygonPoints.length / 2;
        if (np < 3) {
            propertyTarget = null;
            warnings.add(in.recordOffset(), "POLYGON with fewer than 3 points ignored");
            return;
        }
        addPointShapes(key, polygonPoints, rep, -1, 0, 0, 0);
    }

    private void path() {
        requireCell("PATH");
        int info = in.readByte();
        LayerKey key = layerAndDatatype(info, "PATH");
        if ((info & 0x40) != 0) {
            halfWidth = in.unsigned();
        }
        long hw = modal(halfWidth, "half-width", "PATH");
        if ((info & 0x80) != 0) {
            int scheme = in.unsignedInt("extension scheme");
            if (scheme > 15) {
                throw in.error("invalid PATH extension scheme " + scheme);
            }
            startExtension = extension(scheme >> 2, startExtension, hw);
            endExtension = extension(scheme & 3, endExtension, hw);
        }
        if (startExtension == null || endExtension == null) {
            throw in.error("PATH without extensions (modal path extensions undefined)");
        }
        if ((info & 0x20) != 0) {
            pathPoints = PointList.read(in, false);
        }
        if (pathPoints == null) {
            throw in.error("PATH without a point list (modal path-point-list undefined)");
        }
        Repetition rep = geometryPosition(info);
        long bgn = startExtension;
        long end = endExtension;
        // flush and half-width ends keep their GDSII path type; anything else is type 4 (custom)
        int type = bgn == 0 && end == 0 ? 0 : bgn == hw && end == hw ? 2 : 4;
        addPointShapes(key, pathPoints, rep, type, in.coord(2 * hw), in.coord(bgn), in.coord(end));
    }

    private Long extension(int scheme, Long modal, long hw) {
        return switch (scheme) {
            case 0 -> modal;
            case 1 -> 0L;
            case 2 -> hw;
            default -> in.signed();
        };
    }

    private void trapezoid(int id) {
        requireCell("TRAPEZOID");
        int info = in.readByte();
        LayerKey key = layerAndDatatype(info, "TRAPEZOID");
        boolean vertical = (info & 0x80) != 0;
        if ((info & 0x40) != 0) {
            geometryW = in.unsigned();
        }
        if ((info & 0x20) != 0) {
            geometryH = in.unsigned();
        }
        long w = modal(geometryW, "width", "TRAPEZOID");
        long h = modal(geometryH, "height", "TRAPEZOID");
        long da = id == 25 ? 0 : in.signed();
        long db = id == 24 ? 0 : in.signed();
        Repetition rep = geometryPosition(info);
        // as KLayout: a positive delta moves the first corner of its side inwards, a negative one the other
        long[] p = {0, 0, 0, h, w, h, w, 0};
        if (!vertical) {
            if (da > 0) {
                p[2] += da;
            } else {
                p[0] -= da;
            }
            if (db > 0) {
                p[6] -= db;
            } else {
                p[4] += db;
            }
        } else {
            if (da > 0) {
                p[1] += da;
            } else {
                p[7] -= da;
            }
            if (db > 0) {
                p[5] -= db;
            } else {
                p[3] += db;
            }
        }
        addPointShapes(key, p, rep, -1, 0, 0, 0);
    }

    private void ctrapezoid() {
        requireCell("CTRAPEZOID");
        int info = in.readByte();
        LayerKey key = layerAndDatatype(info, "CTRAPEZOID");
        if ((info & 0x80) != 0) {
            ctrapezoidType = in.unsignedInt("ctrapezoid type");
            if (ctrapezoidType >= Ctrapezoid.TYPES) {
                int t = ctrapezoidType;
                ctrapezoidType = -1;
                throw in.error("invalid CTRAPEZOID type " + t + " (0 to 25)");
            }
        }
        if (ctrapezoidType < 0) {
            throw in.error("CTRAPEZOID without a type (modal ctrapezoid-type undefined)");
        }
        if ((info & 0x40) != 0) {
            geometryW = in.unsigned();
        }
        if ((info & 0x20) != 0) {
            geometryH = in.unsigned();
        }
        int t = ctrapezoidType;
        long w = Ctrapezoid.heightOnly(t) ? 0 : modal(geometryW, "width", "CTRAPEZOID");
        long h = Ctrapezoid.widthOnly(t) ? 0 : modal(geometryH, "height", "CTRAPEZOID");
        // as KLayout: the dimension a type implies becomes the modal one
        if (Ctrapezoid.heightOnly(t)) {
            w = geometryW = 2 * h;
        } else if (Ctrapezoid.widthOnly(t)) {
            h = geometryH = (t == 22 || t == 23) ? 2 * w : w;
        }
        Repetition rep = geometryPosition(info);
        long[] p = new long[8];
        int n = Ctrapezoid.points(t, w, h, p);
        addPointShapes(key, java.util.Arrays.copyOf(p, 2 * n), rep, -1, 0, 0, 0);
    }

    private void circle() {
        requireCell("CIRCLE");
        int info = in.readByte();
        if ((info & 0xC0) != 0) {
            throw in.error("CIRCLE info byte has reserved bits set");
        }
        LayerKey key = layerAndDatatype(info, "CIRCLE");
        if ((info & 0x20) != 0) {
            circleRadius = in.unsigned();
        }
        long r = modal(circleRadius, "radius", "CIRCLE");
        Repetition rep = geometryPosition(info);
        // KLayout reads a circle as a one-point path with round ends (GDSII path type 1)
        int rr = in.coord(r);
        addPointShapes(key, new long[] {0, 0}, rep, 1, in.coord(2 * r), rr, rr);
    }

    private void xgeometry() {
        requireCell("XGEOMETRY");
        int info = in.readByte();
        in.unsigned();
        if ((info & 0x01) != 0) {
            layer = in.unsignedInt("layer");
        }
        if ((info & 0x02) != 0) {
            datatype = in.unsignedInt("datatype");
        }
        in.bytes();
        geometryPosition(info);
        propertyTarget = null;
        warnings.add(in.recordOffset(), "XGEOMETRY skipped (as KLayout skips it)");
    }

    /**
     * Adds a polygon ({@code pathType} -1) or path at the geometry position, once per repetition
     * copy; points are relative to the position.
     */
    private void addPointShapes(LayerKey key, long[] rel, Repetition rep, int pathType, int width, int bgn, int end) {
        Shapes s = cell.shapes(key);
        int np = rel.length / 2;
        long n = rep == null ? 1 : rep.count();
        count(n);
        if (coords.length < 2 * np) {
            coords = new int[2 * np];
        }
        int from = s.size();
        for (long k = 0; k < n; k++) {
            long x0 = geometryX + (rep == null ? 0 : rep.dx(k));
            long y0 = geometryY + (rep == null ? 0 : rep.dy(k));
            for (int i = 0; i < np; i++) {
                coords[2 * i] = in.coord(x0 + rel[2 * i]);
                coords[2 * i + 1] = in.coord(y0 + rel[2 * i + 1]);
            }
            if (pathType < 0) {
                s.addPolygon(coords, 0, np);
            } else {
                s.addPath(coords, 0, np, width, pathType, bgn, end);
            }
        }
        shapeProperties(s, from);
    }

    private void shapeProperties(Shapes s, int from) {
        List<PendingProperty> props = new ArrayList<>(0);
        propertyTarget = props;
        // registered lazily: most shapes carry no properties
        pendingShapes = s;
        pendingFrom = from;
        pendingTo = s.size();
        pendingList = props;
    }

    private Shapes pendingShapes;
    private int pendingFrom;
    private int pendingTo;
    private List<PendingProperty> pendingList;

    private void property() {
        int info = in.readByte();
        String name = null;
        long nameRef = -1;
        if ((info & 0x04) != 0) {
            if ((info & 0x02) != 0) {
                nameRef = in.unsigned();
            } else {
                name = in.string();
            }
        } else {
            if (lastProperty == null) {
                throw in.error("PROPERTY without a name and no previous property (modal last-property-name undefined)");
            }
            name = lastProperty.name();
            nameRef = lastProperty.nameRef();
        }
        List<Object> values;
        if ((info & 0x08) != 0) {
            if ((info & 0xF0) != 0) {
                throw in.error("PROPERTY reuses the last value list but gives a value count");
            }
            if (lastProperty == null) {
                throw in.error("PROPERTY reuses the last value list but there is none (modal last-value-list undefined)");
            }
            values = lastProperty.values();
        } else {
            long count = (info >> 4) & 0x0F;
            if (count == 15) {
                count = in.unsigned();
            }
            values = new ArrayList<>();
            for (long i = 0; i < count; i++) {
                values.add(propertyValue());
            }
        }
        lastProperty = new PendingProperty(name, nameRef, (info & 0x01) != 0, values, in.recordOffset());
        attach(lastProperty);
    }

    private Object propertyValue() {
        int type = in.unsignedInt("property value type");
        if (type <= 7) {
            return in.realOfType(type);
        }
        return switch (type) {
            case 8 -> in.unsigned();
            case 9 -> in.signed();
            case 10, 11, 12 -> in.string();
            case 13, 14, 15 -> new PendingProperty.StringRef(in.unsigned());
            default -> throw in.error("invalid property value type " + type + " (0 to 15)");
        };
    }

    private void attach(PendingProperty p) {
        if (propertyTarget == null) {
            return; // properties of name records (S_CELL_OFFSET and the like): bookkeeping only
        }
        if (propertyTarget == pendingList && propertyTarget.isEmpty()) {
            cell.shapeProperties.add(new CellBuilder.ShapeProperties(pendingShapes, pendingFrom, pendingTo,
                    pendingList));
        }
        propertyTarget.add(p);
    }

    /** Counts element copies against --max-shapes: repetitions are expanded (see the package documentation). */
    private void count(long n) {
        expanded += n;
        if (expanded > options.maxShapes() || expanded < 0) {
            throw in.error("the file's elements and their repetitions exceed --max-shapes " + options.maxShapes());
        }
    }
}
