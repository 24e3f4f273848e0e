package dev.conventio.render;

import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.history.ArticleInForce;
import dev.conventio.history.BlockInForce;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.history.PendingModification;
import dev.conventio.history.Provenance;
import dev.conventio.history.Sourced;
import dev.conventio.history.TextInForce;
import dev.conventio.party.Mandate;
import dev.conventio.party.Party;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The convention as in force on a date, as a French HTML page (version consolidée): a header with
 * the date, the amendments applied and whether the view may be incomplete; the title, the parties
 * and who represents them, the visas, the preamble and the articles paragraph by paragraph; the
 * phases and orientations, the money, the steering committee, its decisions and the term; and the
 * history as an SVG timeline.
 * <pre>{@code
 * String page = ConsolidatedHtml.render(history, LocalDate.of(2020, 6, 30));
 * }</pre>
 *
 * <p>Each element an amendment set is annotated the way consolidated French texts are: « Modifié par
 * l'avenant n° 2, article 1er »; a paragraph an amendment inserted, « Créé par l'avenant n° 1,
 * article 1er ». What is not recorded is shown as not recorded — « [Alinéa dont le texte n'est pas
 * enregistré] », « [La suite du texte n'est pas enregistrée] » — and a textual modification kept as
 * an instruction is shown as such, never applied to invented text.
 *
 * <p>The page is polyglot XHTML: the same bytes are an HTML5 document and a well-formed XML one
 * (UTF-8, {@code <!DOCTYPE html>}, the XHTML namespace, every element closed, {@code lang="fr"}).
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConsolidatedHtml {

    /** The XHTML namespace, that of the page's root element. */
    public static final String NAMESPACE = "http://www.w3.org/1999/xhtml";

    private static final String STYLE = "body{font-family:Georgia,serif;max-width:52em;margin:auto;padding:1em;"
            + "line-height:1.45}header{border-bottom:1px solid #999}.incomplet{color:#8a4b00;font-weight:bold}"
            + ".annotation{display:block;font-size:.85em;color:#555;font-style:italic}.inconnu{color:#777}"
            + ".instruction{border-left:3px solid #b86b00;padding-left:.6em;font-size:.9em}"
            + "table{border-collapse:collapse}td{border:1px solid #aaa;padding:.2em .5em}";

    private final Markup page = new Markup();
    private final ConsolidatedConvention view;

    private ConsolidatedHtml(ConsolidatedConvention view) {
        this.view = view;
    }

    /**
     * Renders the convention as in force on a date, with the history's timeline.
     *
     * @param history  the history, not null
     * @param date  the date, not null
     * @return the page, never null
     * @throws NullPointerException if an argument is null
     */
    public static String render(History history, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new ConsolidatedHtml(history.asOf(date)).page(TimelineSvg.render(history, date));
    }

    /**
     * Renders a consolidated convention, without a timeline.
     *
     * @param view  the consolidated convention, not null
     * @return the page, never null
     * @throws NullPointerException if the view is null
     */
    public static String render(ConsolidatedConvention view) {
        return new ConsolidatedHtml(Objects.requireNonNull(view, "view")).page(null);
    }

    private String page(String timeline) {
        // A convention without a reference of its own is named by its NOR or its publication.
        String reference = view.convention().reference()
                .orElseGet(() -> view.convention().identification().toString());
        page.raw("<!DOCTYPE html>").line().open("html", "xmlns", NAMESPACE, "lang", "fr", "xml:lang", "fr").line();
        page.open("head").empty("meta", "charset", "utf-8")
                .element("title", "Convention " + reference + " — version consolidée au " + FrenchLabels.of(view.date()))
                .element("style", STYLE).close("head").line();
        page.open("body").line();
        header();
        page.open("main").line();
        page.element("h1", "Convention " + reference).line();
        page.element("p", "Conclue " + FrenchLabels.dated(view.convention().concludedOn()), "class", "conclusion").line();
        page.open("p", "class", "objet").text("Objet : " + view.object().value());
        annotate(view.object().provenance());
        page.close("p").line();
        parties();
        visas();
        section("preambule", "Préambule");
        text(view.text().preamble());
        page.close("section").line();
        articles();
        new Sections(page, view).render();
        if (timeline != null) {
            section("chronologie", "Chronologie");
            page.raw(timeline).line();
            page.close("section").line();
        }
        page.close("main").line().close("body").line().close("html").line();
        return page.toString();
    }

    private void header() {
        page.open("header").line();
        page.element("p", "Version consolidée au " + FrenchLabels.of(view.date()), "class", "date").line();
        List<Integer> applied = view.amendmentsInForce();
        page.element("p", applied.isEmpty() ? "Avenants appliqués : aucun" : "Avenants appliqués : "
                + applied.stream().map(n -> "n° " + n).collect(Collectors.joining(", ")), "class", "avenants").line();
        if (view.isPossiblyIncomplete()) {
            page.element("p", "Cette version peut être incomplète : " + view.unrecordedBefore().stream()
                    .map(ConsolidatedHtml::unrecorded).collect(Collectors.joining(" ; ")) + ".", "class", "incomplet",
                    "id", "peut-etre-incomplete").line();
        }
        if (view.text().hasUnknownParts()) {
            page.element("p", "Le texte n'est pas enregistré en entier : les parties non enregistrées sont signalées"
                    + " comme telles, sans être reconstituées.", "class", "incomplet", "id", "texte-incomplet").line();
        }
        page.close("header").line();
    }

    private static String unrecorded(UnrecordedAmendment amendment) {
        return "l'avenant n° " + amendment.number() + " n'est pas enregistré et peut être en vigueur"
                + amendment.note().map(note -> " (" + note + ")").orElse("");
    }

    /** Writes the annotation of an element an amendment set; nothing for the base. */
    void annotate(Provenance provenance) {
        annotate("Modifié par", provenance);
    }

    private void annotate(String verb, Provenance provenance) {
        if (!provenance.instrument().isBase()) {
            page.element("span", verb + " l'" + FrenchLabels.of(provenance), "class", "annotation");
        }
    }

    private void section(String id, String title) {
        page.open("section", "id", id).line().element("h2", title).line();
    }

    private void parties() {
        section("parties", "Parties");
        page.open("ul").line();
        for (Sourced<Party> sourced : view.parties()) {
            Party party = sourced.value();
            page.open("li", "id", "partie-" + party.id()).text(party.name() + " (" + FrenchLabels.of(party.kind()) + ")");
            party.siren().ifPresent(siren -> page.text(", SIREN " + siren));
            view.convention().representationOf(party.id()).ifPresent(r -> page.text(", représentée par "
                    + FrenchLabels.enumeration(r.representatives().stream().map(ConsolidatedHtml::representative).toList())));
            party.mandate().ifPresent(m -> page.text(", dûment habilitée par " + mandate(m)));
            annotate(sourced.provenance());
            page.close("li").line();
        }
        page.close("ul").line().close("section").line();
    }

    private static String person(Person person) {
        return person.civility().map(civility -> civility.abbreviation() + " ").orElse("") + person.fullName();
    }

    private static String representative(Representative representative) {
        return representative.person().map(person -> person(person) + ", ").orElse("") + representative.title()
                + (representative.orDelegate() ? ", ou son représentant" : "");
    }

    private static String mandate(Mandate mandate) {
        return "délibération " + mandate.deliberationNumber().map(number -> "n° " + number + " ")
                .orElse("(numéro non renseigné) ") + "du " + mandate.decidingBody() + " du " + FrenchLabels.of(mandate.date());
    }

    private void visas() {
        List<String> visas = view.convention().legalBases();
        if (visas.isEmpty()) {
            return;
        }
        section("visas", "Visas");
        page.open("ul").line();
        visas.forEach(visa -> page.element("li", visa).line());
        page.close("ul").line().close("section").line();
    }

    private void articles() {
        section("articles", "Articles");
        if (view.text().articles().isEmpty() && view.text().deleted().isEmpty()) {
            page.element("p", "[Aucun article de la convention n'est enregistré]", "class", "inconnu").line();
        }
        for (ArticleInForce article : view.text().articles()) {
            page.open("article", "id", "article-" + article.number().replaceAll("[^0-9A-Za-z]+", "-")).line();
            page.open("h3").text("Article " + FrenchLabels.article(article.number())
                    + article.title().map(title -> " — " + title).orElse(""));
            if (!article.provenance().instrument().isBase()) {
                annotate("Rédigé par", article.provenance());
            }
            for (Provenance modification : article.modifications()) {
                annotate(modification);
            }
            page.close("h3").line();
            text(article.content());
            page.close("article").line();
        }
        for (Sourced<String> deleted : view.text().deleted()) {
            page.open("p", "class", "abroge").text("Article " + FrenchLabels.article(deleted.value()) + " — abrogé");
            annotate("Abrogé par", deleted.provenance());
            page.close("p").line();
        }
        page.close("section").line();
    }

    private void text(TextInForce text) {
        if (text.blocks().isEmpty()) {
            page.element("p", text.complete() ? "[Sans texte]" : "[Texte non enregistré]", "class", "inconnu").line();
        }
        for (BlockInForce block : text.blocks()) {
            if (block.block() instanceof Paragraph paragraph) {
                page.open("p", "class", paragraph.isKnown() ? "alinea" : "alinea inconnu")
                        .text(paragraph.text().orElse("[Alinéa dont le texte n'est pas enregistré]"));
            } else {
                table((Table) block.block());
                page.open("p", "class", "tableau-provenance");
            }
            annotate("Créé par", block.origin());
            for (Provenance modification : block.modifications()) {
                annotate(modification);
            }
            page.close("p").line();
        }
        if (!text.complete() && !text.blocks().isEmpty()) {
            page.element("p", "[La suite du texte n'est pas enregistrée]", "class", "inconnu").line();
        }
        for (PendingModification pending : text.pending()) {
            page.open("aside", "class", "instruction").open("p")
                    .text("Modification non appliquée, le passage visé n'étant pas enregistré ("
                            + FrenchLabels.of(pending.provenance()) + ") : " + Instructions.of(pending.change().operation()))
                    .close("p").close("aside").line();
        }
    }

    private void table(Table table) {
        page.open("figure", "class", "tableau").element("figcaption", table.label());
        if (table.rowsRecorded() && !table.rows().isEmpty()) {
            page.open("table").open("tbody");
            for (List<String> row : table.rows()) {
                page.open("tr");
                row.forEach(cell -> page.element("td", cell));
                page.close("tr");
            }
            page.close("tbody").close("table");
        } else {
            page.element("p", table.rowsRecorded() ? "[Tableau sans ligne]" : "[Lignes du tableau non enregistrées]",
                    "class", "inconnu");
        }
        page.close("figure").line();
    }
}
