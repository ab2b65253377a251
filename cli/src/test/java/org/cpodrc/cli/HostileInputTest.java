package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.cpodrc.engine.MemoryEstimate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every row of issue 13's table of hostile and careless inputs, through the CLI: a located
 * one-line message and exit 3 (or 2 for a usage mistake, or a correct result), no trace, no
 * input overwritten, no report file left behind.
 */
class HostileInputTest {
    static final String DECK = """
            cpodrc: 1
            name: t
            layers:
              PIC: 1/0
              EIC: 2/0
            rules:
              - id: EIC.IN
                check: inside
                layer: EIC
                container: PIC
            """;

    @TempDir
    Path dir;
    private Path deck;
    private Path design;

    @BeforeEach
    void inputs() throws Exception {
        deck = Files.writeString(dir.resolve("deck.yaml"), DECK);
        design = new TinyGds("TOP").rect(1, 0, 0, 0, 100_000, 100_000).rect(2, 0, 90_000, 10_000, 110_000, 20_000)
                .write(dir.resolve("d.gds"));
    }

    private Cli check(String... more) {
        String[] args = Stream.concat(Stream.of("check", design.toString(), "--deck", deck.toString()), Stream.of(more))
                .toArray(String[]::new);
        return Cli.run(args);
    }

    /** Exit 3 with one line "cpodrc: PLACE: ..." naming the given file, no trace. */
    private static void inputError(Cli c, Path file, String... contains) {
        assertEquals(Main.EXIT_INPUT, c.code(), c.toString());
        oneLine(c, file, contains);
    }

    private static void oneLine(Cli c, Path file, String... contains) {
        String err = c.err().strip();
        assertFalse(err.contains("\n"), "one line: " + c);
        assertFalse(err.contains("Exception") || err.contains("Error:") || err.contains("\tat "), c.toString());
        assertTrue(err.startsWith("cpodrc: " + file), c.toString());
        for (String s : contains) {
            assertTrue(err.contains(s), "'" + s + "' in " + c);
        }
    }

    private Path deckWith(String name, String body) throws IOException {
        return Files.writeString(dir.resolve(name), body);
    }

    // ---- nesting ----

    @Test
    void deeplyNestedYamlDecksAndWaivers() throws Exception {
        deck = deckWith("flow.yaml", DECK + "description: " + "[".repeat(3000) + "]".repeat(3000) + "\n");
        inputError(check(), deck, "flow.yaml:11:113:", "nested 101 deep", "-Dcpodrc.maxNesting=N");
        StringBuilder maps = new StringBuilder(DECK + "extra:\n");
        for (int i = 0; i < 3000; i++) {
            maps.append(" ".repeat(i + 1)).append("k:\n");
        }
        deck = deckWith("maps.yaml", maps.toString());
        inputError(check(), deck, "nested 101 deep");
        deck = dir.resolve("deck.yaml");
        Path w = deckWith("w.yaml", "cpodrc-waivers: 1\nwaivers: " + "{a: ".repeat(3000) + "1" + "}".repeat(3000));
        inputError(check("--waivers", w.toString()), w, "w.yaml:2:", "nested 101 deep");
    }

