package org.cpodrc.stack;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.InputException;
import org.cpodrc.check.Assembly;
import org.cpodrc.deck.DesignLayers;
import org.cpodrc.deck.syntax.Suggest;
import org.cpodrc.deck.yaml.Scalar;
import org.cpodrc.engine.TopCells;
import org.cpodrc.layoutio.LayoutFiles;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Placement;

/**
 * A stack file with its die files read and every die placed on the package grid (STACK-SPEC §2):
 * the package database unit is the smallest of the die files' units; a die whose unit is not an
 * integer multiple of it, or a placement or box off that grid, is an input error located in the
 * stack file. Each die layer {@code DIE.NAME} gets a package layer number, 1/0 upward in stack
 * order, so the layers never clash (the assembled GDS uses the same numbers).
 */
public final class Stack {
    /** Served for deck layers the stack does not map: always empty. */
    public static final LayerKey UNBOUND = new LayerKey(0, 0);
    private static final double DEFAULT_DBU_UM = 0.001;

    private final StackFile file;
    private final double dbuUm;
    private final List<PlacedDie> dies;
    /** DIE.NAME → package layer, in stack order. */
    private final Map<String, LayerKey> keys = new LinkedHashMap<>();
    private volatile Assembly assembly;

    private Stack(StackFile file, double dbuUm, List<PlacedDie> dies) {
        this.file = file;
        this.dbuUm = dbuUm;
        this.dies = List.copyOf(dies);
        int n = 1;
        for (PlacedDie d : dies) {
            for (String l : d.layerNames()) {
                keys.put(d.name() + "." + l, new LayerKey(n++, 0));
            }
        }
    }

    /** Reads the stack file and every die file. */
    public static Stack load(Path stackFile, long maxShapes) {
        return load(StackFileReader.read(stackFile), maxShapes);
    }

    public static Stack load(StackFile f, long maxShapes) {
        List<Layout> layouts = new ArrayList<>();
        double dbu = Double.POSITIVE_INFINITY;
        for (StackFile.Die d : f.dies()) {
            Layout l = d.drawn() != null ? d.drawn() : d.file() == null ? null : read(d, maxShapes);
            layouts.add(l);
            if (l != null) {
                dbu = Math.min(dbu, l.dbuUm());
            }
        }
        if (dbu == Double.POSITIVE_INFINITY) {
            dbu = DEFAULT_DBU_UM;
        }
        // 12 significant digits: a UNITS double some writers truncate (0.0009999999999999998 um) is
        // the 1 nm grid a user means and KLayout shows; exact decimals would put every 0.001 off it
        BigDecimal grid = new BigDecimal(Double.toString(dbu)).round(new MathContext(12)).stripTrailingZeros();
        List<PlacedDie> placed = new ArrayList<>();
        for (int i = 0; i < f.dies().size(); i++) {
            StackFile.Die d = f.dies().get(i);
            Layout l = layouts.get(i);
            if (l == null) {
                placed.add(new PlacedDie(d, null, null, maxShapes, Placement.IDENTITY, boxes(d, grid)));
                continue;
            }
            double ratio = l.dbuUm() / dbu;
            long scale = Math.round(ratio);
            if (Math.abs(ratio - scale) > 1e-9 * ratio) {
                throw (d.fileScalar() == null ? d.name() : d.fileScalar()).error("die '" + d.dieName() + "': database unit " + Double.toString(l.dbuUm())
                        + " um is not an integer multiple of the package database unit " + Double.toString(dbu)
                        + " um (the smallest of the die files')");
            }
            long dx = onGrid(d.at()[0], d.atScalars()[0], grid, d.dieName());
            long dy = onGrid(d.at()[1], d.atScalars()[1], grid, d.dieName());
            placed.add(new PlacedDie(d, l, tops(d, l), maxShapes, new Placement(scale, d.flip(), d.rotate(), dx, dy),
                    PlacedDie.noBoxes()));
        }
        return new Stack(f, dbu, placed);
    }

    private static Layout read(StackFile.Die d, long maxShapes) {
        Scalar at = d.fileScalar();
        if (!Files.exists(d.file())) {
            throw at.error("die '" + d.dieName() + "': no such file '" + at.value().strip() + "' (" + d.file() + ")");
        }
        if (!Files.isRegularFile(d.file())) {
            throw at.error("die '" + d.dieName() + "': '" + at.value().strip() + "' is not a file");
        }
        try {
            return LayoutFiles.read(d.file(), maxShapes);
        } catch (InputException e) {
            // keep the die file's own "FILE: offset N: ..." after the stack file's position
            throw new InputException(at.where() + ": die '" + d.dieName() + "': " + e.getMessage(), e);
        }
    }

