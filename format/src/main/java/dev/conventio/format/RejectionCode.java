package dev.conventio.format;

/**
 * The stable, machine-readable reason a JSON document was rejected.
 *
 * <p>The {@linkplain #code() code text} ({@code format.field.unknown}) is part of the format's
 * contract: it never changes meaning, and a retired code is never reused. Codes fall in three
 * {@linkplain Kind kinds}, checked in that order: the bytes are not a JSON text this reader accepts;
 * the JSON does not follow the format; the format is followed but the model's invariants are not.
 *
 * @since 0.1
 */
public enum RejectionCode {

    // ---- the text is not acceptable JSON ---------------------------------------------------------
    /** The input is not well-formed JSON (RFC 8259), is empty, or is not UTF-8. */
    MALFORMED_JSON(Kind.JSON, "json.malformed"),
    /** Something follows the root value. */
    TRAILING_CONTENT(Kind.JSON, "json.trailing-content"),
    /** A read limit is exceeded: nesting depth, number, string or name length, document size or token count. */
    LIMIT_EXCEEDED(Kind.JSON, "json.limit-exceeded"),

    // ---- well-formed JSON that does not follow the format ----------------------------------------
    /** The root object does not start with {@code formatVersion}. */
    FORMAT_VERSION_MISSING(Kind.FORMAT, "format.version.missing"),
    /** The {@code formatVersion} is not one this reader knows. */
    FORMAT_VERSION_UNSUPPORTED(Kind.FORMAT, "format.version.unsupported"),
    /** A document of version 2 or later does not name its kind ({@code document}) right after {@code formatVersion}. */
    DOCUMENT_KIND_MISSING(Kind.FORMAT, "format.document.missing"),
    /** A document names another kind than the one read, or a kind the format does not define. */
    DOCUMENT_KIND_MISMATCH(Kind.FORMAT, "format.document.mismatch"),
    /** An object has a member the format does not define there. */
    UNKNOWN_FIELD(Kind.FORMAT, "format.field.unknown"),
    /** An object has the same member twice. */
    DUPLICATE_FIELD(Kind.FORMAT, "format.field.duplicate"),
    /** A required member is absent. */
    MISSING_FIELD(Kind.FORMAT, "format.field.missing"),
    /** Two members that exclude each other are both present. */
    EXCLUSIVE_FIELDS(Kind.FORMAT, "format.field.exclusive"),
    /** A value is {@code null}: the format never uses null, an absent optional value is omitted. */
    NULL_VALUE(Kind.FORMAT, "format.value.null"),
    /** A value has the wrong JSON type ({@code "12"} for a number, {@code 1.9} for an integer, {@code ""} for an object). */
    WRONG_TYPE(Kind.FORMAT, "format.value.wrong-type"),
    /** An integer does not fit the 32-bit range of the model. */
    NUMBER_OUT_OF_RANGE(Kind.FORMAT, "format.number.out-of-range"),
    /** A text holds an unpaired UTF-16 surrogate, which no Unicode text can contain. */
    INVALID_TEXT(Kind.FORMAT, "format.text.invalid"),
    /** A text is not one of the names the format defines for that value (a party kind, a status…). */
    UNKNOWN_CONSTANT(Kind.FORMAT, "format.value.unknown-constant"),
    /** A date is not {@code YYYY-MM-DD}, or does not exist ({@code 2023-02-29}). */
    INVALID_DATE(Kind.FORMAT, "format.date.invalid"),
    /** A duration is not an ISO-8601 period in its canonical form ({@code P2Y}, {@code P1Y6M}). */
    INVALID_PERIOD(Kind.FORMAT, "format.period.invalid"),
    /** A budget period is not {@code YYYY} or {@code YYYY-YYYY}. */
    INVALID_BUDGET_PERIOD(Kind.FORMAT, "format.budget-period.invalid"),
    /** A list that the format keeps sorted and without repeats is not. */
    NOT_ASCENDING(Kind.FORMAT, "format.list.not-ascending"),
    /** A polymorphic object does not start with its {@code type}. */
    MISSING_TYPE(Kind.FORMAT, "format.type.missing"),
    /** A {@code type} names no kind of the format (a Java class name is not a type). */
    UNKNOWN_TYPE(Kind.FORMAT, "format.type.unknown"),
    /** An amount is not a plain decimal string ({@code 1e5}, {@code -0}, {@code +1}, {@code 1.}, too long). */
    INVALID_AMOUNT(Kind.FORMAT, "format.amount.invalid"),
    /** An amount does not have exactly the decimal places of its currency ({@code "12.5"} in EUR). */
    AMOUNT_SCALE(Kind.FORMAT, "format.amount.scale"),
    /** A currency is unknown, not upper-case, historic, a fund code or a pseudo-currency. */
    UNSUPPORTED_CURRENCY(Kind.FORMAT, "format.currency.unsupported"),

    // ---- the format is followed, the model is not ------------------------------------------------
    /** The values read break invariants of the model; the exception lists every violation found. */
    DOMAIN_VIOLATION(Kind.DOMAIN, "domain.violation");

    /** What a code belongs to. */
    public enum Kind {
        /** The input is not a JSON text this reader accepts. */
        JSON,
        /** The JSON is well formed but does not follow the format. */
        FORMAT,
        /** The document follows the format but its values break the model's invariants. */
        DOMAIN
    }

    private final Kind kind;
    private final String code;

    RejectionCode(Kind kind, String code) {
        this.kind = kind;
        this.code = code;
    }

    /**
     * Gets what this code belongs to.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Gets the stable text of this code, such as {@code format.field.unknown}.
     *
     * @return the code text, never null
     */
    public String code() {
        return code;
    }
}
