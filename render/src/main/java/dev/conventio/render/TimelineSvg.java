package dev.conventio.render;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.date.PartialDate;
import dev.conventio.history.History;
import dev.conventio.history.Instrument;
import dev.conventio.history.TimelineEvent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The history of a convention as an SVG timeline (frise chronologique): the convention's life from
 * its conclusion to its end, and for each amendment its signatures and the time its provisions are
 * in force, as a bar; committee decisions as marks; a consolidation date as a line.
 * <pre>{@code
 * String svg = TimelineSvg.render(history);                     // a standalone SVG document
 * String inline = TimelineSvg.render(history, LocalDate.of(2020, 6, 30));
 * }</pre>
 *
 * <p>Every element has an {@code id} — {@code vie-convention}, {@code conclusion},
 * {@code fin-convention}, {@code avenant-2}, {@code avenant-2-signature-1}, {@code avenant-2-effet},
 * {@code decision-1}, {@code date-consolidation} — and a French {@code title} (its tooltip). A
 * convention whose end is not known has its life drawn open ({@code class="vie ouverte"}), never
 * given an invented end. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TimelineSvg {

    /** The SVG namespace. */
    public static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private static final int WIDTH = 960;
    private static final int MARGIN = 30;
    private static final int ROW = 34;
    private static final int LABEL = 150;

    private final LocalDate from;
    private final LocalDate to;

    private TimelineSvg(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    /**
     * Renders the timeline of a history.
     *
     * @param history  the history, not null
     * @return the SVG document, never null
     * @throws NullPointerException if the history is null
     */
    public static String render(History history) {
        return render(history, null);
    }

    /**
     * Renders the timeline of a history with a line at a consolidation date.
     *
     * @param history  the history, not null
     * @param asOf  the date of the consolidation, or null for none
     * @return the SVG document, never null
     * @throws NullPointerException if the history is null
     */
    public static String render(History history, LocalDate asOf) {
        Objects.requireNonNull(history, "history");
        List<TimelineEvent> events = history.timeline();
        // The axis starts at the conclusion, or the first day it may be; at the first event when unknown.
        LocalDate first = history.base().concludedOn().earliest()
                .or(() -> events.stream().map(TimelineEvent::date).min(Comparator.naturalOrder()))
                .orElse(asOf);
        if (first == null) {
            return svg(ROW).element("title", "Chronologie de la convention " + history.base().identification())
                    .element("text", "Aucune date connue : rien à placer sur la chronologie.", "x", "4", "y", "20")
                    .close("svg").toString();
        }
        LocalDate last = first.plusYears(1);
        for (TimelineEvent event : events) {
            last = event.date().isAfter(last) ? event.date() : last;
            first = event.date().isBefore(first) ? event.date() : first;
        }
        if (asOf != null) {
            last = asOf.isAfter(last) ? asOf : last;
            first = asOf.isBefore(first) ? asOf : first;
        }
        LocalDate to = LocalDate.of(last.getYear() + 1, 1, 1);
        LocalDate from = LocalDate.of(first.getYear(), 1, 1);
        return new TimelineSvg(from, to).draw(history, events, asOf);
    }

    /** A timeline's root element, opened: the full width, the height given, and any other attributes. */
    private static Markup svg(int height, String... attributes) {
        List<String> all = new ArrayList<>(List.of("xmlns", NAMESPACE, "class", "chronologie", "role", "img",
                "viewBox", "0 0 " + WIDTH + " " + height, "width", String.valueOf(WIDTH),
                "height", String.valueOf(height)));
        all.addAll(List.of(attributes));
        return new Markup().open("svg", all.toArray(String[]::new));
    }

    private double x(LocalDate date) {
        double span = ChronoUnit.DAYS.between(from, to);
        return LABEL + (WIDTH - LABEL - MARGIN) * ChronoUnit.DAYS.between(from, date) / span;
    }

    private static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private String draw(History history, List<TimelineEvent> events, LocalDate asOf) {
        List<AmendmentRecord> amendments = history.amendments();
        int height = ROW * (amendments.size() + 3);
        Markup svg = svg(height, "aria-labelledby", "chronologie-titre");
        svg.element("title", "Chronologie de la convention " + history.base().identification(), "id", "chronologie-titre");
        svg.open("style").text(".axe{stroke:#555}.vie{fill:#d9e6f2;stroke:#3a6ea5}.ouverte{stroke-dasharray:6 4}"
                + ".effet{fill:#f6d7a7;stroke:#b86b00}.signature{fill:#b86b00}.decision{fill:#2e7d32}"
                + ".consolidation{stroke:#c62828;stroke-width:2}text{font:12px sans-serif;fill:#222}").close("style");
        axis(svg, height);
        convention(svg, history, events);
        for (int i = 0; i < amendments.size(); i++) {
            amendment(svg, amendments.get(i), events, ROW * (i + 2));
        }
        if (asOf != null) {
            svg.open("line", "id", "date-consolidation", "class", "consolidation", "x1", number(x(asOf)), "y1", "4",
                    "x2", number(x(asOf)), "y2", String.valueOf(height - 4))
                    .element("title", "Version consolidée au " + FrenchLabels.of(asOf)).close("line");
        }
        return svg.close("svg").toString();
    }

    private void axis(Markup svg, int height) {
        int y = height - 14;
        svg.empty("line", "class", "axe", "x1", String.valueOf(LABEL), "y1", String.valueOf(y), "x2",
                String.valueOf(WIDTH - MARGIN), "y2", String.valueOf(y));
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            double x = x(LocalDate.of(year, 1, 1));
            svg.empty("line", "class", "axe", "x1", number(x), "y1", String.valueOf(y - 4), "x2", number(x), "y2",
                    String.valueOf(y + 4));
            svg.element("text", String.valueOf(year), "x", number(x - 14), "y", String.valueOf(height - 1));
        }
    }

    private void convention(Markup svg, History history, List<TimelineEvent> events) {
        PartialDate conclusion = history.base().concludedOn();
        LocalDate concluded = conclusion.earliest().orElse(from);
        Optional<TimelineEvent> end = events.stream()
                .filter(e -> e.kind() == TimelineEvent.Kind.END && e.instrument().isBase()).findFirst();
        int y = ROW / 2;
        svg.element("text", "Convention", "x", "4", "y", String.valueOf(y + 14));
        double right = end.map(e -> x(e.date().plusDays(1))).orElse(x(to));
        svg.open("rect", "id", "vie-convention", "class", end.isPresent() ? "vie" : "vie ouverte", "x",
                number(x(concluded)), "y", String.valueOf(y), "width", number(Math.max(1, right - x(concluded))),
                "height", "18");
        svg.element("title", "Convention " + history.base().identification() + " : conclue "
                + FrenchLabels.dated(conclusion)
                + end.map(e -> ", terme le " + FrenchLabels.of(e.date())).orElse(", terme non connu")).close("rect");
        // A conclusion known in part has no point on the line: its day is never invented.
        conclusion.date().ifPresent(day -> svg.open("circle", "id", "conclusion", "class", "signature", "cx",
                number(x(day)), "cy", String.valueOf(y + 9), "r", "4")
                .element("title", "Conclusion le " + FrenchLabels.of(day)).close("circle"));
        end.ifPresent(e -> svg.open("line", "id", "fin-convention", "class", "axe", "x1", number(right), "y1",
                String.valueOf(y - 2), "x2", number(right), "y2", String.valueOf(y + 20))
                .element("title", "Terme de la convention le " + FrenchLabels.of(e.date())).close("line"));
        int decision = 0;
        for (TimelineEvent event : events) {
            if (event.kind() == TimelineEvent.Kind.COMMITTEE_DECISION) {
                double x = x(event.date());
                decision++;
                svg.open("polygon", "id", "decision-" + decision, "class", "decision", "points", number(x) + ","
                        + (y - 4) + " " + number(x + 5) + "," + (y + 1) + " " + number(x) + "," + (y + 6) + " "
                        + number(x - 5) + "," + (y + 1))
                        .element("title", "Décision du comité le " + FrenchLabels.of(event.date()) + " ("
                                + FrenchLabels.of(event.instrument()) + ") : " + event.description()).close("polygon");
            }
        }
    }

    private void amendment(Markup svg, AmendmentRecord record, List<TimelineEvent> events, int y) {
        String id = "avenant-" + record.number();
        svg.open("g", "id", id);
        svg.element("text", "Avenant n° " + record.number(), "x", "4", "y", String.valueOf(y + 14));
        if (record instanceof UnrecordedAmendment) {
            svg.element("text", "non enregistré", "x", String.valueOf(LABEL), "y", String.valueOf(y + 14),
                    "class", "non-enregistre");
            svg.close("g");
            return;
        }
        Instrument instrument = Instrument.amendment(record.number());
        List<TimelineEvent> own = new ArrayList<>();
        events.stream().filter(e -> e.instrument().equals(instrument)).forEach(own::add);
        LocalDate start = null;
        LocalDate lapse = null;
        for (TimelineEvent event : own) {
            start = event.kind() == TimelineEvent.Kind.ENTRY_INTO_FORCE ? event.date() : start;
            lapse = event.kind() == TimelineEvent.Kind.LAPSE ? event.date() : lapse;
        }
        int signatures = (int) own.stream().filter(e -> e.kind() == TimelineEvent.Kind.SIGNATURE).count();
        if (start != null) {
            double right = lapse != null ? x(lapse.plusDays(1)) : x(to);
            svg.open("rect", "id", id + "-effet", "class", lapse != null ? "effet" : "effet ouverte", "x",
                    number(x(start)), "y", String.valueOf(y + 3), "width", number(Math.max(1, right - x(start))),
                    "height", "12");
            svg.element("title", "Avenant n° " + record.number() + " en vigueur du " + FrenchLabels.of(start)
                    + (lapse != null ? " au " + FrenchLabels.of(lapse) : ", sans terme connu")).close("rect");
        } else if (signatures == 0) {
            svg.element("text", "projet non signé : jamais en vigueur", "x", String.valueOf(LABEL), "y",
                    String.valueOf(y + 14), "class", "projet");
        }
        int signature = 0;
        for (TimelineEvent event : own) {
            if (event.kind() == TimelineEvent.Kind.SIGNATURE) {
                signature++;
                svg.open("circle", "id", id + "-signature-" + signature, "class", "signature", "cx",
                        number(x(event.date())), "cy", String.valueOf(y + 9), "r", "4")
                        .element("title", "Signature le " + FrenchLabels.of(event.date()) + " : " + event.description())
                        .close("circle");
            }
        }
        svg.close("g");
    }
}