    private static List<Cell> tops(StackFile.Die d, Layout l) {
        if (d.drawn() != null) {
            return TopCells.choose(l, null, d.dieName());
        }
        if (d.cell() != null) {
            Cell c = l.cell(d.cell());
            if (c == null) {
                List<String> names = l.cells().stream().map(Cell::name).sorted().toList();
                throw d.cellScalar().error("die '" + d.dieName() + "': " + d.fileScalar().value().strip()
                        + " has no cell '" + d.cell() + "'" + Suggest.hint(d.cell(), names));
            }
            return List.of(c);
        }
        try {
            return TopCells.choose(l, null, d.fileScalar().value().strip());
        } catch (InputException e) {
            throw d.fileScalar().error("die '" + d.dieName() + "': " + e.getMessage().replace("choose one with --top",
                    "choose one with 'cell:'"));
        }
    }

    private static Map<String, List<long[]>> boxes(StackFile.Die d, BigDecimal grid) {
        Map<String, List<long[]>> out = new LinkedHashMap<>();
        d.shapes().forEach((layer, list) -> {
            List<long[]> polys = new ArrayList<>();
            for (StackFile.Box b : list) {
                long[] v = new long[4];
                for (int k = 0; k < 4; k++) {
                    v[k] = onGrid(b.um()[k], b.where(), grid, d.dieName());
                }
                polys.add(new long[] {v[0], v[1], v[2], v[1], v[2], v[3], v[0], v[3]});
            }
            out.put(layer, polys);
        });
        return out;
    }

    /** µm to package units, exactly; off the grid is an input error at the value. */
    private static long onGrid(BigDecimal um, Scalar where, BigDecimal grid, String die) {
        BigDecimal[] qr = um.divideAndRemainder(grid);
        if (qr[1].signum() != 0) {
            String msg = "die '" + die + "': " + um.stripTrailingZeros().toPlainString() + " um is off the package grid of "
                    + grid.stripTrailingZeros().toPlainString() + " um (the smallest database unit of the die files)";
            throw where == null ? new InputException(msg) : where.error(msg);
        }
        try {
            return qr[0].longValueExact();
        } catch (ArithmeticException e) {
            throw where.error("die '" + die + "': " + um.toPlainString() + " um is too far out");
        }
    }

    public StackFile file() {
        return file;
    }

    public String name() {
        return file.name();
    }

    public double dbuUm() {
        return dbuUm;
    }

    public List<PlacedDie> dies() {
        return dies;
    }

    /** {@code DIE.NAME} → package layer, in stack order. */
    public Map<String, LayerKey> layerKeys() {
        return java.util.Collections.unmodifiableMap(keys);
    }

    /** The die and its layer name for a package layer, or null. */
    PlacedDie dieOf(LayerKey key) {
        for (Map.Entry<String, LayerKey> e : keys.entrySet()) {
            if (e.getValue().equals(key)) {
                return die(e.getKey().substring(0, e.getKey().indexOf('.')));
            }
        }
        return null;
    }

    String layerNameOf(LayerKey key) {
        for (Map.Entry<String, LayerKey> e : keys.entrySet()) {
            if (e.getValue().equals(key)) {
                return e.getKey().substring(e.getKey().indexOf('.') + 1);
            }
        }
        return null;
    }

    public PlacedDie die(String name) {
        return dies.stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
    }

    /** What the deck loader needs: the DIE.NAME layers and the stack's map of deck layer names. */
    public DesignLayers designLayers() {
        Map<String, LayerKey> bound = new LinkedHashMap<>();
        file.layers().forEach((deckName, ref) -> bound.put(deckName, keys.get(ref.value().strip())));
        return new DesignLayers(file.path().toString(), keys, bound, UNBOUND);
    }

    /** How the file of a die is named in reports: as the stack file wrote it. */
    static String fileLabel(StackFile.Die d) {
        return d.fileScalar() == null ? null : d.fileScalar().value().strip();
    }

    /** The dies as checks and reports see them (outlines merged, in package units). */
    public Assembly assembly() {
        Assembly a = assembly;
        if (a == null) {
            List<Assembly.Die> out = new ArrayList<>();
            for (PlacedDie d : dies) {
                out.add(new Assembly.Die(d.name(), d.spec().role(), d.spec().tier(), fileLabel(d.spec()), d.cell(),
                        d.placement(), d.region(StackGrammar.OUTLINE).merged()));
            }
            a = new Assembly(file.name(), dbuUm, out);
            assembly = a;
        }
        return a;
    }

    public StackLayerSource layerSource() {
        return new StackLayerSource(this);
    }
}
