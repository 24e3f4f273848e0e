package dev.conventio.format.codec;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A token sink that writes compact JSON text, without any JSON library, and knows the JSON Pointer
 * of what it writes: what the codec's own tests write with.
 */
final class TextSink implements TokenSink, Writer.PointerAware {

    private final StringBuilder out = new StringBuilder();
    private final Deque<TextSource.Frame> frames = new ArrayDeque<>();

    private void beforeValue() {
        TextSource.Frame top = frames.peek();
        if (top != null && !top.object) {
            if (top.index >= 0) {
                out.append(',');
            }
            top.index++;
        }
    }

    @Override
    public void startObject() {
        beforeValue();
        out.append('{');
        frames.push(new TextSource.Frame(true));
    }

    @Override
    public void endObject() {
        frames.pop();
        out.append('}');
    }

    @Override
    public void startArray() {
        beforeValue();
        out.append('[');
        frames.push(new TextSource.Frame(false));
    }

    @Override
    public void endArray() {
        frames.pop();
        out.append(']');
    }

    @Override
    public void name(Name name) {
        TextSource.Frame top = frames.peek();
        if (top.name != null) {
            out.append(',');
        }
        top.name = name.text();
        quoted(name.text());
        out.append(':');
    }

    @Override
    public void string(String value) {
        beforeValue();
        quoted(value);
    }

    @Override
    public void integer(int value) {
        beforeValue();
        out.append(value);
    }

    @Override
    public void bool(boolean value) {
        beforeValue();
        out.append(value);
    }

    private void quoted(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    @Override
    public String pointer() {
        return TextSource.pointer(frames);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
