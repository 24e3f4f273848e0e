package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.Change;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.party.Civility;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.Violation;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/** A small convention and amendments to it, built for the tests of this package. */
final class Fixtures {

    static final String METROPOLE = "metropole";
    static final String GIP = "gip";
    static final String COMMUNE = "commune";
    static final LocalDate CONCLUDED = LocalDate.of(2017, 11, 22);
    static final LocalDate BASE_END = LocalDate.of(2020, 12, 31);
    static final LocalDate DECIDED = LocalDate.of(2019, 3, 21);
    /** The day {@link #check} and {@link #after} sign their amendment. */
    static final LocalDate FIRST_SIGNED = LocalDate.of(2020, 3, 10);

    private Fixtures() {
    }

    static Party party(String id, String name, PartyKind kind) {
        return Party.builder().id(id).name(name).kind(kind).build();
    }

    static FinancialContribution contribution(String id, String amount, int year) {
        return FinancialContribution.builder().id(id).contributor(METROPOLE).beneficiary(GIP)
                .amount(Money.parse(amount)).budget(BudgetPeriod.ofYear(year)).build();
    }

    /** The base: two parties, three phases, one 50 000 EUR contribution for 2018, ends 2020-12-31. */
    static Convention base() {
        return Convention.builder()
                .reference("TEST 001")
                .object("Évaluation des contrats de ville")
                .addParty(party(METROPOLE, "Métropole", PartyKind.METROPOLE))
                .addParty(party(GIP, "GIP", PartyKind.GIP))
                .concludedOn(CONCLUDED)
                .addArticle(Article.of("1", "Objet", "La convention a pour objet l'évaluation."))
                .addArticle(Article.of("2", "Conditions financières", "50 000 € pour 2018."))
                .addPhase(Phase.builder().number(1).title("Évaluation à mi-parcours")
                        .addOrientation(Orientation.of(1, "Référentiel")).build())
                .addPhase(Phase.of(2, "Exploitation du référentiel"))
                .addPhase(Phase.of(3, "Évaluation finale"))
                .addContribution(contribution("phase-1", "EUR 50000", 2018))
                .addDecision(CommitteeDecision.of(DECIDED, "Validation des phases 2 et 3", 2, 3))
                .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(BASE_END)))
                .addSignature(signature(METROPOLE, LocalDate.of(2017, 11, 20)))
                .addSignature(signature(GIP, CONCLUDED))
                .build();
    }

    static Signature signature(String party, LocalDate date) {
        return Signature.of(party, Person.of(Civility.MADAME, "Signataire " + party), "Pour " + party, date);
    }

    static Signature unsigned(String party) {
        return Signature.unsigned(party, Person.of(Civility.MADAME, "Signataire " + party), "Pour " + party);
    }

    /** An amendment with articles 1 to 3, in force from its signature to {@code end}. */
    static Amendment.Builder amendment(int number, LocalDate end, Change... changes) {
        return Amendment.builder().number(number)
                .addArticle(Article.of("1", "Étapes de travail"))
                .addArticle(Article.of("2", "Conditions financières"))
                .addArticle(Article.of("3", "Durée"))
                .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(end)))
                .addAllChanges(List.of(changes));
    }

    /** An amendment signed by both base parties on {@code signedOn}, in force until {@code end}. */
    static Amendment signed(int number, LocalDate signedOn, LocalDate end, Change... changes) {
        return amendment(number, end, changes)
                .addSignature(signature(METROPOLE, signedOn.minusDays(3)))
                .addSignature(signature(GIP, signedOn))
                .build();
    }

    /** An amendment with undated signature blocks for both base parties. */
    static Amendment draft(int number, Change... changes) {
        return amendment(number, BASE_END, changes)
                .addSignature(unsigned(METROPOLE))
                .addSignature(unsigned(GIP))
                .build();
    }

    /** What checking amendment 1, signed on {@link #FIRST_SIGNED} until {@link #BASE_END}, finds. */
    static List<Violation> check(Convention base, Change... changes) {
        return History.of(base).check(signed(1, FIRST_SIGNED, BASE_END, changes));
    }

    /** The convention as of {@link #FIRST_SIGNED} once amendment 1, signed that day, is added. */
    static ConsolidatedConvention after(Convention base, Change... changes) {
        return History.of(base).add(signed(1, FIRST_SIGNED, BASE_END, changes)).asOf(FIRST_SIGNED);
    }
}
