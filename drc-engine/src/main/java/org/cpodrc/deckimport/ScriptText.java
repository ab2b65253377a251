package org.cpodrc.deckimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.cpodrc.InputException;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/** The script of a KLayout DRC file, split into logical statements with their first line numbers. */
final class ScriptText {
    /**
     * One logical statement: its text without comments, continued lines joined with spaces; file is
     * the script's name, or that of the file a {@code # %include} line brought it in from.
     */
    record Statement(String file, int line, String text) {
        Statement(int line, String text) {
            this(null, line, text);
        }
    }

    /** One line of the script after {@code # %include} lines are replaced by the included text. */
    record SourceLine(String file, int line, String text) {
    }

    private static final Pattern INCLUDE = Pattern.compile("^\\s*#\\s*%include\\s+(.+?)\\s*$");
    private static final int MAX_INCLUDE_DEPTH = 16;

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
        List<SourceLine> lines = new ArrayList<>();
        expand(fileName, script, firstLine, lines, new ArrayList<>());
        return split(lines);
    }

    /**
     * KLayout's DRC preprocessor: a line {@code # %include FILE} is replaced by FILE's lines (a path
     * relative to the including file's directory), recursively; the lines keep their own file and
     * line number for messages. A missing or cyclic include is an input error at the include line.
     */
    private static void expand(String file, String script, int firstLine, List<SourceLine> out, List<Path> open) {
        String[] lines = script.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = INCLUDE.matcher(lines[i]);
            if (!m.matches()) {
                out.add(new SourceLine(file, firstLine + i, lines[i]));
                continue;
            }
            String where = file + ":" + (firstLine + i) + ": ";
            String name = m.group(1).replaceAll("^([\"'])(.*)\\1$", "$2");
            Path parent = Path.of(file).toAbsolutePath().getParent();
            Path target = (parent == null ? Path.of(name) : parent.resolve(name)).normalize();
            if (open.contains(target) || open.size() >= MAX_INCLUDE_DEPTH) {
                throw new InputException(where + "%include " + name + ": the includes form a cycle");
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(target))).toString();
            } catch (NoSuchFileException e) {
                throw new InputException(where + "%include " + name + ": no such file " + target);
            } catch (IOException e) {
                throw new InputException(where + "%include " + name + ": cannot read " + target + ": " + e.getMessage());
            }
            open.add(target);
            String shown = parent == null ? name : Path.of(file).resolveSibling(name).normalize().toString();
            expand(shown, text, 1, out, open);
            open.remove(open.size() - 1);
        }
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

    /** The statements of a script whose first line has number firstLine (no includes). */
    static List<Statement> split(String script, int firstLine) {
        List<SourceLine> lines = new ArrayList<>();
        String[] text = script.split("\r?\n", -1);
        for (int i = 0; i < text.length; i++) {
            lines.add(new SourceLine(null, firstLine + i, text[i]));
        }
        return split(lines);
    }

    /**
     * Joins a line with the next while brackets or a string literal are open, the line ends in an
     * operator or comma, or the next line starts with a method call ({@code .output(...)}); a Ruby
     * block ({@code ... do |x|} up to its {@code end}) is one statement; {@code ;} separates.
     */
    static List<Statement> split(List<SourceLine> lines) {
        List<Statement> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        SourceLine start = null;
        int depth = 0;
        int blockDepth = 0;
        char quote = 0;
        for (SourceLine line : lines) {
            if (quote != 0) { // inside a string literal that spans lines: keep the line as it is
                cur.append('\n').append(line.text());
                quote = openQuote(line.text(), quote);
                if (quote == 0) {
                    String rest = line.text().substring(closingAt(line.text()));
                    cur.setLength(cur.length() - rest.length());
                    cur.append(withoutComment(rest).stripTrailing());
                    depth = depth(cur);
                }
                continue;
            }
            String code = withoutComment(line.text()).strip();
            if (code.isEmpty()) {
                continue;
            }
            if (blockDepth > 0) {
                blockDepth += blockChange(code);
            } else if (start != null && depth == 0 && !continues(cur) && !code.startsWith(".")) {
                flush(out, start, cur);
                start = null;
            }
            if (start == null) {
                start = line;
            }
            cur.append(cur.length() == 0 ? "" : " ").append(code);
            quote = openQuote(code, (char) 0);
            depth = depth(cur);
            if (blockDepth == 0 && quote == 0 && opensBlock(code)) {
                blockDepth = 1;
            }
        }
        if (start != null) {
            flush(out, start, cur);
        }
        return out;
    }

    private static final Pattern DO_BLOCK = Pattern.compile(".*\\bdo(\\s*\\|[^|]*\\|)?$");
    private static final Pattern OPENER = Pattern.compile("^(if|unless|while|until|case|def|begin|for|class|module)\\b.*");

    /** A statement that opens a Ruby block with {@code do}: it runs up to the matching {@code end}. */
    private static boolean opensBlock(String code) {
        return DO_BLOCK.matcher(code).matches();
    }

    /** +1 for a line opening a nested block, -1 for an {@code end}, inside a do-block. */
    private static int blockChange(String code) {
        if (code.equals("end") || code.startsWith("end ") || code.startsWith("end.")) {
            return -1;
        }
        return OPENER.matcher(code).matches() || opensBlock(code) ? 1 : 0;
    }

    /** The quote left open at the end of the line, given the quote open at its start (0: none). */
    private static char openQuote(String line, char open) {
        return outsideStrings(line, open, i -> line.charAt(i) != '#');
    }

    /** The index just after the quote that closes a string continued from the previous line. */
    private static int closingAt(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '"' || line.charAt(i) == '\'' || line.charAt(i) == '`') {
                return i + 1;
            }
        }
        return line.length();
    }

    private static void flush(List<Statement> out, SourceLine start, StringBuilder cur) {
        for (String part : splitOutsideStrings(cur.toString())) {
            if (!part.isBlank()) {
                out.add(new Statement(start.file(), start.line(), part.strip()));
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
        outsideStrings(s, (char) 0, visit);
    }

    /**
     * Visits the characters outside string literals ({@code "}, {@code '}, backquotes), starting
     * inside the string of quote open (0: none); returns the quote still open at the end, or 0 when
     * visit stopped the walk (a comment: the rest of the line is no code).
     */
    private static char outsideStrings(CharSequence s, char open, IntPredicate visit) {
        char quote = open;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (!visit.test(i)) {
                return 0;
            }
        }
        return quote;
    }
}
