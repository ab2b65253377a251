package org.cpodrc.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.cpodrc.InputException;
import org.cpodrc.io.InputLimits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Streams the {@code violations} of a JSON report with jackson-core: iterative (no recursion per
 * nesting level), nesting depth and number length bounded, everything but each violation's
 * {@code rule} and {@code bbox_um} skipped without building a tree. Errors name
 * {@code FILE:LINE:COL}. Non-finite numbers (1e400) are refused as the waiver reader does.
 */
final class BaselineReader {
    /** Digits a number may have: our reports print at most 17 significant digits and an exponent. */
    private static final int MAX_NUMBER_LENGTH = 100;
    /** Bytes looked at for a NUL before parsing a streamed report. */
    private static final int BINARY_SNIFF = 8192;

    private final String name;
    private final JsonParser p;

    private BaselineReader(String name, JsonParser p) {
        this.name = name;
        this.p = p;
    }

    static List<Baseline.Entry> read(String name, InputStream in) throws IOException {
        // a binary file first: the parser would guess UTF-16 or UTF-32 from its NUL bytes and
        // complain about some control character instead
        java.io.BufferedInputStream head = new java.io.BufferedInputStream(in, BINARY_SNIFF);
        head.mark(BINARY_SNIFF);
        org.cpodrc.io.InputFiles.refuseBinary(name, head.readNBytes(BINARY_SNIFF));
        head.reset();
        try (JsonParser p = factory().createParser(head)) {
            return new BaselineReader(name, p).report();
        }
    }

    static List<Baseline.Entry> read(String name, String text) {
        try (JsonParser p = factory().createParser(text)) {
            return new BaselineReader(name, p).report();
        } catch (IOException e) {
            throw new InputException(name + ": cannot read baseline report: " + e.getMessage(), e);
        }
    }

    private static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(InputLimits.depth())
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .build();
    }

    private List<Baseline.Entry> report() throws IOException {
        try {
            List<Baseline.Entry> out = null;
            if (next() != JsonToken.START_OBJECT) {
                throw error(p.currentTokenLocation(), "not a cpodrc JSON report (no \"violations\" array)");
            }
            while (next() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = next();
                if (field.equals("violations") && value == JsonToken.START_ARRAY && out == null) {
                    out = violations();
                } else {
                    p.skipChildren();
                }
            }
            if (next() != null) {
                throw error(p.currentTokenLocation(), "unexpected text after the JSON value");
            }
            if (out == null) {
                throw new InputException(name + ":1:1: not a cpodrc JSON report (no \"violations\" array)");
            }
            return out;
        } catch (StreamConstraintsException e) {
            throw error(p.currentLocation(), constraintMessage(e));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            throw error(at, plain(e.getOriginalMessage()));
        }
    }

    private List<Baseline.Entry> violations() throws IOException {
        List<Baseline.Entry> out = new ArrayList<>();
        for (int i = 0; next() != JsonToken.END_ARRAY; i++) {
            JsonLocation start = p.currentTokenLocation();
            String rule = null;
            double[] bbox = null;
            if (p.currentToken() == JsonToken.START_OBJECT) {
                while (next() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = next();
                    if (field.equals("rule") && value == JsonToken.VALUE_STRING) {
                        rule = p.getText();
                    } else if (field.equals("bbox_um") && value == JsonToken.START_ARRAY) {
                        bbox = bbox(i);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
            if (rule == null || bbox == null) {
                throw error(start, "violations[" + i + "] lacks \"rule\" or a four-number \"bbox_um\"");
            }
            out.add(new Baseline.Entry(rule, bbox[0], bbox[1], bbox[2], bbox[3]));
        }
        return out;
    }

    /** Four finite numbers, or null when the array is not exactly four numbers. */
    private double[] bbox(int index) throws IOException {
        double[] b = new double[4];
        int n = 0;
        boolean numbers = true;
        while (next() != JsonToken.END_ARRAY) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                double v = p.getValueAsDouble();
                if (!Double.isFinite(v)) {
                    throw error(p.currentTokenLocation(), "violations[" + index + "].bbox_um: '" + p.getText()
                            + "' is not a finite number");
                }
                if (n < 4) {
                    b[n] = v;
                }
            } else {
                numbers = false;
                p.skipChildren();
            }
            n++;
        }
        return numbers && n == 4 ? b : null;
    }

    private JsonToken next() throws IOException {
        return p.nextToken();
    }

    /** jackson's message without its source description ("for Array starting at [Source: ...]"). */
    static String plain(String message) {
        String m = String.valueOf(message).lines().findFirst().orElse("malformed JSON");
        return m.replaceAll("\\s*\\(for [A-Za-z ]+ starting at \\[Source: [^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source: .*$", "");
    }

    private String constraintMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("nesting depth")) {
            return "arrays and objects nested deeper than " + InputLimits.describeDepth();
        }
        if (m.contains("Number value length")) {
            return "a number longer than " + MAX_NUMBER_LENGTH + " characters";
        }
        return m.lines().findFirst().orElse("too large");
    }

    private InputException error(JsonLocation at, String message) {
        if (at == null || at.getLineNr() < 1) {
            return new InputException(name + ": " + message);
        }
        return new InputException(name + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + message);
    }
}
