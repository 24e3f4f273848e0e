package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.format.DocumentKind;
import dev.conventio.term.StartRule;
import dev.conventio.work.PhaseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every enum of the format names each of its constants explicitly, once, with names that are
 * unique and that the schemas of both versions list (version 2's only, for a table version 2 adds):
 * renaming a Java constant cannot change the format.
 */
class ConstantTablesTest {

    /** The schema definition that lists the names of each table. */
    private static final Map<Class<?>, String> DEFINITIONS = Map.ofEntries(
            Map.entry(dev.conventio.party.PartyKind.class, "partyKind"),
            Map.entry(dev.conventio.party.Civility.class, "civility"),
            Map.entry(PhaseStatus.class, "phaseStatus"),
            Map.entry(dev.conventio.finance.ContributionNature.class, "contributionNature"),
            Map.entry(dev.conventio.decision.Decision.Kind.class, "actKind"),
            Map.entry(dev.conventio.decision.Verdict.class, "verdict"),
            Map.entry(dev.conventio.publication.Bulletin.Kind.class, "bulletinKind"),
            Map.entry(dev.conventio.publication.Citation.Kind.class, "citationKind"),
            Map.entry(dev.conventio.publication.ConventionLink.Relation.class, "linkRelation"),
            Map.entry(dev.conventio.finance.Firmness.class, "firmness"),
            Map.entry(dev.conventio.finance.PaymentConditions.Kind.class, "paymentKind"),
            Map.entry(dev.conventio.finance.PaymentEvent.class, "paymentEvent"),
            Map.entry(dev.conventio.finance.StateAidBasis.class, "stateAidBasis"),
            Map.entry(dev.conventio.finance.Transfer.Kind.class, "transferKind"));

    /** The tables version 2 adds, which only its schema lists. */
    private static final java.util.Set<Class<?>> SINCE_2 = java.util.Set.of(dev.conventio.decision.Decision.Kind.class,
            dev.conventio.decision.Verdict.class, dev.conventio.publication.Bulletin.Kind.class,
            dev.conventio.publication.Citation.Kind.class, dev.conventio.publication.ConventionLink.Relation.class);

    static List<ConstantTable<?>> tables() {
        return Constants.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    <E extends Enum<E>> void eachConstantHasExactlyOneNameAndTheNamesAreUnique(ConstantTable<E> table) {
        E[] constants = table.type().getEnumConstants();
        assertThat(table.names()).hasSize(constants.length).doesNotHaveDuplicates();
        for (E constant : constants) {
            String name = table.name(constant);
            assertThat(name).as(constant.name()).isNotNull().matches("[a-z]+(-[a-z]+)*");
            assertThat(table.constant(name)).isEqualTo(constant);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    @SuppressWarnings("unchecked")
    void theSchemasOfBothVersionsListTheSameNames(ConstantTable<?> table) {
        for (int version = SINCE_2.contains(table.type()) ? 2 : 1; version <= 2; version++) {
            Map<String, Object> definitions = (Map<String, Object>) JsonTree.schema(version).get("$defs");
            List<Object> names;
            if (table.names(version).isEmpty()) {
                // A table that a later version adds: an earlier schema has no definition of it.
                assertThat(definitions).as(table.type() + " in schema " + version)
                        .doesNotContainKey(DEFINITIONS.get(table.type()));
                continue;
            }
            if (table.type() == dev.conventio.finance.TransferEnd.Kind.class) {
                names = new ArrayList<>();
                for (Object variant : (List<Object>) ((Map<String, Object>) definitions.get("transferEnd")).get("oneOf")) {
                    Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) variant).get("properties");
                    names.add(((Map<String, Object>) properties.get("type")).get("const"));
                }
            } else if (table.type() == StartRule.Kind.class) {
                names = new ArrayList<>();
                for (Object variant : (List<Object>) ((Map<String, Object>) definitions.get("startRule")).get("oneOf")) {
                    Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) variant).get("properties");
                    names.add(((Map<String, Object>) properties.get("type")).get("const"));
                }
            } else {
                names = (List<Object>) ((Map<String, Object>) definitions.get(DEFINITIONS.get(table.type()))).get("enum");
            }
            assertThat(names).as(table.type() + " in schema " + version)
                    .isEqualTo(new ArrayList<Object>(table.names(version)));
        }
    }

    @Test
    void aTableWithoutANameForAConstantIsRefused() {
        assertThatThrownBy(() -> ConstantTable.of(PhaseStatus.class).name(PhaseStatus.PLANNED, "planned").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VALIDATED has no wire name");
    }

    @Test
    void aTableThatNamesAConstantTwiceOrGivesANameTwiceIsRefused() {
        assertThatThrownBy(() -> ConstantTable.of(PhaseStatus.class).name(PhaseStatus.PLANNED, "planned")
                .name(PhaseStatus.PLANNED, "planned"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("named twice");
        ConstantTable.Builder<StartRule.Kind> twice = ConstantTable.of(StartRule.Kind.class)
                .name(StartRule.Kind.ON_DATE, "on-date").name(StartRule.Kind.ON_NOTIFICATION, "on-date")
                .name(StartRule.Kind.ON_SIGNATURE_BY_ALL_PARTIES, "x");
        assertThatThrownBy(twice::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the name on-date is given twice");
    }

    @Test
    void theKindsOfDocumentHaveUniqueWireNamesThatTheVersion2SchemaUses() {
        List<String> names = List.of(DocumentKind.values()).stream().map(DocumentKind::wireName)
                .collect(Collectors.toList());
        assertThat(names).containsExactly("convention", "amendment", "history", "consolidated");
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(DocumentKind.ofWireName(kind.wireName())).contains(kind);
        }
        assertThat(DocumentKind.ofWireName("CONVENTION")).isEmpty();
        String schema = JsonTree.schema(2).toString();
        for (String name : names) {
            assertThat(schema).contains("document={const=" + name + ",");
        }
    }
}
