package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cpodrc.report.LyrdbReport;
import org.cpodrc.testing.KLayout;
import org.cpodrc.testing.SampleRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KlayoutCommandTest {
    private static final Path SOURCE = Path.of("..", "klayout");

    @Test
    void installWritesTheShippedMacro(@TempDir Path dir) throws Exception {
        Path macros = dir.resolve("k/pymacros");
        Cli c = Cli.run("klayout", "install", "--dir", macros.toString());
        assertEquals(0, c.code(), c.toString());
        assertTrue(c.out().contains("installed " + macros.resolve("cpodrc.lym")), c.toString());
        assertArrayEquals(Files.readAllBytes(SOURCE.resolve("cpodrc.lym")), Files.readAllBytes(macros.resolve("cpodrc.lym")));
    }

    @Test
    void klayoutWithoutSubcommandIsAUsageError() {
        assertEquals(Main.EXIT_USAGE, Cli.run("klayout").code());
    }

    @Test
    void theLymIsUpToDateWithItsPythonSource() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(SOURCE.resolve("cpodrc.lym").toFile());
        String code = doc.getElementsByTagName("text").item(0).getTextContent();
        assertEquals(Files.readString(SOURCE.resolve("cpodrc.py")), code,
                "klayout/cpodrc.lym is stale: run python3 tools/make_lym.py");
        assertEquals("python", doc.getElementsByTagName("interpreter").item(0).getTextContent());
        assertEquals("true", doc.getElementsByTagName("autorun").item(0).getTextContent());
    }

    /**
     * In KLayout's batch mode: the macro loads without a GUI (no menu), saves an in-memory layout
     * as GDS, runs the cpodrc command on it (a stand-in script that records its arguments and
     * answers with an lyrdb written by our LyrdbReport), and KLayout opens the resulting database.
     */
    @Test
    void macroRunsInBatchModeAndKLayoutOpensTheResult(@TempDir Path dir) throws Exception {
        KLayout.assumeInstalled();
        Path answer = dir.resolve("answer.lyrdb");
        try (var w = Files.newBufferedWriter(answer, StandardCharsets.UTF_8)) {
            new LyrdbReport("t").write(SampleRuns.standard(), w);
        }
        Path fake = dir.resolve("fake-cpodrc.sh");
        Files.writeString(fake, "#!/bin/sh\n"
                + "printf '%s\\n' \"$@\" > '" + dir.resolve("args.txt") + "'\n"
                + "for a in \"$@\"; do case \"$a\" in lyrdb=*) cp '" + answer + "' \"${a#lyrdb=}\";; esac; done\n"
                + "exit 1\n");
        fake.toFile().setExecutable(true);
        Files.writeString(dir.resolve("drive.py"), """
                import types
                import xml.etree.ElementTree as ET
                import pya
                code = ET.parse(lym).getroot().find("text").text
                mod = types.ModuleType("cpodrc_macro")
                exec(compile(code, lym, "exec"), mod.__dict__)
                ly = pya.Layout()
                top = ly.create_cell("CHIP")
                top.shapes(ly.layer(10, 0)).insert(pya.Box(0, 0, 40000, 40000))
                rdb_path, code = mod.check_layout(ly, "builtin:photonic-3d", top="CHIP", command=[fake])
                rdb = pya.ReportDatabase("x")
                rdb.load(rdb_path)
                with open(out, "w") as f:
                    f.write("menu=%s\\n" % mod.install_menu())
                    f.write("exit=%d items=%d\\n" % (code, rdb.num_items()))
                    for c in rdb.each_category():
                        f.write("%s=%d\\n" % (c.name(), c.num_items()))
                """);
        KLayout.run(dir.resolve("drive.py"), dir, "lym=" + SOURCE.resolve("cpodrc.lym").toAbsolutePath(),
                "fake=" + fake, "out=" + dir.resolve("out.txt"));
        String out = Files.readString(dir.resolve("out.txt"));
        assertTrue(out.contains("menu=False\n"), out);
        assertTrue(out.contains("exit=1 items=3\nTSV.S.1=2\nWG.W.1=1\nBW.1=0\n"), out);
        List<String> args = Files.readAllLines(dir.resolve("args.txt"));
        assertEquals("check", args.get(0));
        Path design = Path.of(args.get(1));
        assertTrue(design.getFileName().toString().equals("design.gds") && Files.size(design) > 0, args.toString());
        assertEquals(List.of("--deck", "builtin:photonic-3d"), args.subList(2, 4));
        assertTrue(args.get(5).startsWith("lyrdb=") && args.contains("--quiet") && args.contains("CHIP"), args.toString());
        // the layout KLayout saved for cpodrc is a real GDS with the box
        org.cpodrc.layout.Layout saved = org.cpodrc.gds.GdsReader.read(design);
        assertEquals(1, saved.cell("CHIP").shapes(new org.cpodrc.layout.LayerKey(10, 0)).size());
    }

    /**
     * The macro with the real cpodrc (this build, run as {@code java -cp ... Main}): KLayout saves
     * a layout, cpodrc checks it, and KLayout opens the lyrdb with the violation in its category.
     */
    @Test
    void macroRunsTheRealCpodrc(@TempDir Path dir) throws Exception {
        KLayout.assumeInstalled();
        Path deck = Files.writeString(dir.resolve("deck.yaml"), """
                cpodrc: 1
                name: macro-deck
                layers:
                  PIC: 1/0
                  EIC: 2/0
                rules:
                  - id: EIC.IN
                    check: inside
                    layer: EIC
                    container: PIC
                """);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Files.writeString(dir.resolve("drive.py"), """
                import types
                import xml.etree.ElementTree as ET
                import pya
                code = ET.parse(lym).getroot().find("text").text
                mod = types.ModuleType("cpodrc_macro")
                exec(compile(code, lym, "exec"), mod.__dict__)
                ly = pya.Layout()
                top = ly.create_cell("CHIP")
                top.shapes(ly.layer(1, 0)).insert(pya.Box(0, 0, 100000, 100000))
                top.shapes(ly.layer(2, 0)).insert(pya.Box(90000, 10000, 110000, 20000))
                rdb_path, code = mod.check_layout(ly, deck, top="CHIP", command=[java, "-cp", cp, "org.cpodrc.cli.Main"])
                rdb = pya.ReportDatabase("x")
                rdb.load(rdb_path)
                with open(out, "w") as f:
                    f.write("exit=%d\\n" % code)
                    for c in rdb.each_category():
                        f.write("%s=%d\\n" % (c.name(), c.num_items()))
                    for item in rdb.each_item():
                        f.write("%s\\n" % list(item.each_value())[0].to_s())
                """);
        KLayout.run(dir.resolve("drive.py"), dir, "lym=" + SOURCE.resolve("cpodrc.lym").toAbsolutePath(),
                "deck=" + deck, "java=" + java, "cp=" + System.getProperty("java.class.path"),
                "out=" + dir.resolve("out.txt"));
        String out = Files.readString(dir.resolve("out.txt"));
        assertEquals("exit=1\nEIC.IN=1\npolygon: (100,10;100,20;110,20;110,10)\n", out);
    }

    /** The macro on a stack file: assembled package plus lyrdb, every marker in a cell of the package. */
    @Test
    void macroChecksAStackFile(@TempDir Path dir) throws Exception {
        KLayout.assumeInstalled();
        Path stack = Path.of("..", "samples", "stacks", "p3d_c5_ring_near_hotspot", "p3d_c5_ring_near_hotspot.stack.yaml")
                .toAbsolutePath().normalize();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Files.writeString(dir.resolve("drive.py"), """
                import types
                import xml.etree.ElementTree as ET
                import pya
                code = ET.parse(lym).getroot().find("text").text
                mod = types.ModuleType("cpodrc_macro")
                exec(compile(code, lym, "exec"), mod.__dict__)
                gds, lyp, rdb_path, code = mod.check_stack(stack, "builtin:photonic-3d",
                                                           command=[java, "-cp", cp, "org.cpodrc.cli.Main"])
                ly = pya.Layout()
                ly.read(gds)
                rdb = pya.ReportDatabase("x")
                rdb.load(rdb_path)
                with open(out, "w") as f:
                    f.write("exit=%d top=%s rdb_top=%s lyp=%s\\n" % (code, ly.top_cell().name, rdb.top_cell_name,
                                                                  os.path.isfile(lyp)))
                    for c in rdb.each_category():
                        if c.num_items() > 0:
                            f.write("%s=%d\\n" % (c.name(), c.num_items()))
                """.replace("import pya", "import os\nimport pya"));
        KLayout.run(dir.resolve("drive.py"), dir, "lym=" + SOURCE.resolve("cpodrc.lym").toAbsolutePath(),
                "stack=" + stack, "java=" + java, "cp=" + System.getProperty("java.class.path"),
                "out=" + dir.resolve("out.txt"));
        String out = Files.readString(dir.resolve("out.txt"));
        assertEquals("exit=1 top=p3d_c5_ring_near_hotspot rdb_top=p3d_c5_ring_near_hotspot lyp=True\nRING.HOT.1=1\n", out);
    }
}
