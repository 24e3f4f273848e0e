package dev.conventio.format.codec;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A token sink that writes compact JSON text, without any JSON library, and knows the JSON Pointer
 * of what it writes: what the codec's own tests write with.
 */
final class TextSink implements TokenSink, Writer.PointerAware {

    /** One open array or object. */
    private static final class Frame {
        final boolean object;
        String name;
        int index = -1;

        Frame(boolean object) {
            this.object = object;
        }
    }

    private final StringBuilder out = new StringBuilder();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private boolean afterName;

    private void beforeValue() {
        Frame top = frames.peek();
        if (top != null && !top.object) {
            if (top.index >= 0) {
                out.append(',');
            }
            top.index++;
        }
        afterName = false;
    }

    @Override
    public void startObject() {
        beforeValue();
        out.append('{');
        frames.push(new Frame(true));
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
        frames.push(new Frame(false));
    }

    @Override
    public void endArray() {
        frames.pop();
        out.append(']');
    }

    @Override
    public void name(Name name) {
        Frame top = frames.peek();
        if (top.name != null) {
            out.append(',');
        }
        top.name = name.text();
        quoted(name.text());
        out.append(':');
        afterName = true;
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
        StringBuilder pointer = new StringBuilder();
        java.util.Iterator<Frame> outermostFirst = frames.descendingIterator();
        while (outermostFirst.hasNext()) {
            Frame frame = outermostFirst.next();
            if (frame.object && frame.name != null) {
                pointer.append('/').append(frame.name);
            } else if (!frame.object && frame.index >= 0) {
                pointer.append('/').append(frame.index);
            }
        }
        return pointer.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
