package dev.conventio.examples;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.AddAction;
import dev.conventio.change.AddArticle;
import dev.conventio.change.AddContribution;
import dev.conventio.change.AddParty;
import dev.conventio.change.AddPhase;
import dev.conventio.change.AddTarget;
import dev.conventio.change.Change;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.ChangeContributionSchedule;
import dev.conventio.change.ChangeMandate;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.ChangePhaseStatus;
import dev.conventio.change.ChangeRepresentative;
import dev.conventio.change.ChangeTermEnd;
import dev.conventio.change.ChangeTermStart;
import dev.conventio.change.ModifyText;
import dev.conventio.change.ProlongTerm;
import dev.conventio.change.RecordDecision;
import dev.conventio.change.RemoveAction;
import dev.conventio.change.RemoveContribution;
import dev.conventio.change.RemoveParty;
import dev.conventio.change.RemovePhase;
import dev.conventio.change.RemoveTarget;
import dev.conventio.change.ReplaceAction;
import dev.conventio.change.ReplaceArticle;
import dev.conventio.change.ReplaceContribution;
import dev.conventio.change.ReplacePhase;
import dev.conventio.change.ReplaceTarget;
import dev.conventio.change.SetGovernance;
import dev.conventio.change.SetOrientations;
import dev.conventio.change.SetTerm;
import dev.conventio.change.SetYearlyAmount;
import dev.conventio.change.SplitContribution;
import dev.conventio.change.TerminateConvention;
import dev.conventio.change.TransferMoney;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Decision;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.party.Mandate;
import dev.conventio.party.Party;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.render.FrenchLabels;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import java.io.PrintStream;
import java.util.stream.Collectors;

/** Prints conventions and amendments as readable text; what the reference example shows. */
final class Summary {

    private final PrintStream out;

    Summary(PrintStream out) {
        this.out = out;
    }

    void print(Convention convention, Amendment amendment) {
        printConvention(convention);
        out.println();
        printAmendment(amendment);
    }

    void printConvention(Convention convention) {
        out.println("Convention " + convention.identification() + ", conclue le " + convention.concludedOn());
        out.println("  Objet : " + convention.object());
        convention.parties().forEach(this::printParty);
        convention.amendmentClause().ifPresent(clause -> out.println("  Clause d'avenant : " + clause));
        convention.phases().forEach(this::printPhase);
        convention.contributions().forEach(c -> out.println("  " + contribution(c)));
        convention.steeringCommittee().ifPresent(c -> out.println("  " + committee(c)));
        convention.decisions().forEach(d -> out.println("  " + decision(d)));
        out.println("  Durée : " + convention.term().map(Summary::term).orElse("non précisée par le document"));
        if (convention.signatures().isEmpty()) {
            out.println("  Signatures : non précisées par le document");
        }
        convention.signatures().forEach(s -> out.println("  " + signature(s)));
    }

    void printAmendment(Amendment amendment) {
        out.println("Avenant n° " + amendment.number() + (amendment.isDraft() ? " (projet, non signé)" : ""));
        amendment.title().ifPresent(title -> out.println("  " + title));
        amendment.preamble().forEach(paragraph -> out.println("  Préambule : " + paragraph));
        for (Article article : amendment.articles()) {
            out.println("  Article " + article.number() + " : " + article.title().orElse(""));
            for (Change change : amendment.changes()) {
                if (change.article().equals(article.number())) {
                    out.println("    - " + change.accept(DESCRIBER));
                }
            }
        }
        out.println("  Durée de l'avenant : " + term(amendment.term()));
        amendment.representations().forEach(r -> out.println("  " + representation(r)));
        amendment.authorisations().forEach(a -> out.println("  " + authorisation(a)));
        amendment.signatures().forEach(s -> out.println("  " + signature(s)));
    }

    private void printParty(Party party) {
        out.println("  Partie " + party.id() + " : " + party.name() + " (" + FrenchLabels.of(party.kind()) + ")");
        party.representative().ifPresent(r -> out.println("    représentée par " + representative(r)));
        party.mandate().ifPresent(m -> out.println("    habilitée par " + mandate(m)));
    }

    private void printPhase(Phase phase) {
        out.println("  " + phase(phase));
        phase.orientations().forEach(o -> out.println("    " + orientation(o)));
    }

