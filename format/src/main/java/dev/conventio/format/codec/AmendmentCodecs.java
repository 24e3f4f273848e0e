package dev.conventio.format.codec;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.Change;
import dev.conventio.convention.Article;
import dev.conventio.signature.Signature;
import dev.conventio.term.Term;
import java.util.List;

/** Amendment records, recorded and unrecorded: each object's members declared once. */
final class AmendmentCodecs {

    private static final Member<Amendment, Integer> NUMBER = Member.required(Names.NUMBER, Scalars.INTEGER,
            Amendment::number);
    private static final Member<Amendment, String> TITLE = Member.optional(Names.TITLE, Scalars.TEXT, Amendment::title);
    private static final Member<Amendment, List<String>> PREAMBLE = Member.required(Names.PREAMBLE, Scalars.TEXTS,
            Amendment::preamble);
    private static final Member<Amendment, List<Article>> ARTICLES = Member.required(Names.ARTICLES,
            WorkCodecs.ARTICLES, Amendment::articles);
    private static final Member<Amendment, Term> TERM = Member.required(Names.TERM, TermCodecs.TERM, Amendment::term);
    private static final Member<Amendment, List<Signature>> SIGNATURES = Member.required(Names.SIGNATURES,
            SignatureCodec.SIGNATURES, Amendment::signatures);
    private static final Member<Amendment, List<Change>> CHANGES = Member.required(Names.CHANGES,
            Scalars.list(ChangeKinds.CHANGE), Amendment::changes);

    static final ObjectCodec<Amendment> AMENDMENT = ObjectCodec.of("amendment", values -> Amendment.builder()
            .number(values.get(NUMBER))
            .title(values.optional(TITLE))
            .preamble(values.get(PREAMBLE))
            .articles(values.get(ARTICLES))
            .term(values.get(TERM))
            .signatures(values.get(SIGNATURES))
            .changes(values.get(CHANGES))
            .build(), NUMBER, TITLE, PREAMBLE, ARTICLES, TERM, SIGNATURES, CHANGES);

    private static final Member<UnrecordedAmendment, Integer> UNRECORDED_NUMBER = Member.required(Names.NUMBER,
            Scalars.INTEGER, UnrecordedAmendment::number);
    private static final Member<UnrecordedAmendment, String> NOTE = Member.optional(Names.NOTE, Scalars.TEXT,
            UnrecordedAmendment::note);

    static final ObjectCodec<UnrecordedAmendment> UNRECORDED = ObjectCodec.of("unrecorded-amendment", values ->
            values.has(NOTE) ? UnrecordedAmendment.of(values.get(UNRECORDED_NUMBER), values.get(NOTE))
                    : UnrecordedAmendment.of(values.get(UNRECORDED_NUMBER)), UNRECORDED_NUMBER, NOTE);

    /** An amendment record: {@code "type": "amendment"} or {@code "unrecorded-amendment"}. */
    static final UnionCodec<AmendmentRecord> RECORD = UnionCodec.byClass("amendmentRecord", List.of(
            UnionCodec.variant("amendment", Amendment.class, AMENDMENT),
            UnionCodec.variant("unrecorded-amendment", UnrecordedAmendment.class, UNRECORDED)),
            type -> "'" + type + "' is not one of amendment, unrecorded-amendment");

    static final ValueCodec<List<AmendmentRecord>> RECORDS = Scalars.list(RECORD);

    private AmendmentCodecs() {
    }
}
