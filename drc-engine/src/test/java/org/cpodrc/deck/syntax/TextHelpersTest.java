package org.cpodrc.deck.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Substitution with origins, globs and did-you-mean. */
class TextHelpersTest {
    private static final Map<String, String> PARAMS = Map.of("koz", "15um", "n", "");

    private static Substitution sub(String s) {
        return Substitution.of(s, k -> Optional.ofNullable(PARAMS.get(k)), PARAMS.keySet());
    }

    @Test
    void substitutesAndRemembersWhereEachCharacterCameFrom() {
        Substitution s = sub("A sized ${koz} x");
        assertEquals("A sized 15um x", s.text());
        assertTrue(s.replaced());
        assertEquals(8, s.originOf(8), "first character of the value comes from the ${");
        assertEquals(8, s.originOf(11));
        assertEquals(15, s.originOf(13), "after the value, offsets continue after the }");
        assertEquals(16, s.originOf(14), "the end");
        assertEquals("ab", sub("a${n}b").text());
        assertFalse(sub("plain $ {x}").replaced());
    }

    @Test
    void unknownOrMalformedReferencesAreLocated() {
        TextProblem p = assertThrows(TextProblem.class, () -> sub("x ${kz}"));
        assertEquals("unknown param 'kz'; did you mean 'koz'?", p.getMessage());
        assertEquals(2, p.offset());
        p = assertThrows(TextProblem.class, () -> sub("x ${koz"));
        assertEquals("unterminated '${' (write ${name})", p.getMessage());
        p = assertThrows(TextProblem.class, () -> sub("${1a}"));
        assertEquals("bad param reference '${1a}' (write ${name}, name of letters, digits and _)", p.getMessage());
    }

    @Test
    void globsMatchTheWholeText() {
        assertTrue(new Glob("PORT_*").matches("PORT_12"));
        assertTrue(new Glob("PORT_*").matches("PORT_"));
        assertFalse(new Glob("PORT_*").matches("XPORT_1"));
        assertTrue(new Glob("?x*y").matches("axzzy"));
        assertFalse(new Glob("?x*y").matches("xzzy"));
        assertTrue(new Glob("*a*b*").matches("zzazzbzz"));
        assertFalse(new Glob("a").matches("A"));
        assertTrue(new Glob("").matches(""));
    }

    @Test
    void suggestsOnlyCloseWords() {
        assertEquals(1, Suggest.distance("widht", "width"), "a swap is one edit");
        assertEquals(3, Suggest.distance("kitten", "sitting"));
        assertEquals(Optional.of("layers"), Suggest.closest("layer", List.of("rules", "layers", "labels")));
        assertEquals(Optional.empty(), Suggest.closest("xyz", List.of("rules", "layers")));
        assertEquals("", Suggest.hint("zzzzzz", List.of("a")));
    }
}