    static String representative(Representative representative) {
        return representative.person().map(p -> p + ", ").orElse("") + representative.title()
                + (representative.orDelegate() ? ", ou son représentant" : "");
    }

    static String representation(Representation representation) {
        return representation.party() + " représentée par " + representation.representatives().stream()
                .map(Summary::representative).collect(Collectors.joining(" et "));
    }

    static String authorisation(Authorisation authorisation) {
        Decision decision = authorisation.decision();
        return authorisation.party() + " habilitée à signer par " + label(decision.kind()) + " n° "
                + decision.number().orElse("..... (numéro inconnu)") + " du " + decision.body() + " du "
                + (decision.date().isKnown() ? decision.date() : "(date laissée en blanc)");
    }

    /** « délibération », « arrêté » or « décision du conseil ». */
    private static String label(Decision.Kind kind) {
        return switch (kind) {
            case DELIBERATION -> "délibération";
            case ARRETE -> "arrêté";
            case BOARD_DECISION -> "décision du conseil";
        };
    }

    static String mandate(Mandate mandate) {
        return "délibération n° " + mandate.deliberationNumber().orElse("..... (numéro inconnu)") + " du "
                + mandate.decidingBody() + " du " + mandate.date();
    }

    static String phase(Phase phase) {
        return "Phase " + phase.number() + " (" + FrenchLabels.of(phase.status()) + ") : " + phase.title();
    }

    static String orientation(Orientation orientation) {
        return orientation.order() + ". " + orientation.title()
                + orientation.justification().map(j -> " — justifiée par : " + j).orElse("");
    }

    static String contribution(FinancialContribution contribution) {
        return "Participation " + contribution.id() + " : " + contribution.amount().map(Object::toString)
                .orElse("montant non connu") + " de " + contribution.contributor() + " à " + contribution.beneficiary()
                + contribution.budget().map(budget -> " pour " + budget).orElse("") + " ("
                + FrenchLabels.of(contribution.nature()) + ")" + (contribution.schedule().isEmpty() ? ""
                        : ", échéancier " + contribution.schedule().stream().map(i -> i.dueOn().map(Object::toString)
                                .orElse("sous condition") + " " + i.amount()).collect(Collectors.joining(", ")));
    }

    static String committee(SteeringCommittee committee) {
        return committee.name() + committee.mission().map(m -> " : " + m).orElse("")
                + (committee.members().isEmpty() ? "" : " (membres " + committee.members() + ")");
    }

    static String decision(CommitteeDecision decision) {
        return "Décision du comité du " + decision.decidedOn() + " : " + decision.statement()
                + (decision.validatedPhases().isEmpty() ? "" : " (phases validées " + decision.validatedPhases() + ")");
    }

    static String term(Term term) {
        StartRule start = term.start();
        String from;
        switch (start.kind()) {
            case ON_SIGNATURE_BY_ALL_PARTIES:
                from = "à compter de la signature par toutes les parties";
                break;
            case ON_DATE:
                from = "à compter du " + start.date().orElseThrow();
                break;
            default:
                from = "à compter de la notification" + start.date().map(d -> " (notifiée le " + d + ")").orElse("");
                break;
        }
        String to = term.end().map(end -> end.date().map(d -> "jusqu'au " + d + " inclus")
                .orElseGet(() -> "pour une durée de " + end.duration().orElseThrow()))
                .orElse("sans terme propre : aussi longtemps que la convention");
        return from + ", " + to + term.renewal().map(r -> ", renouvelable " + r.maxRenewals() + " fois "
                + (r.tacit() ? "tacitement" : "expressément") + " pour " + r.period()).orElse("");
    }

    static String signature(Signature signature) {
        return "Pour " + signature.party() + signature.delegation().map(d -> ", pour " + d.onBehalfOf()
                + " et par délégation").orElse("") + ", " + signature.capacity()
                + signature.signatory().map(p -> ", " + p).orElse("") + " : " + signature.signedOn()
                        .map(d -> d.date().isPresent() ? "signé le " + d : d.isKnown() ? "signé en " + d
                                : "signé, à une date non précisée")
                        .orElse("non signé (projet)");
    }

