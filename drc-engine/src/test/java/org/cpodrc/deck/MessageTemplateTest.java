package org.cpodrc.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.cpodrc.deck.syntax.TextProblem;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {
    @Test
    void rendersPlaceholdersAndEscapedBraces() {
        assertEquals("pitch 127.5 differs from 127 {ok}", MessageTemplate.render(
                "pitch {measured} differs from {required} {{ok}}", Map.of("measured", "127.5", "required", "127")));
        assertEquals("left {x} as written", MessageTemplate.render("left {x} as written", Map.of()));
        assertEquals(List.of("measured", "layer"), MessageTemplate.placeholders("{measured} on { layer }"));
    }

    @Test
    void validatesPlaceholderNamesWithTheirOffset() {
        MessageTemplate.validate("{measured} {{x}}", List.of("measured"));
        TextProblem p = assertThrows(TextProblem.class, () -> MessageTemplate.validate("ab {requird}", List.of("required")));
        assertEquals("unknown placeholder '{requird}'; did you mean 'required'? (known: required)", p.getMessage());
        assertEquals(3, p.offset());
        p = assertThrows(TextProblem.class, () -> MessageTemplate.validate("ab {x", List.of("x")));
        assertEquals("unclosed '{' in message (write {{ for a literal brace)", p.getMessage());
        assertEquals(3, p.offset());
    }
}
