package org.cpodrc.io;

import java.util.Optional;

import org.cpodrc.InputException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.LoadSettingsBuilder;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Composes one YAML document into nodes within the input limits. snakeyaml-engine's composer
 * recurses once per nesting level and has no depth setting, so the parser's events are counted
 * on their way to it and a document nested deeper than {@link InputLimits#depth()} is refused at
 * the collection that opens the level too many ({@code FILE:LINE:COL}). The read buffer is the
 * whole text: with the default 1 KB buffer a single long line (a 10 MB comment) scans in
 * quadratic time.
 */
public final class BoundedYaml {
    private BoundedYaml() {
    }

    /**
     * Composes text with the given settings (label = the file name for messages) plus the limits.
     *
     * @throws InputException when the nesting is too deep; snakeyaml's own exceptions for bad YAML
     */
    public static Optional<Node> compose(LoadSettingsBuilder builder, String text) {
        int limit = (int) Math.min(Integer.MAX_VALUE - 16, InputLimits.textBytes());
        LoadSettings settings = builder.setCodePointLimit(limit)
                .setBufferSize(Math.max(1024, Math.min(text.length() + 1, limit))).build();
        Parser parser = new DepthLimited(new ParserImpl(settings, new StreamReader(settings, text)),
                settings.getLabel(), InputLimits.depth());
        return new Composer(settings, parser).getSingleNode();
    }

    /** Passes events through, counting open collections. */
    private static final class DepthLimited implements Parser {
        private final Parser parser;
        private final String name;
        private final int max;
        private int depth;

        DepthLimited(Parser parser, String name, int max) {
            this.parser = parser;
            this.name = name;
            this.max = max;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event e = parser.next();
            switch (e.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > max) {
                        String where = e.getStartMark()
                                .map(m -> name + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse(name);
                        throw new InputException(where + ": lists and mappings nested " + depth
                                + " deep, more than " + InputLimits.describeDepth());
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                }
            }
            return e;
        }
    }
}
