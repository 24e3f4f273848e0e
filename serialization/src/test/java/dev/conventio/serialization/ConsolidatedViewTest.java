package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conventio.amendment.Amendment;
import dev.conventio.change.RecordDecision;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.history.History;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.history.ConsolidatedConvention;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Consolidated views: the convention in force, in its own form, and the provenance of each element. */
class ConsolidatedViewTest {

    static final LocalDate MID_2020 = LocalDate.of(2020, 6, 30);

    static ConsolidatedConvention view() {
        return Samples.history().asOf(MID_2020);
    }

    @Test
    void theConventionInForceIsWrittenInTheConventionsOwnForm() {
        ConsolidatedConvention view = view();
        String conventionDocument = ConventioJson.compact().write(JsonDocument.CONVENTION, view.convention());
        String body = conventionDocument.replace("{\"formatVersion\":2,\"document\":\"convention\",", "{");
        assertThat(ConventioJson.compact().writeConsolidated(view)).contains("\"convention\":" + body + ",\"provenance\":");
        // Avenant n° 2 raised the contribution: the view shows the raised amount.
        assertThat(body).contains("{\"amount\":\"120000.00\",\"currency\":\"EUR\"}");
    }

    @Test
    void eachElementNamesTheInstrumentAndArticleThatSetIt() {
        String text = ConventioJson.compact().writeConsolidated(view());
        assertThat(text).startsWith("{\"formatVersion\":2,\"document\":\"consolidated\",\"date\":\"2020-06-30\",\"amendmentsInForce\":[2],"
                + "\"unrecordedBefore\":[{\"type\":\"unrecorded-amendment\",\"number\":1,"
                + "\"note\":\"Mentionné par l'avenant n° 2\"}],\"possiblyIncomplete\":true,");
        assertThat(text).contains("\"contributions\":[{\"instrument\":\"amendment\",\"number\":2,\"article\":\"1\"},"
                + "{\"instrument\":\"base\"}]");
        assertThat(text).contains("\"object\":{\"instrument\":\"base\"}");
    }

    @Test
    void theStreamAndTheModuleWriteTheSameDocument() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConventioJson.compact().writeConsolidated(view(), out);
        String text = ConventioJson.compact().writeConsolidated(view());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(new ObjectMapper().findAndRegisterModules().writeValueAsString(view())).isEqualTo(text);
    }

    @Test
    void theExampleViewIsWhatTheLibraryWrites() throws Exception {
        Path file = Path.of(ConsolidatedViewTest.class.getResource("/views/consolidated-2020-06-30.json").toURI());
        assertThat(Files.readString(file)).isEqualTo(ConventioJson.pretty().writeConsolidated(view()));
    }

    /** A history whose Avenant n° 2 records a decision and ends before the view of 2021: the decision stays. */
    static ConsolidatedConvention viewAfterADecisionLapsed() {
        Amendment signed = Samples.applicableAmendment();
        Amendment amendment = Amendment.builder().number(2).articles(signed.articles())
                .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(LocalDate.of(2020, 6, 30))))
                .signatures(signed.signatures())
                .changes(List.of(RecordDecision.of("1", CommitteeDecision.of(LocalDate.of(2020, 3, 2), "Bilan"))))
                .build();
        return History.of(Samples.convention(), List.of(Samples.unrecorded(), amendment)).asOf(LocalDate.of(2020, 7, 1));
    }

    @Test
    void aDecisionOfAnAmendmentThatHasEndedIsWrittenApartFromTheConventions() throws Exception {
        ConsolidatedConvention view = viewAfterADecisionLapsed();
        JsonNode tree = new ObjectMapper().readTree(ConventioJson.compact().writeConsolidated(view));
        assertThat(tree.path("lapsedDecisions")).hasSize(1);
        assertThat(tree.path("lapsedDecisions").get(0).path("decision").path("statement").asText()).isEqualTo("Bilan");
        assertThat(tree.path("lapsedDecisions").get(0).path("provenance").toString())
                .isEqualTo("{\"instrument\":\"amendment\",\"number\":2,\"article\":\"1\"}");
        // The provenance of the convention's decisions stays index for index with them.
        assertThat(tree.path("provenance").path("decisions")).hasSameSizeAs(tree.path("convention").path("decisions"));
        assertThat(tree.path("convention").path("decisions").toString()).doesNotContain("Bilan");
    }

    @Test
    void aViewWithoutLapsedDecisionsHasNoSuchMember() {
        assertThat(ConventioJson.compact().writeConsolidated(view())).doesNotContain("lapsedDecisions");
    }

    @Test
    void versionOneCannotHoldALapsedDecision() {
        assertThatThrownBy(() -> ConventioJson.compact().writing(1).writeConsolidated(viewAfterADecisionLapsed()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consolidated.lapsedDecisions")
                .hasMessageContaining("from version 2");
    }
}
