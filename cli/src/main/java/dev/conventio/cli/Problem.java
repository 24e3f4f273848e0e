package dev.conventio.cli;

import dev.conventio.format.LocatedViolation;
import dev.conventio.serialization.ConventioJsonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in a document: where it is (line, column, JSON Pointer), its stable code and a
 * message. A rejection by the reader is one problem; a document that breaks the model's rules has one
 * problem for each violation found.
 */
final class Problem {

    private final int line;
    private final int column;
    private final String pointer;
    private final String code;
    private final String message;

    Problem(int line, int column, String pointer, String code, String message) {
        this.line = line;
        this.column = column;
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.code = Objects.requireNonNull(code, "code");
        this.message = Objects.requireNonNull(message, "message");
    }

    /** The problems of a rejection: each located violation for a domain violation, else the rejection. */
    static List<Problem> of(ConventioJsonException rejection) {
        List<LocatedViolation> violations = rejection.violations();
        if (violations.isEmpty()) {
            return List.of(new Problem(rejection.line(), rejection.column(), rejection.pointer(),
                    rejection.code().code(), detail(rejection)));
        }
        List<Problem> problems = new ArrayList<>(violations.size());
        for (LocatedViolation violation : violations) {
            problems.add(new Problem(violation.line(), violation.column(), violation.pointer(),
                    violation.code().id(), violation.violation().message()));
        }
        return problems;
    }

    /**
     * The rejection's own message, without the {@code [code] at pointer: } that the exception's
     * message starts with, since a problem gives both apart.
     */
    static String detail(ConventioJsonException rejection) {
        String message = rejection.getOriginalMessage();
        String prefix = "[" + rejection.code().code() + "] at "
                + (rejection.pointer().isEmpty() ? "<root>" : rejection.pointer()) + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** The line, from 1, or -1 when the input gives none. */
    int line() {
        return line;
    }

    /** The column, from 1, or -1 when the input gives none. */
    int column() {
        return column;
    }

    /** The JSON Pointer of the offending element, empty for the root. */
    String pointer() {
        return pointer;
    }

    /** The stable code, such as {@code format.field.unknown}. */
    String code() {
        return code;
    }

    /** What is wrong, for a person. */
    String message() {
        return message;
    }

    /**
     * The problem as one line: {@code FILE:LINE:COLUMN: CODE at POINTER: MESSAGE}, the form compilers
     * use and editors jump to; the root's pointer, empty, is written {@code <root>}.
     */
    String line(String file) {
        return file + ":" + line + ":" + column + ": " + code + " at " + (pointer.isEmpty() ? "<root>" : pointer)
                + ": " + message;
    }
}
