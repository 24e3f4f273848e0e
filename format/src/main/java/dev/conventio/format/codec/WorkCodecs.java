package dev.conventio.format.codec;

import dev.conventio.convention.Article;
import dev.conventio.format.RejectionCode;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import dev.conventio.work.PhaseStatus;
import java.util.List;

/** Articles, phases and orientations: each object's members declared once. */
final class WorkCodecs {

    private static final Member<Article, String> ARTICLE_NUMBER = Member.required(Names.NUMBER, Scalars.TEXT,
            Article::number);
    private static final Member<Article, String> ARTICLE_TITLE = Member.optional(Names.TITLE, Scalars.TEXT,
            Article::title);
    private static final Member<Article, String> ARTICLE_TEXT = Member.optional(Names.TEXT, Scalars.TEXT,
            Article::text);

    static final ObjectCodec<Article> ARTICLE = ObjectCodec.of("article", WorkCodecs::article,
            ARTICLE_NUMBER, ARTICLE_TITLE, ARTICLE_TEXT);

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
        if (title == null && text == null) {
            // The model has no article without both: it could not be built, and must not be invented.
            throw values.reject(RejectionCode.MISSING_FIELD, "an article has a title, a text or both");
        }
        return title == null ? Article.untitled(number, text)
                : text == null ? Article.of(number, title) : Article.of(number, title, text);
    }
}
