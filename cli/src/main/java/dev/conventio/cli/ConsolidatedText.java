package dev.conventio.cli;

import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.convention.Article;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.Provenance;
import dev.conventio.history.Sourced;
import dev.conventio.party.Mandate;
import dev.conventio.party.Party;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.render.FrenchLabels;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.text.Block;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import dev.conventio.validation.ValidationException;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The consolidated convention as French text (version consolidée), each element followed by the
 * instrument and article that set it: {@code [convention initiale]}, {@code [avenant n° 2, article 3]}.
 *
 * <p>Sections come in the order of a convention's text: object, parties, phases and their
 * orientations, contributions, steering committee, decisions, term, articles; an empty section is
 * left out. Values are the model's own; only the words around them, and every constant, are French.
 */
final class ConsolidatedText {

    private final StringBuilder text = new StringBuilder();
    private final ConsolidatedConvention view;

    private ConsolidatedText(ConsolidatedConvention view) {
        this.view = view;
    }

    /** Renders a view, ending with a line feed. */
    static String render(ConsolidatedConvention view) {
        ConsolidatedText rendering = new ConsolidatedText(view);
        rendering.header();
        rendering.parties();
        rendering.phases();
        rendering.contributions();
        rendering.governance();
        rendering.term();
        rendering.articles();
        return rendering.text.toString();
    }

    /**
     * {@code [convention initiale]} or {@code [avenant n° 2, article 3]}: the article's number as
     * recorded, in brackets after the element it sources.
     */
    static String provenance(Provenance provenance) {
        return "[" + FrenchLabels.of(provenance.instrument())
                + provenance.article().map(article -> ", article " + article).orElse("") + "]";
    }

    private void line(String line) {
        text.append(line).append('\n');
    }

    private void section(String title) {
        line("");
        line(title);
    }

    private void header() {
        line("Convention " + view.convention().identification() + " conclue "
                + FrenchLabels.dated(view.convention().concludedOn()));
        line("Version consolidée au " + FrenchLabels.of(view.date()));
        List<Integer> inForce = view.amendmentsInForce();
        line(inForce.isEmpty() ? "Avenants en vigueur : aucun"
                : "Avenants en vigueur : " + inForce.stream().map(n -> "n° " + n).collect(Collectors.joining(", ")));
        for (UnrecordedAmendment unrecorded : view.unrecordedBefore()) {
            line("Attention : l'avenant n° " + unrecorded.number() + " n'est pas enregistré et peut être en "
                    + "vigueur ; cette version peut être incomplète"
                    + unrecorded.note().map(note -> " (" + note + ")").orElse("") + ".");
        }
        section("Objet");
        line("  " + view.object().value() + " " + provenance(view.object().provenance()));
    }

    private void parties() {
        if (view.parties().isEmpty()) {
            return;
        }
        section("Parties");
        for (Sourced<Party> sourced : view.parties()) {
            Party party = sourced.value();
            StringBuilder entry = new StringBuilder("  - ").append(party.name()).append(" (")
                    .append(FrenchLabels.of(party.kind()));
            party.siren().ifPresent(siren -> entry.append(", SIREN ").append(siren));
            party.siret().ifPresent(siret -> entry.append(", SIRET ").append(siret));
            entry.append(")");
            party.representative().ifPresent(representative -> entry.append(", représentée par ")
                    .append(representative(representative)));
            party.mandate().ifPresent(mandate -> entry.append(", dûment habilitée par ").append(mandate(mandate)));
            line(entry + " " + provenance(sourced.provenance()));
        }
    }

    private static String person(Person person) {
        return person.civility().map(civility -> civility.abbreviation() + " ").orElse("") + person.fullName();
    }

    private static String representative(Representative representative) {
        return representative.person().map(p -> person(p) + ", ").orElse("") + representative.title()
                + (representative.orDelegate() ? ", ou son représentant" : "");
    }

    private static String mandate(Mandate mandate) {
        return "délibération " + mandate.deliberationNumber().map(number -> "n° " + number + " ").orElse("")
                + "(" + mandate.decidingBody() + ") du " + FrenchLabels.of(mandate.date());
    }

    private void phases() {
        if (view.phases().isEmpty()) {
            return;
        }
        section("Phases");
        for (Sourced<Phase> sourced : view.phases()) {
            Phase phase = sourced.value();
            line("  Phase " + phase.number() + " : " + phase.title() + " — " + FrenchLabels.of(phase.status()) + " "
                    + provenance(sourced.provenance()));
            phase.description().ifPresent(description -> line("    " + description));
            List<Sourced<Orientation>> orientations = view.orientations(phase.number());
            if (!orientations.isEmpty()) {
                line("    Orientations :");
            }
            for (Sourced<Orientation> orientation : orientations) {
                line("      " + orientation.value().order() + ". " + orientation.value().title() + " "
                        + provenance(orientation.provenance()));
                orientation.value().justification().ifPresent(justification ->
                        line("         Justification : " + justification));
            }
        }
    }

