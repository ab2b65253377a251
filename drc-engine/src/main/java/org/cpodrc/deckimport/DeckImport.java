package org.cpodrc.deckimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** Translates a KLayout DRC script into a cpodrc deck (see the package documentation). */
public final class DeckImport {
    /**
     * A statement left out of the deck: its first line, its text and why; file is the script's
     * name, or the file a {@code # %include} brought the statement in from.
     */
    public record Skipped(String file, int line, String statement, String reason) {
    }

    /** The deck as YAML text, the statements left out, and notes on approximate translations. */
    public record Result(String yaml, List<Skipped> skipped, List<String> warnings, int rules) {
    }

    private DeckImport() {
    }

    /** fileName names the script in messages and the deck; content is the .drc or .lydrc text. */
    public static Result translate(String fileName, String content) {
        StatementTranslator t = new StatementTranslator(fileName);
        List<Skipped> skipped = new ArrayList<>();
        for (ScriptText.Statement s : ScriptText.statements(fileName, content)) {
            try {
                t.translate(s);
            } catch (Untranslatable e) {
                skipped.add(new Skipped(s.file() == null ? fileName : s.file(), s.line(), s.text(), e.getMessage()));
            }
        }
        Map<String, Object> deck = new LinkedHashMap<>();
        deck.put("cpodrc", 1);
        String base = fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\.(lydrc|drc|rb)$", "");
        deck.put("name", base);
        deck.put("description", "imported from the KLayout deck " + base + " by cpodrc deck import");
        if (!t.layers.isEmpty()) {
            deck.put("layers", t.layers);
        }
        if (!t.derived.isEmpty()) {
            deck.put("derived", t.derived);
        }
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> r : t.rules) {
            Map<String, Object> out = new LinkedHashMap<>();
            r.forEach((k, v) -> out.put(k, yamlValue(v)));
            rules.add(out);
        }
        deck.put("rules", rules);
        StringBuilder head = new StringBuilder("# Imported from " + fileName + " by cpodrc deck import.\n");
        for (Skipped s : skipped) {
            head.append("# not translated, ").append(s.file().equals(fileName) ? "" : s.file() + " ")
                    .append("line ").append(s.line()).append(" (").append(s.reason()).append("): ")
                    .append(s.statement().replace('\n', ' ')).append('\n');
        }
        for (String w : t.warnings) {
            head.append("# note: ").append(w).append('\n');
        }
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(120).build();
        return new Result(head + new Dump(settings).dumpToString(deck), skipped, List.copyOf(t.warnings), rules.size());
    }

    private static Object yamlValue(Object v) {
        if (v instanceof BigDecimal d) {
            String s = StatementTranslator.plain(d);
            return s.contains(".") ? (Object) Double.valueOf(s) : (Object) Long.valueOf(s);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(DeckImport::yamlValue).toList();
        }
        return v;
    }
}
