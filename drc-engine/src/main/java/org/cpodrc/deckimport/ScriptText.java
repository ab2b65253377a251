package org.cpodrc.deckimport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.cpodrc.InputException;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/** The script of a KLayout DRC file, split into logical statements with their first line numbers. */
final class ScriptText {
    /** One logical statement: its text without comments, continued lines joined with spaces. */
    record Statement(int line, String text) {
    }

    private ScriptText() {
    }

    /** The statements of a .drc script, or of the {@code <text>} element of a .lydrc macro. */
    static List<Statement> statements(String fileName, String content) {
        int firstLine = 1;
        String script = content;
        if (fileName.endsWith(".lydrc") || content.stripLeading().startsWith("<")) {
            script = macroText(fileName, content);
            int at = content.indexOf("<text>");
            firstLine = at < 0 ? 1 : lineOf(content, at);
        }
        return split(script, firstLine);
    }

    private static String macroText(String fileName, String content) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            var doc = builder.parse(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
            NodeList text = doc.getElementsByTagName("text");
            if (text.getLength() == 0) {
                throw new InputException(fileName + ": not a KLayout DRC macro: no <text> element");
            }
            return text.item(0).getTextContent();
        } catch (SAXParseException e) {
            throw new InputException(fileName + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": malformed .lydrc XML: " + e.getMessage());
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            throw new InputException(fileName + ": cannot read the .lydrc XML: " + e.getMessage());
        }
    }

    private static int lineOf(String s, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Joins a line with the next while brackets are open, the line ends in an operator or comma,
     * or the next line starts with a method call ({@code .output(...)}); {@code ;} separates.
     */
    static List<Statement> split(String script, int firstLine) {
        String[] lines = script.split("\r?\n", -1);
        List<Statement> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int start = -1;
        int depth = 0;
        for (int i = 0; i < lines.length; i++) {
            String code = withoutComment(lines[i]).strip();
            if (code.isEmpty()) {
                continue;
            }
            if (start >= 0 && depth == 0 && !continues(cur) && !code.startsWith(".")) {
                flush(out, start, cur);
                start = -1;
            }
            if (start < 0) {
                start = firstLine + i;
            }
            cur.append(cur.length() == 0 ? "" : " ").append(code);
            depth = depth(cur);
        }
        if (start >= 0) {
            flush(out, start, cur);
        }
        return out;
    }

    private static void flush(List<Statement> out, int line, StringBuilder cur) {
        for (String part : splitOutsideStrings(cur.toString())) {
            if (!part.isBlank()) {
                out.add(new Statement(line, part.strip()));
            }
        }
        cur.setLength(0);
    }

    private static boolean continues(StringBuilder s) {
        if (s.length() == 0) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return "&|+-*/^,(.=\\".indexOf(c) >= 0;
    }

    private static int depth(CharSequence s) {
        int[] d = {0};
        outsideStrings(s, i -> {
            char c = s.charAt(i);
            d[0] += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            return true;
        });
        return Math.max(d[0], 0);
    }

    static String withoutComment(String line) {
        int[] hash = {line.length()};
        outsideStrings(line, i -> {
            if (line.charAt(i) == '#') {
                hash[0] = i;
                return false;
            }
            return true;
        });
        return line.substring(0, hash[0]);
    }

    private static List<String> splitOutsideStrings(String s) {
        List<String> parts = new ArrayList<>();
        int[] from = {0};
        outsideStrings(s, i -> {
            if (s.charAt(i) == ';') {
                parts.add(s.substring(from[0], i));
                from[0] = i + 1;
            }
            return true;
        });
        parts.add(s.substring(from[0]));
        return parts;
    }

    /** Visits the index of every character outside Ruby string literals until visit returns false. */
    private static void outsideStrings(CharSequence s, IntPredicate visit) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (!visit.test(i)) {
                return;
            }
        }
    }
}
