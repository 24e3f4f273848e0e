package dev.conventio.amendment;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.AddContribution;
import dev.conventio.change.ChangePhaseStatus;
import dev.conventio.convention.Article;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.convention.ConventionFixtures;
import dev.conventio.party.Person;
import dev.conventio.signature.Signature;
import dev.conventio.signature.SignatureCodes;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.PhaseStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmendmentTest {

    private static final LocalDate FIRST = LocalDate.of(2020, 1, 27);
    private static final LocalDate LAST = LocalDate.of(2020, 2, 3);

    static Amendment.Builder draft() {
        return Amendment.builder().number(2)
                .addArticles(Article.of("1", "Étapes de la phase 3"), Article.of("2", "Conditions financières"))
                .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(LocalDate.of(2020, 12, 31))))
                .addChanges(ChangePhaseStatus.of("1", 3, PhaseStatus.VALIDATED),
                        AddContribution.of("2", ConventionFixtures.contribution("participation-2020", 100_000)))
                .addSignatures(Signature.unsigned("metropole-amp", Person.of("Arlette Fructus"), "Vice-Présidente"),
                        Signature.unsigned("gip-crpv-paca", Person.of("Mustapha Berra"), "Directeur"));
    }

    @Test
    void aDraftHasNoConclusionDate() {
        Amendment draft = draft().build();
        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.lastSignatureDate()).isEmpty();
        assertThat(draft.article("2").flatMap(Article::title)).contains("Conditions financières");
        assertThat(draft.article("5")).isEmpty();
    }

    @Test
    void anAmendmentWithoutSignaturesIsADraft() {
        assertThat(draft().signatures(List.of()).build().isDraft()).isTrue();
    }

    @Test
    void aPartlySignedAmendmentIsStillADraft() {
        Amendment draft = draft().build();
        Amendment partly = draft.withSignatures(List.of(draft.signatures().get(0).withDate(FIRST),
                draft.signatures().get(1)));
        assertThat(partly.isDraft()).isTrue();
        assertThat(partly.lastSignatureDate()).isEmpty();
    }

    @Test
    void aSignedAmendmentIsConcludedOnItsLastSignature() {
        Amendment draft = draft().build();
        Amendment signed = draft.withSignatures(List.of(draft.signatures().get(0).withDate(LAST),
                draft.signatures().get(1).withDate(FIRST)));
        assertThat(signed.isDraft()).isFalse();
        assertThat(signed.lastSignatureDate()).contains(LAST);
    }

    @Test
    void numbersStartAtOne() {
        assertViolation(() -> draft().number(0).build(), AmendmentCodes.AMENDMENT_NUMBER_NOT_POSITIVE, "number");
        assertViolation(() -> UnrecordedAmendment.of(0), AmendmentCodes.AMENDMENT_NUMBER_NOT_POSITIVE, "number");
        assertThat(UnrecordedAmendment.of(1, "Mentionné par l'avenant n° 2").note())
                .contains("Mentionné par l'avenant n° 2");
    }

    @Test
    void everyChangeBelongsToOneOfTheArticles() {
        assertViolation(() -> draft().addChanges(ChangePhaseStatus.of("7", 1, PhaseStatus.COMPLETED)).build(),
                AmendmentCodes.CHANGE_ARTICLE_UNKNOWN, "changes[2].article");
    }

    @Test
    void articleNumbersAreUnique() {
        assertViolation(() -> draft().addArticles(Article.of("2", "Bis")).build(),
                ConventionCodes.ARTICLES_DUPLICATE_NUMBER, "articles[2].number");
    }

    @Test
    void onePartySignsOnce() {
        assertViolation(() -> draft().addSignatures(Signature.of("metropole-amp", Person.of("X"), "Y", FIRST))
                .build(), SignatureCodes.SIGNATURES_DUPLICATE_PARTY, "signatures[2].party");
    }

    @Test
    void preambleParagraphsAndTitleMustNotBeBlank() {
        assertViolation(() -> draft().addPreamble("Motifs", " ").build(), CommonCodes.TEXT_BLANK, "preamble[1]");
        assertViolation(() -> draft().title("").build(), CommonCodes.TEXT_BLANK, "title");
    }
}
