package dev.conventio.format.codec;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A token source over JSON text, without any JSON library: what the codec's own tests read with, so
 * that they prove the codec needs nothing but {@link TokenSource}. It reads well-formed JSON and
 * fails with an {@link IllegalStateException} on anything else: the adapters' tests judge malformed
 * input with the real parsers.
 */
final class TextSource implements TokenSource {

    /** One open array or object. */
    static final class Frame {
        final boolean object;
        String name;
        int index = -1;

        Frame(boolean object) {
            this.object = object;
        }
    }

    private final String text;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private int at;
    private int line = 1;
    private int lineStart;
    private Token current;
    private String value;
    private int tokenAt;
    private int tokenLine;
    private int tokenColumn;

    TextSource(String text) {
        this.text = text;
    }

    @Override
    public Token next() {
        skipSeparators();
        tokenAt = at;
        tokenLine = line;
        tokenColumn = at - lineStart + 1;
        if (at >= text.length()) {
            current = null;
            return null;
        }
        char c = text.charAt(at);
        Frame top = frames.peek();
        if (c == '}' || c == ']') {
            at++;
            frames.pop();
            current = c == '}' ? Token.END_OBJECT : Token.END_ARRAY;
            return current;
        }
        if (top != null && top.object && current != Token.NAME) {
            top.name = string();
            skipSeparators();
            if (text.charAt(at) != ':') {
                throw new IllegalStateException("expected ':' at " + at);
            }
            at++;
            current = Token.NAME;
            return current;
        }
        if (top != null && !top.object) {
            top.index++;
        }
        if (c == '{' || c == '[') {
            at++;
            frames.push(new Frame(c == '{'));
            current = c == '{' ? Token.START_OBJECT : Token.START_ARRAY;
        } else if (c == '"') {
            value = string();
            current = Token.STRING;
        } else if (text.startsWith("true", at) || text.startsWith("false", at) || text.startsWith("null", at)) {
            current = c == 't' ? Token.TRUE : c == 'f' ? Token.FALSE : Token.NULL;
            at += c == 'f' ? 5 : 4;
        } else {
            current = number();
        }
        return current;
    }

    private void skipSeparators() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n') {
                line++;
                lineStart = at + 1;
            } else if (c != ' ' && c != '\t' && c != '\r' && c != ',') {
                return;
            }
            at++;
        }
    }

    private String string() {
        if (text.charAt(at) != '"') {
            throw new IllegalStateException("expected a string at " + at);
        }
        StringBuilder out = new StringBuilder();
        at++;
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(at++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(e);
            }
        }
    }

    private Token number() {
        int start = at;
        boolean decimal = false;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            decimal |= "eE.".indexOf(text.charAt(at)) >= 0;
            at++;
        }
        if (at == start) {
            throw new IllegalStateException("unexpected '" + text.charAt(at) + "' at " + at);
        }
        value = text.substring(start, at);
        return decimal ? Token.DECIMAL : Token.INTEGER;
    }

    @Override
    public Token current() {
        return current;
    }

    @Override
    public String name() {
        return frames.peek().name;
    }

    @Override
    public String text() {
        return current == Token.NAME ? name() : value;
    }

    @Override
    public boolean isInt() {
        try {
            Integer.parseInt(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public int intValue() {
        return Integer.parseInt(value);
    }

    @Override
    public String pointer() {
        return pointer(frames);
    }

    /** The JSON Pointer of the innermost of open arrays and objects. */
    static String pointer(Deque<Frame> frames) {
        StringBuilder pointer = new StringBuilder();
        java.util.Iterator<Frame> outermostFirst = frames.descendingIterator();
        while (outermostFirst.hasNext()) {
            Frame frame = outermostFirst.next();
            if (frame.object && frame.name != null) {
                pointer.append('/').append(frame.name.replace("~", "~0").replace("/", "~1"));
            } else if (!frame.object && frame.index >= 0) {
                pointer.append('/').append(frame.index);
            }
        }
        return pointer.toString();
    }

    @Override
    public boolean inRoot() {
        return frames.isEmpty();
    }

    @Override
    public Location location() {
        return Location.inInput(-1L, at, line, at - lineStart + 1);
    }

    @Override
    public Location tokenLocation() {
        return Location.inInput(-1L, tokenAt, tokenLine, tokenColumn);
    }
}
