package dev.conventio.serialization;

import static dev.conventio.serialization.RejectionTest.replace;

import dev.conventio.convention.ConventionCodes;
import dev.conventio.decision.DecisionCodes;
import dev.conventio.history.HistoryCodes;
import dev.conventio.party.PartyCodes;
import dev.conventio.publication.PublicationCodes;
import dev.conventio.validation.ViolationCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The codes of who is bound, who signs and who is there (issue #12), each broken once in a
 * well-formed version-2 document: the version-2 fixture of the format, or the sample history
 * written as version 2.
 */
final class PartiesViolationCases {

    private static final String CONVENTION = fixture("parties-convention.json");
    private static final String HISTORY = ConventioJson.compact().writing(2).write(JsonDocument.HISTORY,
            Samples.history());

    private PartiesViolationCases() {
    }

    private static String fixture(String name) {
        try {
            return Files.readString(Path.of("..", "format", "src", "test", "resources", "dev", "conventio", "format",
                    "fixtures", "v2", name)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Arguments at(ViolationCode code, String from, String to, String pointer) {
        return Arguments.of(code, replace(CONVENTION, from, to), pointer);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                at(PartyCodes.RNA_MALFORMED, "\"W751004076\"", "\"W75100407\"", "/parties/2/rna"),
                at(PartyCodes.LEGAL_FORM_MALFORMED, "\"legalForm\":\"etat\"", "\"legalForm\":\"Etat\"",
                        "/parties/0/legalForm"),
                at(PartyCodes.ROLE_MALFORMED, "[\"operateur\"]", "[\"Opérateur\"]", "/parties/1/roles/0"),
                at(PartyCodes.ROLES_DUPLICATE, "[\"beneficiaire\",\"gestionnaire-de-projet\"]",
                        "[\"beneficiaire\",\"beneficiaire\"]", "/parties/2/roles/1"),
                at(PartyCodes.REPRESENTATION_EMPTY, "\"party\":\"prefecture\",\"representatives\":[{\"title\":\"le préfet"
                        + " de région\",\"orDelegate\":false}]", "\"party\":\"prefecture\",\"representatives\":[]",
                        "/representations/1/representatives"),
                at(PartyCodes.REPRESENTATION_DUPLICATE, "{\"party\":\"prefecture\",\"representatives\"",
                        "{\"party\":\"etat\",\"representatives\"", "/representations/1/party"),
                at(PartyCodes.REPRESENTATION_PARTY_UNKNOWN, "{\"party\":\"prefecture\",\"representatives\"",
                        "{\"party\":\"commune-x\",\"representatives\"", "/representations/1/party"),
                at(PartyCodes.PARTIES_SIREN_DUPLICATE, "\"rna\":\"W751004076\"",
                        "\"siren\":\"483790069\",\"rna\":\"W751004076\"", "/parties/2/siren"),
                at(PartyCodes.PARTICIPANT_ID_TAKEN, "{\"id\":\"prefecture\",\"name\"", "{\"id\":\"etat\",\"name\"",
                        "/participants/0/id"),
                at(PartyCodes.GROUP_MEMBERS_INVALID, "\"members\":[\"bpifrance-epic\",\"croix-rouge\"]",
                        "\"members\":[\"bpifrance-epic\",\"bpifrance-epic\"]", "/groups/0/members/1"),
                at(PartyCodes.GROUP_MEMBER_UNKNOWN, "\"members\":[\"bpifrance-epic\",\"croix-rouge\"]",
                        "\"members\":[\"bpifrance-epic\",\"commune-x\"]", "/groups/0/members/1"),
                at(PartyCodes.GROUP_ID_TAKEN, "{\"id\":\"gestionnaire\",\"name\"", "{\"id\":\"etat\",\"name\"",
                        "/groups/0/id"),
                at(DecisionCodes.SIGNATURE_BEFORE_AUTHORISATION, "\"date\":\"2015-07-20\"", "\"date\":\"2015-06-30\"",
                        "/signatures/1/date"),
                at(DecisionCodes.SIGNATURE_BEFORE_OPINION, "\"date\":\"unknown\",\"verdict\":\"for-information\"",
                        "\"date\":\"2015-08-01\",\"verdict\":\"favourable\"", "/signatures/1/date"),
                at(DecisionCodes.AUTHORISATION_PARTY_UNKNOWN, "{\"party\":\"bpifrance-epic\",\"act\"",
                        "{\"party\":\"commune-x\",\"act\"", "/authorisations/0/party"),
                at(PublicationCodes.NOR_MALFORMED, "\"nor\":\"PRMI1517000X\"", "\"nor\":\"PRMI151700X\"",
                        "/publications/0/nor"),
                at(PublicationCodes.PUBLICATION_EMPTY, "{\"type\":\"journal-officiel\",\"issueNumber\":\"0167\","
                        + "\"date\":\"2015-07-22\",\"textNumber\":12,\"page\":12345,\"nor\":\"PRMI1517000X\",\"eli\":"
                        + "\"https://www.legifrance.gouv.fr/eli/convention/2015/7/20/PRMI1517000X/jo/texte\","
                        + "\"legifranceId\":\"JORFTEXT000030916000\"}", "{\"type\":\"journal-officiel\",\"page\":12}",
                        "/publications/0"),
                at(PublicationCodes.PUBLICATION_IDENTIFIER_MALFORMED, "\"issueNumber\":\"0167\"",
                        "\"issueNumber\":\"n° 167\"", "/publications/0/issueNumber"),
                at(PublicationCodes.NUMBER_NOT_POSITIVE, "\"textNumber\":12", "\"textNumber\":0",
                        "/publications/0/textNumber"),
                at(PublicationCodes.CITATION_INCOMPLETE, "{\"kind\":\"code\",\"code\":\"code général des collectivités"
                        + " territoriales\",", "{\"kind\":\"code\",", "/legalBasisCitations/1/citation"),
                at(ConventionCodes.LEGAL_BASIS_CITATION_INVALID, "{\"legalBasis\":1,", "{\"legalBasis\":3,",
                        "/legalBasisCitations/1/legalBasis"),
                at(PublicationCodes.LINK_TARGET_UNIDENTIFIED, "{\"nor\":\"PRMX1031562X\",\"date\"", "{\"date\"",
                        "/links/0/target"),
                at(ConventionCodes.CONVENTION_UNIDENTIFIED, "\"publications\":[{\"type\":\"journal-officiel\","
                        + "\"issueNumber\":\"0167\",\"date\":\"2015-07-22\",\"textNumber\":12,\"page\":12345,\"nor\":"
                        + "\"PRMI1517000X\",\"eli\":\"https://www.legifrance.gouv.fr/eli/convention/2015/7/20/"
                        + "PRMI1517000X/jo/texte\",\"legifranceId\":\"JORFTEXT000030916000\"}],", "", ""),
                at(ConventionCodes.CONTRIBUTION_ESTABLISHMENT_MISMATCH, "\"legalForm\":\"etat\"}",
                        "\"legalForm\":\"etat\",\"siren\":\"385290309\"}", "/contributions/0/payingEstablishment"),
                Arguments.of(HistoryCodes.AMENDMENT_PARTY_REFERENCE_INVALID, replace(HISTORY,
                        "\"type\":\"amendment\",\"number\":2,", "\"type\":\"amendment\",\"number\":2,\"participants\":"
                                + "[{\"id\":\"gip-crpv-paca\",\"name\":\"GIP\",\"kind\":\"gip\"}],"), "/amendments/1"));
    }
}