    private static final Change.Visitor<String> DESCRIBER = new Change.Visitor<>() {
        @Override
        public String visit(SetOrientations change) {
            return "fixe les orientations de la phase " + change.phase() + " :\n" + change.orientations().stream()
                    .map(o -> "        " + orientation(o)).collect(Collectors.joining("\n"));
        }

        @Override
        public String visit(AddPhase change) {
            return "ajoute la " + phase(change.phase());
        }

        @Override
        public String visit(ReplacePhase change) {
            return "remplace la phase par " + phase(change.phase());
        }

        @Override
        public String visit(RemovePhase change) {
            return "supprime la phase " + change.phase();
        }

        @Override
        public String visit(ChangePhaseStatus change) {
            return "la phase " + change.phase() + " devient " + FrenchLabels.of(change.status());
        }

        @Override
        public String visit(RecordDecision change) {
            return "enregistre : " + decision(change.decision());
        }

        @Override
        public String visit(AddContribution change) {
            return "ajoute : " + contribution(change.contribution());
        }

        @Override
        public String visit(ReplaceContribution change) {
            return "remplace : " + contribution(change.contribution());
        }

        @Override
        public String visit(RemoveContribution change) {
            return "supprime la participation " + change.contribution();
        }

        @Override
        public String visit(ChangeContributionAmount change) {
            return "porte la participation " + change.contribution() + " à " + change.amount();
        }

        @Override
        public String visit(ChangeContributionSchedule change) {
            return "modifie l'échéancier de la participation " + change.contribution();
        }

        @Override
        public String visit(SetGovernance change) {
            return "instance de pilotage : " + committee(change.committee());
        }

        @Override
        public String visit(SetTerm change) {
            return "durée de la convention : " + term(change.term());
        }

        @Override
        public String visit(ChangeTermEnd change) {
            return "terme de la convention porté au " + change.end();
        }

        @Override
        public String visit(ChangeTermStart change) {
            return "prise d'effet de la convention : " + change.start();
        }

        @Override
        public String visit(AddParty change) {
            return "ajoute la partie " + change.party().name();
        }

        @Override
        public String visit(RemoveParty change) {
            return "retire la partie " + change.party();
        }

        @Override
        public String visit(ChangeRepresentative change) {
            return change.party() + " est représentée par " + representative(change.representative());
        }

        @Override
        public String visit(ChangeMandate change) {
            return change.party() + " est habilitée par " + mandate(change.mandate());
        }

        @Override
        public String visit(ReplaceArticle change) {
            return "remplace l'article " + change.replacement().number();
        }

        @Override
        public String visit(AddArticle change) {
            return "ajoute l'article " + change.added().number();
        }

        @Override
        public String visit(ChangeObject change) {
            return "nouvel objet : " + change.object();
        }

        @Override
        public String visit(ModifyText change) {
            return "modifie le texte : " + FrenchLabels.of(change.operation());
        }

        @Override
        public String visit(AddAction change) {
            return "ajoute l'action " + change.action().id() + " : " + change.action().title();
        }

        @Override
        public String visit(ReplaceAction change) {
            return "remplace l'action " + change.action().id() + " : " + change.action().title();
        }

        @Override
        public String visit(RemoveAction change) {
            return "supprime l'action " + change.action();
        }

        @Override
        public String visit(AddTarget change) {
            return "ajoute l'objectif " + change.target().id() + " : " + change.target().quantity();
        }

        @Override
        public String visit(ReplaceTarget change) {
            return "remplace l'objectif " + change.target().id() + " : " + change.target().quantity();
        }

        @Override
        public String visit(RemoveTarget change) {
            return "supprime l'objectif " + change.target();
        }

        @Override
        public String visit(SplitContribution change) {
            return "répartit la participation " + change.contribution() + " en " + change.parts().size() + " parts";
        }

        @Override
        public String visit(TransferMoney change) {
            return "transfère " + change.transfer().amount() + " de " + change.transfer().from() + " vers "
                    + change.transfer().to();
        }

        @Override
        public String visit(SetYearlyAmount change) {
            return "fixe le montant " + change.amount().year() + " de la participation " + change.contribution() + " : "
                    + change.amount().amount().map(Object::toString).orElse("non connu");
        }

        @Override
        public String visit(ProlongTerm change) {
            return "durée de la convention prolongée de " + change.by()
                    + change.statedTotal().map(total -> ", portée à " + total + " au total").orElse("");
        }

        @Override
        public String visit(TerminateConvention change) {
            return "convention résiliée, dernier jour en vigueur le " + change.lastDay()
                    + change.reason().map(reason -> " (" + reason + ")").orElse("");
        }
    };
}
