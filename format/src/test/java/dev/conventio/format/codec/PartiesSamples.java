package dev.conventio.format.codec;

import dev.conventio.amendment.Amendment;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Decision;
import dev.conventio.decision.Opinion;
import dev.conventio.decision.Verdict;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.party.Civility;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.PartyGroup;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.party.Rna;
import dev.conventio.party.Role;
import dev.conventio.party.Siren;
import dev.conventio.party.Siret;
import dev.conventio.publication.AmendmentReference;
import dev.conventio.publication.Bulletin;
import dev.conventio.publication.Citation;
import dev.conventio.publication.ConventionLink;
import dev.conventio.publication.ConventionReference;
import dev.conventio.publication.JournalOfficiel;
import dev.conventio.publication.LegalBasisCitation;
import dev.conventio.publication.Nor;
import dev.conventio.publication.OtherPublication;
import dev.conventio.publication.WebPublication;
import dev.conventio.signature.Delegation;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Values holding every member version 2 adds about parties, representation, decisions, opinions,
 * publications and links (issue #12): the source of the version-2 fixtures {@code parties-*.json}.
 */
final class PartiesSamples {

    private PartiesSamples() {
    }

    static Convention convention() {
        Party etat = Party.builder().id("etat").name("l'État").kind(PartyKind.ETAT).legalForm(LegalForm.ETAT).build();
        Party epic = Party.builder().id("bpifrance-epic").name("EPIC Bpifrance").kind(PartyKind.ETABLISSEMENT_PUBLIC)
                .legalForm(LegalForm.EPIC).siren(Siren.parse("483790069")).addRoles(Role.OPERATEUR).build();
        Party association = Party.builder().id("croix-rouge").name("La Croix-Rouge française")
                .kind(PartyKind.ASSOCIATION).legalForm(LegalForm.ASSOCIATION_LOI_1901).rna(Rna.parse("W751004076"))
                .tradeRegisterCity("Paris").address("98 rue Didot, 75014 Paris")
                .addDesignations("l'association").addRoles(Role.BENEFICIAIRE, Role.of("gestionnaire-de-projet")).build();
        Party present = Party.builder().id("prefecture").name("Préfecture de la région").kind(PartyKind.ETAT).build();
        return Convention.builder()
                .object("Programme d'essai")
                .addParties(etat, epic, association)
                .addParticipants(present)
                .addGroups(PartyGroup.builder().id("gestionnaire").name("le gestionnaire")
                        .addMembers("bpifrance-epic", "croix-rouge").addRoles(Role.GESTIONNAIRE).build())
                .concludedOn(LocalDate.of(2015, 7, 20))
                .addLegalBases("Vu l'article 8 de la loi n° 2010-237 du 9 mars 2010, modifié",
                        "Vu le code général des collectivités territoriales", "Vu la circulaire du 18 janvier 2010")
                .addLegalBasisCitations(LegalBasisCitation.of(0, Citation.builder().kind(Citation.Kind.LAW)
                                .number("2010-237").date(PartialDate.of(LocalDate.of(2010, 3, 9)))
                                .title("loi de finances rectificative pour 2010").build().withArticle("8").withAmendedBy(List.of(
                                Citation.law("2013-1278", PartialDate.parse("2013-12")).withArticle("59")))),
                        LegalBasisCitation.of(1, Citation.code("code général des collectivités territoriales")
                                .withArticle("L. 1611-4")))
                .addPublications(JournalOfficiel.builder().issueNumber("0167").date(PartialDate.of(LocalDate.of(2015, 7, 22)))
                        .textNumber(12).page(12345).nor(Nor.parse("PRMI1517000X"))
                        .eli("https://www.legifrance.gouv.fr/eli/convention/2015/7/20/PRMI1517000X/jo/texte")
                        .legifranceId("JORFTEXT000030916000").build())
                .addContributions(FinancialContribution.builder().id("dotation").contributor("etat")
                        .beneficiary("croix-rouge").amount(Money.of(CurrencyUnit.EUR, 1000)).budget(BudgetPeriod.ofYear(2015))
                        .grantingDecision(Decision.arrete("le Premier ministre", PartialDate.of(YearMonth.of(2015, 6))))
                        .payingEstablishment(Siret.parse("48379006900015"))
                        .receivingEstablishment(Siret.parse("77567227200017")).build())
                .addRepresentations(Representation.of("etat", Representative.office("le Premier ministre"),
                        Representative.officeOrDelegate("la ministre chargée des transports")),
                        Representation.of("prefecture", Representative.office("le préfet de région")))
                .addAuthorisations(Authorisation.of("bpifrance-epic", Decision.builder()
                        .kind(Decision.Kind.BOARD_DECISION).body("Conseil d'administration").number("2015-07")
                        .date(PartialDate.of(LocalDate.of(2015, 7, 1))).title("Approbation de la convention").build()))
                .addOpinions(Opinion.of("Commission de surveillance", PartialDate.unknown(), Verdict.FOR_INFORMATION))
                .addSignatures(Signature.byOffice("etat", "Le Premier ministre", PartialDate.of(Year.of(2015))),
                        Signature.of("bpifrance-epic", Person.of(Civility.MONSIEUR, "Nicolas Dufourcq"),
                                "directeur général", LocalDate.of(2015, 7, 20)),
                        Signature.builder().party("croix-rouge").capacity("le directeur général")
                                .signedOn(PartialDate.unknown()).delegation(Delegation.of("le président",
                                        Decision.boardDecision("Bureau", PartialDate.of(Year.of(2014))))).build())
                .addLinks(ConventionLink.of(ConventionLink.Relation.REPLACES, ConventionReference.builder()
                        .nor(Nor.parse("PRMX1031562X")).date(PartialDate.of(LocalDate.of(2010, 12, 8)))
                        .title("Convention du 8 décembre 2010").build()),
                        ConventionLink.of(ConventionLink.Relation.MONEY_MOVED_TO, ConventionReference.builder()
                                .reference("CONV-2010-27").publication(OtherPublication.of("JO du 30 juillet 2010"))
                                .addAsAmendedBy(AmendmentReference.of(1, PartialDate.of(LocalDate.of(2013, 10, 9))),
                                        AmendmentReference.of(PartialDate.of(Year.of(2015))))
                                .build()))
                .build();
    }

    static Amendment amendment() {
        return Amendment.builder()
                .number(1)
                .addArticles(Article.of("1", "Objet"))
                .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(LocalDate.of(2020, 12, 31))))
                .addParticipants(Party.builder().id("prefecture").name("Préfecture").kind(PartyKind.ETAT).build())
                .addRepresentations(Representation.of("etat", Representative.office("le Premier ministre")))
                .addAuthorisations(Authorisation.of("croix-rouge", Decision.deliberation("Conseil d'administration",
                        PartialDate.of(LocalDate.of(2019, 6, 1)))))
                .addOpinions(Opinion.of("Comité", PartialDate.of(LocalDate.of(2019, 5, 1)), Verdict.WITH_RESERVATIONS))
                .addSignatures(Signature.byOffice("etat", "Le Premier ministre", PartialDate.of(YearMonth.of(2019, 9))))
                .addPublications(Bulletin.builder().kind(Bulletin.Kind.BULLETIN_OFFICIEL).name("Bulletin officiel")
                        .number("2019-9").date(PartialDate.of(YearMonth.of(2019, 9))).page(3).build(),
                        WebPublication.of("https://example.org/avenant-1", PartialDate.of(LocalDate.of(2019, 9, 8))),
                        OtherPublication.of("Affiché en mairie", PartialDate.of(Year.of(2019))))
                .addLinks(ConventionLink.of(ConventionLink.Relation.CITES, ConventionReference.of("CONV-2010-27")))
                .build();
    }
}
