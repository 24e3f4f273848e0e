package dev.conventio.change;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.finance.FinanceCodes;
import dev.conventio.finance.Instalment;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import dev.conventio.text.Text;
import dev.conventio.text.TextCodes;
import dev.conventio.text.TextLocation;
import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.Orientation;
import dev.conventio.work.PhaseStatus;
import dev.conventio.work.WorkCodes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ChangeTest {

    private static final LocalDate DAY = LocalDate.of(2020, 3, 1);

    @Test
    void everyChangeBelongsToANonBlankArticle() {
        assertViolation(() -> RemoveContribution.of(" ", "participation-2020"), CommonCodes.TEXT_BLANK, "article");
        assertThat(RemoveContribution.of("2", "participation-2020").article()).isEqualTo("2");
    }

    @Test
    void phaseNumbersArePositive() {
        assertViolation(() -> ChangePhaseStatus.of("1", 0, PhaseStatus.VALIDATED),
                WorkCodes.PHASE_NUMBER_NOT_POSITIVE, "phase");
        assertViolation(() -> SetOrientations.of("1", -1, List.of(Orientation.of(1, "a"))),
                WorkCodes.PHASE_NUMBER_NOT_POSITIVE, "phase");
    }

    @Test
    void theOrientationsSetHaveDistinctOrdersOnTheirOwn() {
        assertViolation(() -> SetOrientations.of("1", 3, List.of(Orientation.of(1, "a"), Orientation.of(1, "b"))),
                WorkCodes.PHASE_ORIENTATIONS_DUPLICATE_ORDER, "orientations[1].order");
        assertThat(SetOrientations.of("1", 3, List.of(Orientation.of(1, "a"), Orientation.of(2, "b"))).orientations())
                .hasSize(2);
    }

    @Test
    void aNewAmountAndItsScheduleAreCheckedTogether() {
        assertViolation(() -> ChangeContributionAmount.of("2", "c", Money.parse("EUR 600"),
                List.of(Instalment.of(DAY, Money.parse("EUR 500")))), FinanceCodes.SCHEDULE_SUM_MISMATCH, "schedule");
        assertViolation(() -> ChangeContributionAmount.of("2", "c", Money.parse("EUR 600"),
                List.of(Instalment.of(DAY, Money.parse("USD 600")))), FinanceCodes.SCHEDULE_CURRENCY_MISMATCH,
                "schedule[0].amount");
        assertViolation(() -> ChangeContributionAmount.of("2", "c", Money.parse("EUR 0"), List.of()),
                FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE, "amount");
        assertThat(ChangeContributionAmount.of("2", "c", Money.parse("EUR 600"), List.of(Instalment.of(DAY,
                Money.parse("EUR 100")), Instalment.of(DAY.plusDays(1), Money.parse("EUR 500")))).schedule()).hasSize(2);
    }

    @Test
    void aNewScheduleIsInDateOrderOnItsOwn() {
        assertViolation(() -> ChangeContributionSchedule.of("2", "c", List.of(Instalment.of(DAY, Money.parse("EUR 1")),
                Instalment.of(DAY.minusDays(1), Money.parse("EUR 1")))), FinanceCodes.SCHEDULE_DATES_OUT_OF_ORDER,
                "schedule[1].dueOn");
        assertThat(ChangeContributionSchedule.of("2", "c", List.of(Instalment.of(DAY, Money.parse("EUR 1")),
                Instalment.of(DAY, Money.parse("EUR 2")))).schedule()).hasSize(2);
    }

    @Test
    void identifiersAreWellFormed() {
        assertViolation(() -> RemoveParty.of("1", "Etat"), CommonCodes.IDENTIFIER_MALFORMED, "party");
        assertViolation(() -> ChangeObject.of("1", ""), CommonCodes.TEXT_BLANK, "object");
    }

    @Test
    void theVisitorHasOneMethodPerKind() {
        Set<Class<?>> visited = new HashSet<>();
        for (Method method : Change.Visitor.class.getMethods()) {
            assertThat(method.getName()).isEqualTo("visit");
            assertThat(method.getParameterTypes()).hasSize(1);
            assertThat(visited.add(method.getParameterTypes()[0])).as("one visit(%s)", method.getParameterTypes()[0])
                    .isTrue();
        }
        assertThat(visited).containsExactlyInAnyOrder(Change.class.getPermittedSubclasses());
    }

    @Test
    void theVisitorDispatchesOnTheKindOfEveryChangeAndAcceptReturnsWhatItAnswers() {
        // A visitor that answers the kind it was called for, and checks it was given the change itself.
        Set<Class<?>> reached = new HashSet<>();
        for (Change change : EveryKind.changes()) {
            Change.Visitor<?> kinds = (Change.Visitor<?>) Proxy.newProxyInstance(Change.Visitor.class.getClassLoader(),
                    new Class<?>[] {Change.Visitor.class}, (proxy, method, arguments) -> {
                        assertThat(arguments[0]).isSameAs(change);
                        return method.getParameterTypes()[0];
                    });
            assertThat(change.accept(kinds)).as("%s", change).isEqualTo(kindOf(change));
            reached.add(kindOf(change));
        }
        assertThat(reached).containsExactlyInAnyOrder(Change.class.getPermittedSubclasses());
    }

    @Test
    void everyKindNamesItsAmendingArticle() throws Exception {
        for (Change change : EveryKind.changes()) {
            // The generated copy method checks the copy as the factory checks the original.
            Method withArticle = change.getClass().getMethod("withArticle", String.class);
            withArticle.setAccessible(true);

            Throwable thrown = catchThrowable(() -> withArticle.invoke(change, " "));

            assertThat(thrown).as("%s", change).isInstanceOf(InvocationTargetException.class);
            assertThat(((ValidationException) thrown.getCause()).violations())
                    .as("%s", change).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(CommonCodes.TEXT_BLANK, "article"));
        }
    }

    @Test
    void aTextOperationNamesTheArticleOrTheLevelItActsOn() {
        TextLocation article = TextLocation.article("2");
        assertViolation(() -> DeleteArticle.of(" "), CommonCodes.TEXT_BLANK, "number");
        assertViolation(() -> RenumberArticle.of("3", " "), CommonCodes.TEXT_BLANK, "newNumber");
        assertViolation(() -> RewriteArticle.of(" ", Text.ofParagraphs("Texte.")), CommonCodes.TEXT_BLANK, "number");
        assertViolation(() -> RewriteArticle.of("2", " ", Text.ofParagraphs("Texte.")), CommonCodes.TEXT_BLANK, "title");
        assertViolation(() -> DeleteParagraph.of(article), TextCodes.LOCATION_UNFIT, "location.paragraph");
        assertViolation(() -> InsertParagraphs.of(article.withParagraph(1).withSentence(2),
                List.of(Paragraph.of("Alinéa."))), TextCodes.LOCATION_UNFIT, "location.sentence");
        assertThat(InsertParagraphs.of(article, List.of(Paragraph.of("Alinéa."))).location()).isEqualTo(article);
        assertViolation(() -> ReplaceTable.of(article.withParagraph(1), 1, Table.of("T", List.of(List.of("a")))),
                TextCodes.LOCATION_UNFIT, "location.paragraph");
        assertViolation(() -> ReplaceSentence.of(article.withParagraph(1), "Une phrase."), TextCodes.LOCATION_UNFIT,
                "location.sentence");
    }

    @Test
    void aTerminationAndARemovedPhaseAreWellFormed() {
        assertViolation(() -> RemovePhase.of("1", 0), WorkCodes.PHASE_NUMBER_NOT_POSITIVE, "phase");
        assertThat(RemovePhase.of("1", 1).phase()).isEqualTo(1);
        assertViolation(() -> TerminateConvention.of("3", DAY, " "), CommonCodes.TEXT_BLANK, "reason");
        assertThat(TerminateConvention.of("3", DAY, "d'un commun accord").reason()).contains("d'un commun accord");
    }

    @Test
    void theTextOperationVisitorDispatchesOnTheKindOfEveryOperation() {
        Set<Class<?>> reached = new HashSet<>();
        for (TextOperation operation : EveryKind.operations()) {
            TextOperationVisitor<?> kinds = (TextOperationVisitor<?>) Proxy.newProxyInstance(
                    TextOperationVisitor.class.getClassLoader(), new Class<?>[] {TextOperationVisitor.class},
                    (proxy, method, arguments) -> {
                        assertThat(arguments[0]).isSameAs(operation);
                        return method.getParameterTypes()[0];
                    });
            Object kind = operation.accept(kinds);
            assertThat(kind).as("%s", operation).isInstanceOfSatisfying(Class.class,
                    type -> assertThat(type).isAssignableFrom(operation.getClass()));
            reached.add((Class<?>) kind);
        }
        assertThat(reached).hasSize(TextOperationVisitor.class.getMethods().length);
    }

    /** The permitted kind a change is of (its class is the generated subclass of the kind). */
    private static Class<?> kindOf(Change change) {
        for (Class<?> kind : Change.class.getPermittedSubclasses()) {
            if (kind.isInstance(change)) {
                return kind;
            }
        }
        throw new AssertionError(change);
    }
}
