package dev.conventio.format.codec;

import java.io.IOException;

/** A token source that gives another's tokens: what a test overrides to make a source misbehave. */
class ForwardingSource implements TokenSource {

    private final TokenSource source;

    ForwardingSource(TokenSource source) {
        this.source = source;
    }

    @Override
    public Token next() throws IOException {
        return source.next();
    }

    @Override
    public Token current() {
        return source.current();
    }

    @Override
    public String name() throws IOException {
        return source.name();
    }

    @Override
    public String text() throws IOException {
        return source.text();
    }

    @Override
    public boolean isInt() throws IOException {
        return source.isInt();
    }

    @Override
    public int intValue() throws IOException {
        return source.intValue();
    }

    @Override
    public String pointer() {
        return source.pointer();
    }

    @Override
    public boolean inRoot() {
        return source.inRoot();
    }

    @Override
    public Location location() {
        return source.location();
    }

    @Override
    public Location tokenLocation() {
        return source.tokenLocation();
    }
}