    @Test
    void deeplyNestedBaselineAndLayerProperties() throws Exception {
        Path b = deckWith("b.json", "{\"violations\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        inputError(check("--baseline", b.toString()), b, "b.json:1:", "nested deeper than the nesting limit of 100");
        deckWith("l.lyp", "<layer-properties>" + "<group-members>".repeat(5000) + "</group-members>".repeat(5000)
                + "</layer-properties>");
        deck = deckWith("lyp.yaml", DECK.replace("layers:\n", "layers:\n  lyp: l.lyp\n"));
        Path lyp = dir.resolve("l.lyp");
        inputError(check(), lyp, "elements nested deeper than the nesting limit of 100");
    }

    @Test
    void deeplyNestedDerivedExpressionsAndChains() throws Exception {
        deck = deckWith("expr.yaml", DECK + "derived:\n  X: " + "(".repeat(1000) + "PIC" + ")".repeat(1000) + "\n");
        inputError(check(), deck, "expr.yaml:12:", "parentheses nested 101 deep");
        StringBuilder chain = new StringBuilder(DECK + "derived:\n  D0: PIC\n");
        for (int i = 1; i < 5000; i++) {
            chain.append("  D").append(i).append(": D").append(i - 1).append(" sized 1nm\n");
        }
        deck = deckWith("chain.yaml", chain.toString());
        inputError(check(), deck, "chain.yaml:", "derived layers chained 101 deep ('D100' uses 'D99' ...)");
    }

    @Test
    void cellsNested5000DeepAreRead() throws Exception {
        Path deep = deepHierarchy(dir.resolve("deep.gds"), 5000);
        Cli info = Cli.run("info", deep.toString());
        assertEquals(Main.EXIT_OK, info.code(), info.toString());
        assertTrue(info.out().contains("cells      5000"), info.out());
        design = deep;
        Cli c = check("--report", "json=" + dir.resolve("r.json"));
        assertEquals(Main.EXIT_VIOLATIONS, c.code(), c.toString()); // the EIC square lies outside any PIC
        assertTrue(Files.readString(dir.resolve("r.json")).contains("[4.999, 0.0, 5.009, 0.01]"));
    }

    /** Cell Ck places C(k-1) one database unit to the right; C0 holds a 10 x 10 square on layer 2. */
    static Path deepHierarchy(Path file, int depth) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        libraryHeader(out);
        for (int k = 0; k < depth; k++) {
            rec(out, 0x0502, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            str(out, 0x0606, "C" + k);
            if (k == 0) {
                rec(out, 0x0800, 0, 0);
                rec(out, 0x0D02, 0, 2, 2);
                rec(out, 0x0E02, 0, 2, 0);
                rec(out, 0x1003, 1, 4, 0, 0, 10, 0, 10, 10, 0, 10, 0, 0);
            } else {
                rec(out, 0x0A00, 0, 0);
                str(out, 0x1206, "C" + (k - 1));
                rec(out, 0x1003, 1, 4, 1, 0);
            }
            rec(out, 0x1100, 0, 0);
            rec(out, 0x0700, 0, 0);
        }
        rec(out, 0x0400, 0, 0);
        return Files.write(file, bytes.toByteArray());
    }

    /** HEADER, BGNLIB, LIBNAME and UNITS (1 nm database unit). */
    private static void libraryHeader(DataOutputStream out) throws IOException {
        rec(out, 0x0002, 0, 2, 600);
        rec(out, 0x0102, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        str(out, 0x0206, "L");
        out.writeShort(20);
        out.writeShort(0x0305);
        out.writeLong(0x3E4189374BC6A7EFL); // 0.001
        out.writeLong(0x3944B82FA09B5A54L); // 1e-9
    }

    /** A cell holding one BOUNDARY on the layer (datatype 0) with the given XY points, the closing one included. */
    private static void cellWithBoundary(DataOutputStream out, String name, int layer, int... xy) throws IOException {
        rec(out, 0x0502, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        str(out, 0x0606, name);
        rec(out, 0x0800, 0, 0);
        rec(out, 0x0D02, 0, 2, layer);
        rec(out, 0x0E02, 0, 2, 0);
        rec(out, 0x1003, 1, 4, xy);
        rec(out, 0x1100, 0, 0);
        rec(out, 0x0700, 0, 0);
    }

    private static void rec(DataOutputStream out, int type, int unused, int size, int... v) throws IOException {
        out.writeShort(4 + size * v.length);
        out.writeShort(type);
        for (int x : v) {
            if (size == 2) {
                out.writeShort(x);
            } else {
                out.writeInt(x);
            }
        }
    }

    private static void str(DataOutputStream out, int type, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        int n = b.length + (b.length % 2);
        out.writeShort(4 + n);
        out.writeShort(type);
        out.write(b);
        if (n > b.length) {
            out.write(0);
        }
    }

    // ---- files that are not files, or too big ----

    @Test
    void fifosDevicesDirectoriesAndHugeSparseFilesAreRefusedBeforeReading() throws Exception {
        Path fifo = dir.resolve("in.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        Path sparse = dir.resolve("sparse.yaml");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(2L << 30);
        }
        for (Path bad : List.of(fifo, Path.of("/dev/zero"), sparse, dir)) {
            String reason = bad.equals(sparse) ? "more than the 16 MB limit (raise it with JAVA_OPTS=-Dcpodrc.maxTextMB=N)"
                    : bad.equals(dir) ? "is a directory" : "is not a regular file";
            Path keep = deck;
            deck = bad;
            inputError(check(), bad, "cannot read deck: ", reason);
            deck = deckWith("ext.yaml", "cpodrc: 1\nname: e\nextends: " + bad + "\n");
            inputError(check(), deck, "ext.yaml:3:10: cannot read base deck", reason);
            deck = deckWith("lyp.yaml", DECK.replace("layers:\n", "layers:\n  lyp: " + bad + "\n"));
            inputError(check(), deck, "cannot read layer properties", reason);
            deck = keep;
            inputError(check("--waivers", bad.toString()), bad, "cannot read waiver file: ", reason);
            if (!bad.equals(sparse)) { // the baseline limit is 1 GB: 2 GB is over it as well
                inputError(check("--baseline", bad.toString()), bad, "cannot read baseline report: ", reason);
            } else {
                inputError(check("--baseline", bad.toString()), bad, "more than the 1.0 GB limit",
                        "-Dcpodrc.maxBaselineMB=N");
            }
            if (!bad.equals(sparse)) {
                Path keepDesign = design;
                design = bad;
                inputError(check(), bad, reason);
                design = keepDesign;
            }
        }
    }

    @Test
    void aFiftyMegabyteLineIsRefusedBySize() throws Exception {
        deck = deckWith("long.yaml", DECK + "# " + "x".repeat(50 << 20) + "\n");
        inputError(check(), deck, "is 50.0 MB, more than the 16 MB limit");
    }

    @Test
    void aTenMegabyteCommentLineIsReadInLinearTime() throws Exception {
        // snakeyaml's default 1 KB buffer made one long line quadratic (a 2 MB line took 7 s)
        deck = deckWith("long.yaml", DECK + "# " + "x".repeat(10 << 20) + "\n");
        Cli c = check("--quiet");
        assertEquals(Main.EXIT_VIOLATIONS, c.code(), c.toString());
    }

    @Test
    void exponentialParamsAreStoppedAtTheDollarBrace() throws Exception {
        StringBuilder d = new StringBuilder(DECK + "params:\n");
        for (int i = 0; i < 40; i++) {
            d.append("  p").append(i).append(": ${p").append(i + 1).append("}${p").append(i + 1).append("}\n");
        }
        d.append("  p40: xxxxxxxx\n");
        deck = deckWith("params.yaml", d.toString());
        Cli c = check();
        inputError(c, deck, "makes the deck's expanded text exceed the 16 MB limit",
                "-Dcpodrc.maxExpansionMB=N");
        assertTrue(c.err().matches("(?s)cpodrc: \\S+params\\.yaml:\\d+:\\d+: substituting \\$\\{p\\d+\\}.*"), c.err());
    }

    @Test
    void binaryAndNonUtf8TextInputsAreNamed() throws Exception {
        Path bin = Files.write(dir.resolve("bin.yaml"), new byte[] {'c', 'p', 0x00, 0x13, (byte) 0xFF});
        deck = bin;
        inputError(check(), bin, "bin.yaml:1:3: a binary file (NUL byte at offset 2), not UTF-8 text");
        deck = dir.resolve("deck.yaml");
        inputError(check("--waivers", bin.toString()), bin, "bin.yaml:1:3: a binary file");
        Path latin = Files.write(dir.resolve("latin.yaml"),
                "cpodrc-waivers: 1\n# M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));
        inputError(check("--waivers", latin.toString()), latin, "latin.yaml:2:4: not UTF-8 text (byte 0xFC");
        inputError(check("--baseline", bin.toString()), bin, "bin.yaml:1:3: a binary file (NUL byte at offset 2)");
        // a GDSII file (00 06 00 02 ...) as the baseline: JSON's encoding guess took it for UTF-16
        inputError(check("--baseline", design.toString()), design, "d.gds:1:1: a binary file (NUL byte at offset 0)");
    }

    // ---- design files ----

    @Test
    void damagedGzipDesignIsAnInputError() throws Exception {
        byte[] plain = Files.readAllBytes(design);
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(z)) {
            g.write(plain);
        }
        byte[] bad = z.toByteArray();
        bad[bad.length - 6] ^= 0x40; // in the CRC-32
        design = Files.write(dir.resolve("d.gds.gz"), bad);
        inputError(check(), design, "damaged gzip stream", "CRC-32");
    }

    @Test
    void shapesAtTheEndsOf32BitsAreChecked() throws Exception {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        // EIC inside PIC at the top right corner of the grid; EIC alone at the bottom left one
        design = new TinyGds("TOP").rect(1, 0, max - 1000, max - 1000, max, max).rect(2, 0, max - 500, max - 500, max, max)
                .rect(2, 0, min, min, min + 500, min + 500).write(dir.resolve("edge32.gds"));
        Path json = dir.resolve("r.json");
        Cli c = check("--quiet", "--report", "json=" + json);
        assertEquals(Main.EXIT_VIOLATIONS, c.code(), c.toString());
        assertEquals("", c.err(), c.toString());
        String report = Files.readString(json);
        assertTrue(report.contains("[-2147483.648, -2147483.648, -2147483.148, -2147483.148]"), report);
        assertEquals(1, report.split("\"rule\": \"EIC.IN\"", -1).length - 1, report);
    }

    @Test
    void placementsBeyond32BitsNameTheDesignAndTheCell() throws Exception {
        // an SREF offset, an AREF's second column and a magnification each move R's square off the grid
        for (String how : List.of("sref", "aref", "mag")) {
            design = placedBeyond32Bits(dir.resolve(how + ".gds"), how);
            inputError(check(), design, ": a shape of cell R lands at coordinate ",
                    "beyond the \u00b12147483647 database units of the 32-bit database grid");
        }
    }

    /** R holds a square on layer 2 (EIC) at x = 1.1e9 (0 for "mag"); TOP places it so it lands beyond 2^31. */
    private static Path placedBeyond32Bits(Path file, String how) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        libraryHeader(out);
        int x = how.equals("mag") ? 0 : 1_100_000_000;
        cellWithBoundary(out, "R", 2, x, 0, x + 10_000, 0, x + 10_000, 10_000, x, 10_000, x, 0);
        rec(out, 0x0502, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        str(out, 0x0606, "TOP");
        switch (how) {
            case "sref" -> {
                rec(out, 0x0A00, 0, 0);
                str(out, 0x1206, "R");
                rec(out, 0x1003, 1, 4, 1_100_000_000, 0);
            }
            case "aref" -> { // two columns 1.07e9 apart: every point of the record fits 32 bits
                rec(out, 0x0B00, 0, 0);
                str(out, 0x1206, "R");
                rec(out, 0x1302, 0, 2, 2, 1);
                rec(out, 0x1003, 1, 4, 0, 0, 2_140_000_000, 0, 0, 1000);
            }
            default -> { // MAG 1e6: the 10 um square becomes 10 m
                rec(out, 0x0A00, 0, 0);
                str(out, 0x1206, "R");
                rec(out, 0x1A01, 0, 2, 0);
                out.writeShort(12);
                out.writeShort(0x1B05);
                out.writeLong(0x45F4240000000000L); // 1e6
                rec(out, 0x1003, 1, 4, 0, 0);
            }
        }
        rec(out, 0x1100, 0, 0);
        rec(out, 0x0700, 0, 0);
        rec(out, 0x0400, 0, 0);
        return Files.write(file, bytes.toByteArray());
    }

    @Test
    void aDesignTooBigForTheHeapIsRefusedWithAdvice() throws Exception {
        // an AREF of side x side squares, just more than the heap by the estimate; counting them is cheap
        int side = 1;
        while (MemoryEstimate.bytesFor(new MemoryEstimate.Size((long) side * side, 4L * side * side))
                <= Runtime.getRuntime().maxMemory()) {
            side += 10;
        }
        design = arefDesign(dir.resolve("aref.gds"), side);
        Cli c = check();
        inputError(c, design, "shapes (" + 4L * side * side + " vertices); checking them needs about",
                "of Java heap but the heap is", "raise -Xmx through JAVA_OPTS", "--max-shapes N");
    }

    @Test
    void infoRefusesFewShapesOfManyVerticesTooBigForTheHeap() throws Exception {
        // a polygon at the GDSII record limit (8,190 points and the closing one) placed 1000 x 1000
        // times: a million shapes pass the shape limit, but 8.2 billion vertices fill no heap
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        libraryHeader(out);
        int steps = 4094;
        int[] xy = new int[2 * 8191];
        int n = 0;
        xy[n++] = 0;
        xy[n++] = 0;
        for (int k = 0; k < steps; k++) { // a staircase: up, then right
            xy[n++] = k * 1000;
            xy[n++] = (k + 1) * 1000;
            xy[n++] = (k + 1) * 1000;
            xy[n++] = (k + 1) * 1000;
        }
        xy[n++] = steps * 1000;
        xy[n++] = 0;
        assertEquals(2 * 8190, n); // the last pair stays (0, 0), closing the ring
        cellWithBoundary(out, "S", 1, xy);
        rec(out, 0x0502, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        str(out, 0x0606, "TOP");
        rec(out, 0x0B00, 0, 0);
        str(out, 0x1206, "S");
        rec(out, 0x1302, 0, 2, 1000, 1000);
        rec(out, 0x1003, 1, 4, 0, 0, 1000 * 2_100_000, 0, 0, 1000 * 2_100_000);
        rec(out, 0x1100, 0, 0);
        rec(out, 0x0700, 0, 0);
        rec(out, 0x0400, 0, 0);
        Path stairs = Files.write(dir.resolve("stairs.gds"), bytes.toByteArray());
        Cli c = Cli.run("info", stairs.toString());
        inputError(c, stairs, "the top cells flatten into 1000000 shapes (8190000000 vertices); flattening and merging them "
                + "needs about", "raise -Xmx through JAVA_OPTS", "--max-shapes N");
        design = stairs;
        inputError(check(), stairs, "8190000000 vertices); checking them needs about");
    }

    /** TOP holds an AREF of side x side placements of cell R (one 10 x 10 square on layer 2). */
    static Path arefDesign(Path file, int side) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        libraryHeader(out);
        cellWithBoundary(out, "R", 2, 0, 0, 10, 0, 10, 10, 0, 10, 0, 0);
        rec(out, 0x0502, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        str(out, 0x0606, "TOP");
        rec(out, 0x0B00, 0, 0);
        str(out, 0x1206, "R");
        rec(out, 0x1302, 0, 2, side, side);
        rec(out, 0x1003, 1, 4, 0, 0, side * 20, 0, 0, side * 20);
        rec(out, 0x1100, 0, 0);
        rec(out, 0x0700, 0, 0);
        rec(out, 0x0400, 0, 0);
        return Files.write(file, bytes.toByteArray());
    }

    // ---- reports ----

    @Test
    void twoReportsToOneFileAreAUsageError() {
        Path r = dir.resolve("r.json");
        Cli c = check("--report", "json=" + r, "--report", "sarif=" + dir.resolve("x/../r.json"));
        assertEquals(Main.EXIT_USAGE, c.code(), c.toString());
        assertTrue(c.err().contains("two reports go to"), c.toString());
        assertFalse(Files.exists(r));
    }

    @Test
    void aReportNeverOverwritesAnInput() throws Exception {
        Path base = deckWith("base.yaml", DECK);
        deck = deckWith("child.yaml", "cpodrc: 1\nname: c\nextends: base.yaml\n");
        deckWith("l.lyp", "<layer-properties><properties><source>9/0@1</source><name>X</name></properties>"
                + "</layer-properties>");
        Files.writeString(base, DECK.replace("layers:\n", "layers:\n  lyp: l.lyp\n"));
        Path w = deckWith("w.yaml", "cpodrc-waivers: 1\nwaivers:\n");
        Path b = deckWith("b.json", "{\"violations\": []}");
        Files.createSymbolicLink(dir.resolve("link.gds"), design);
        for (Path input : List.of(design, dir.resolve("link.gds"), deck, base, dir.resolve("l.lyp"), w, b)) {
            byte[] before = Files.readAllBytes(input);
            for (String format : List.of("gds", "json")) {
                Cli c = check("--waivers", w.toString(), "--baseline", b.toString(), "--report", format + "=" + input);
                assertEquals(Main.EXIT_USAGE, c.code(), c.toString());
                assertTrue(c.err().contains("report would overwrite the input"), c.toString());
                assertArrayEquals(before, Files.readAllBytes(input), input.toString());
            }
        }
    }

    @Test
    void unwritableReportPathsNameThePathAndTheReason() throws Exception {
        Path missing = dir.resolve("no/such/dir/r.json");
        Cli c = check("--report", "json=" + missing);
        inputError(c, missing, "cannot write the json report: the folder " + missing.getParent() + " does not exist");
        assertFalse(c.err().contains(".tmp"), c.toString());
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (!Files.isWritable(ro)) { // root may write anyway
                Cli r = check("--report", "json=" + ro.resolve("r.json"));
                inputError(r, ro.resolve("r.json"), "is not writable (permission denied)");
                assertFalse(r.err().contains(".tmp"), r.toString());
            }
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void allReportsAreCommittedTogetherOrNone() throws Exception {
        Path first = Files.writeString(dir.resolve("old.json"), "old");
        Path second = dir.resolve("missing/r.sarif");
        Cli c = check("--report", "json=" + first, "--report", "sarif=" + second);
        inputError(c, second, "does not exist", "(no report was written)");
        assertEquals("old", Files.readString(first));
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void htmlReportIsByteIdenticalAcrossRuns() throws Exception {
        deck = deckWith("derived.yaml", DECK + "  - id: X\n    check: width\n    layer: BOTH\n    min: 200um\n"
                + "derived:\n  BOTH: (PIC or EIC) not (EIC sized 1um)\n");
        Path a = dir.resolve("a.html");
        Path b = dir.resolve("b.html");
        assertEquals(Main.EXIT_VIOLATIONS, check("--threads", "2", "--quiet", "--report", "html=" + a).code());
        assertEquals(Main.EXIT_VIOLATIONS, check("--threads", "2", "--quiet", "--report", "html=" + b).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    // ---- found by fuzzing stack files and deck tests (InputFuzzTest) ----

    @Test
    void aStackFileWithADamagedFirstLineIsNamedNotTheDeck() throws Exception {
        Path stack = deckWith("s.stack.yaml", "1e400cpodrc-stack: 1\nname: demo\n");
        deck = deckWith("die-deck.yaml", "cpodrc: 1\nname: d\nrules:\n  - id: N\n    check: count\n"
                + "    layer: PIC.TSV\n    max: 0\n");
        design = stack;
        inputError(check(), stack);
    }

    @Test
    void deckTestCoordinatesBeyond32BitsAreLocated() throws Exception {
        for (String shape : List.of("{polygon: [0, 0, 10, 0, 11234567890123456789012345678900, 10]}",
                "{box: [0, 0, 1e999999, 1]}", "{circle: [2147483, 0], diameter: 10}",
                "{path: [0, 0, -3000000, 0], width: 1}", "{text: a, at: [0, 1e12]}")) {
            Path t = deckWith("t.test.yaml", "cpodrc-deck-test: 1\ncases:\n  - name: c\n    layout:\n"
                    + "      PIC: [" + shape + "]\n    expect: {EIC.IN: clean}\n");
            Cli c = Cli.run("deck", "test", deck.toString(), t.toString());
            inputError(c, t, t + ":5:13: ", "database units of a layout coordinate");
        }
    }
}
