package dev.conventio.format.codec;

import dev.conventio.convention.Article;
import dev.conventio.format.RejectionCode;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import dev.conventio.work.PhaseStatus;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Text;
import java.util.List;
import java.util.Optional;

/** Articles, phases and orientations: each object's members declared once. */
final class WorkCodecs {

    private static final Member<Article, String> ARTICLE_NUMBER = Member.required(Names.NUMBER, Scalars.TEXT,
            Article::number);
    private static final Member<Article, String> ARTICLE_TITLE = Member.optional(Names.TITLE, Scalars.TEXT,
            Article::title);
    /** Version 1: the text as one string, which reads as one paragraph recorded whole. */
    private static final Member<Article, String> ARTICLE_TEXT = Member.optional(Names.TEXT, Scalars.TEXT,
            WorkCodecs::versionOneText).until(1);
    /** Version 2: the text, paragraph by paragraph, recorded whole, in part or not at all. */
    private static final Member<Article, Text> ARTICLE_CONTENT = Member.optional(Names.CONTENT, TextCodecs.TEXT,
            (Article article) -> article.content().equals(Text.unrecorded()) ? Optional.empty() : Optional.of(article.content()))
            .since(2).succeeding();

    static final ObjectCodec<Article> ARTICLE = ObjectCodec.of("article", WorkCodecs::article,
            ARTICLE_NUMBER, ARTICLE_TITLE, ARTICLE_TEXT, ARTICLE_CONTENT);

    static final ValueCodec<List<Article>> ARTICLES = Scalars.list(ARTICLE);

    private static final Member<Orientation, Integer> ORDER = Member.required(Names.ORDER, Scalars.INTEGER,
            Orientation::order);
    private static final Member<Orientation, String> ORIENTATION_TITLE = Member.required(Names.TITLE, Scalars.TEXT,
            Orientation::title);
    private static final Member<Orientation, String> JUSTIFICATION = Member.optional(Names.JUSTIFICATION, Scalars.TEXT,
            Orientation::justification);

    static final ObjectCodec<Orientation> ORIENTATION = ObjectCodec.of("orientation", values ->
            values.has(JUSTIFICATION)
                    ? Orientation.of(values.get(ORDER), values.get(ORIENTATION_TITLE), values.get(JUSTIFICATION))
                    : Orientation.of(values.get(ORDER), values.get(ORIENTATION_TITLE)),
            ORDER, ORIENTATION_TITLE, JUSTIFICATION);

    static final ValueCodec<List<Orientation>> ORIENTATIONS = Scalars.list(ORIENTATION);

    private static final Member<Phase, Integer> PHASE_NUMBER = Member.required(Names.NUMBER, Scalars.INTEGER,
            Phase::number);
    private static final Member<Phase, String> PHASE_TITLE = Member.required(Names.TITLE, Scalars.TEXT, Phase::title);
    private static final Member<Phase, String> DESCRIPTION = Member.optional(Names.DESCRIPTION, Scalars.TEXT,
            Phase::description);
    private static final Member<Phase, PhaseStatus> STATUS = Member.required(Names.STATUS, Constants.PHASE_STATUSES,
            Phase::status);
    private static final Member<Phase, List<Orientation>> PHASE_ORIENTATIONS = Member.required(Names.ORIENTATIONS,
            ORIENTATIONS, Phase::orientations);

    static final ObjectCodec<Phase> PHASE = ObjectCodec.of("phase", values -> Phase.builder()
            .number(values.get(PHASE_NUMBER))
            .title(values.get(PHASE_TITLE))
            .description(values.optional(DESCRIPTION))
            .status(values.get(STATUS))
            .orientations(values.get(PHASE_ORIENTATIONS))
            .build(), PHASE_NUMBER, PHASE_TITLE, DESCRIPTION, STATUS, PHASE_ORIENTATIONS);

    private WorkCodecs() {
    }

    private static Article article(Values values) {
        String number = values.get(ARTICLE_NUMBER);
        String title = values.get(ARTICLE_TITLE);
        String text = values.get(ARTICLE_TEXT);
        Text content = text != null ? Text.of(Paragraph.of(text)) : values.optional(ARTICLE_CONTENT).orElse(Text.unrecorded());
        if (values.version() == 1 && title == null && text == null) {
            // Version 1 has no article known by its number only: its meaning stays.
            throw values.reject(RejectionCode.MISSING_FIELD, "an article has a title, a text or both");
        }
        Article article = Article.of(number, content);
        return title == null ? article : article.withTitle(Optional.of(title));
    }

    /**
     * The text of an article as version 1 writes it: one paragraph recorded whole, or nothing when
     * nothing is recorded; any other text cannot be written in version 1 without losing part of it.
     */
    private static Optional<String> versionOneText(Article article) {
        Text content = article.content();
        if (content.equals(Text.unrecorded())) {
            return Optional.empty();
        }
        if (content.complete() && content.blocks().size() == 1 && content.blocks().get(0) instanceof Paragraph
                && content.blocks().get(0).isKnown() && !((Paragraph) content.blocks().get(0)).hasRecordedSentences()) {
            return ((Paragraph) content.blocks().get(0)).text();
        }
        throw new IllegalArgumentException("the text of article " + article.number() + " is not one paragraph recorded"
                + " whole and cannot be written in format version 1; write version 2");
    }
}