    private String partyName(String id) {
        return view.party(id).map(party -> party.value().name()).orElse(id);
    }

    private void contributions() {
        if (view.contributions().isEmpty()) {
            return;
        }
        section("Contributions");
        for (Sourced<FinancialContribution> sourced : view.contributions()) {
            FinancialContribution contribution = sourced.value();
            String nature = FrenchLabels.of(contribution.nature());
            line("  - " + Character.toUpperCase(nature.charAt(0)) + nature.substring(1) + " « " + contribution.id()
                    + " » de " + partyName(contribution.contributor()) + " à " + partyName(contribution.beneficiary())
                    + " : " + contribution.amount().map(FrenchLabels::of).orElse("montant non connu")
                    + contribution.budget().map(budget -> ", exercice" + (budget.isSingleYear() ? " " : "s ") + budget)
                            .orElse("") + " " + provenance(sourced.provenance()));
            contribution.purpose().ifPresent(purpose -> line("    Objet : " + purpose));
            for (Instalment instalment : contribution.schedule()) {
                line("    Échéance " + instalment.dueOn().map(date -> "du " + FrenchLabels.of(date))
                        .orElse("sous condition") + " : " + FrenchLabels.of(instalment.amount()));
            }
        }
        try {
            view.commitments().total().amount().ifPresent(total -> line("  Total engagé : " + FrenchLabels.of(total)));
        } catch (ValidationException e) {
            line("  Total engagé : non calculé, les montants sont en plusieurs devises");
        }
    }

    private void governance() {
        view.steeringCommittee().ifPresent(sourced -> {
            SteeringCommittee committee = sourced.value();
            section("Pilotage");
            line("  " + committee.name() + committee.mission().map(mission -> " : " + mission).orElse("") + " "
                    + provenance(sourced.provenance()));
            if (!committee.members().isEmpty()) {
                line("    Membres : " + String.join(", ", committee.members()));
            }
        });
        if (view.decisions().isEmpty()) {
            return;
        }
        section("Décisions du comité");
        for (Sourced<CommitteeDecision> sourced : view.decisions()) {
            CommitteeDecision decision = sourced.value();
            String phases = decision.validatedPhases().isEmpty() ? ""
                    : " (phases validées : " + decision.validatedPhases().stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")) + ")";
            line("  - " + FrenchLabels.of(decision.decidedOn()) + " : " + decision.statement() + phases + " "
                    + provenance(sourced.provenance()));
        }
    }

    private void term() {
        view.term().ifPresent(sourced -> {
            Term term = sourced.value();
            section("Durée");
            line("  Prise d'effet " + start(term.start()) + " ; " + term.end().map(ConsolidatedText::end).orElse("sans terme")
                    + term.renewal().map(renewal -> " ; " + renewal(renewal)).orElse("") + " "
                    + provenance(sourced.provenance()));
        });
    }

    private static String start(StartRule start) {
        return switch (start.kind()) {
            case ON_SIGNATURE_BY_ALL_PARTIES -> "à la signature par toutes les parties";
            case ON_DATE -> "le " + FrenchLabels.of(start.date().orElseThrow());
            case ON_NOTIFICATION -> "à la notification"
                    + start.date().map(date -> ", faite le " + FrenchLabels.of(date)).orElse("");
        };
    }

    private static String end(TermEnd end) {
        return end.date().map(date -> "terme le " + FrenchLabels.of(date))
                .orElseGet(() -> "durée de " + FrenchLabels.of(end.duration().orElseThrow()));
    }

    private static String renewal(Renewal renewal) {
        return "renouvelable " + (renewal.tacit() ? "par tacite reconduction" : "expressément") + " pour "
                + FrenchLabels.of(renewal.period()) + ", " + renewal.maxRenewals() + " fois au plus";
    }

    private void articles() {
        if (view.articles().isEmpty()) {
            return;
        }
        section("Articles");
        for (Sourced<Article> sourced : view.articles()) {
            Article article = sourced.value();
            line("  Article " + article.number() + article.title().map(title -> " — " + title).orElse("") + " "
                    + provenance(sourced.provenance()));
            for (Block block : article.content().blocks()) {
                line("    " + (block instanceof Paragraph paragraph
                        ? paragraph.text().orElse("[alinéa dont le texte n'est pas enregistré]")
                        : "[" + ((Table) block).label() + "]"));
            }
            if (!article.content().complete() && !article.content().blocks().isEmpty()) {
                line("    [la suite du texte n'est pas enregistrée]");
            }
        }
    }
}
