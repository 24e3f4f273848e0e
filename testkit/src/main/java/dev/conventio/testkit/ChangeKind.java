package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

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
import dev.conventio.finance.FinancialContribution;
import dev.conventio.party.Party;
import dev.conventio.term.Term;
import dev.conventio.work.PhaseStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.joda.money.Money;

/**
 * Each kind of {@link Change}, with when it applies to a convention as it stands and how to build
 * one that keeps the convention valid.
 *
 * <p>A kind applies only when its target exists (a phase, a contribution, a removable party…), so
 * that a generated change never needs to be thrown away. Term changes never end the convention
 * before the standing's horizon, so that every amendment the generators plan stays concluded while
 * the convention is in force.
 */
enum ChangeKind {

    SET_ORIENTATIONS(SetOrientations.class) {
        @Override
        boolean appliesTo(Standing standing) {
            return standing.phases > 0;
        }

        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return SetOrientations.of(article, 1 + random.nextInt(standing.phases),
                    ConventionGen.orientations(1, 4).generate(random, 3));
        }
    },
    ADD_PHASE(AddPhase.class) {
        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return AddPhase.of(article, ConventionGen.phase(random, standing.phases + 1));
        }
    },
    REPLACE_PHASE(ReplacePhase.class) {
        @Override
        boolean appliesTo(Standing standing) {
            return standing.phases > 0;
        }

        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return ReplacePhase.of(article, ConventionGen.phase(random, 1 + random.nextInt(standing.phases)));
        }
    },
    REMOVE_PHASE(RemovePhase.class) {
        /** Only the last phase may go, and only when no decision validated it. */
        @Override
        boolean appliesTo(Standing standing) {
            return standing.phases > 0 && standing.highestValidatedPhase < standing.phases
                    && standing.targets.values().stream().noneMatch(t -> t.phase().equals(java.util.OptionalInt.of(standing.phases)));
        }

        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return RemovePhase.of(article, standing.phases);
        }
    },
    CHANGE_PHASE_STATUS(ChangePhaseStatus.class) {
        @Override
        boolean appliesTo(Standing standing) {
            return standing.phases > 0;
        }

        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return ChangePhaseStatus.of(article, 1 + random.nextInt(standing.phases),
                    pick(random, List.of(PhaseStatus.values())));
        }
    },
    RECORD_DECISION(RecordDecision.class) {
        /** Dated after every decision, so that it is new. */
        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            LocalDate date = standing.lastDecision.plusDays(1 + random.nextInt(60));
            return RecordDecision.of(article, ConventionGen.decision(random, date, standing.phases));
        }
    },
    ADD_CONTRIBUTION(AddContribution.class) {
        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return AddContribution.of(article, ConventionGen.contribution(random, standing.freshContributionId(),
                    standing.partyIds(), standing.concludedOn));
        }
    },
    REPLACE_CONTRIBUTION(ReplaceContribution.class) {
        @Override
        boolean appliesTo(Standing standing) {
            return !standing.contributions.isEmpty();
        }

        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return ReplaceContribution.of(article, ConventionGen.contribution(random, contribution(random, standing).id(),
                    standing.partyIds(), standing.concludedOn));
        }
    },
    REMOVE_CONTRIBUTION(RemoveContribution.class) {
        @Override
        boolean appliesTo(Standing standing) {
            return !standing.contributions.isEmpty();
        }

        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return RemoveContribution.of(article, contribution(random, standing).id());
        }
    },
    CHANGE_CONTRIBUTION_AMOUNT(ChangeContributionAmount.class) {
        @Override
        boolean appliesTo(Standing standing) {
            return !standing.plainContributions().isEmpty();
        }

        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            Money amount = Amounts.amount(random);
            return ChangeContributionAmount.of(article, pick(random, standing.plainContributions()).id(), amount,
                    random.nextBoolean() ? Amounts.schedule(random, amount, standing.concludedOn) : List.of());
        }
    },
    CHANGE_CONTRIBUTION_SCHEDULE(ChangeContributionSchedule.class) {
        @Override
        boolean appliesTo(Standing standing) {
            return !standing.plainContributions().isEmpty();
        }

        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            FinancialContribution target = pick(random, standing.plainContributions());
            return ChangeContributionSchedule.of(article, target.id(), random.nextInt(4) == 0 ? List.of()
                    : Amounts.schedule(random, target.amount().orElseThrow(), standing.concludedOn));
        }
    },
    SET_GOVERNANCE(SetGovernance.class) {
        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return SetGovernance.of(article, ConventionGen.committee(random, standing.partyIds()));
        }
    },
    SET_TERM(SetTerm.class, TermChanges.SET_TERM),
    CHANGE_TERM_END(ChangeTermEnd.class, TermChanges.CHANGE_TERM_END),
    CHANGE_TERM_START(ChangeTermStart.class, TermChanges.CHANGE_TERM_START),
    ADD_PARTY(AddParty.class) {
        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            Party added = PartyGen.partiesOtherThan(standing.parties.keySet()).generate(random, 3);
            // A party of a SIREN another party has would be rejected (parties.siren.duplicate).
            boolean taken = added.siren().isPresent() && standing.parties.values().stream()
                    .anyMatch(party -> party.siren().equals(added.siren()));
            return AddParty.of(article, taken ? Party.builder().from(added).siren(java.util.Optional.empty())
                    .siret(java.util.Optional.empty()).build() : added);
        }
    },
    REMOVE_PARTY(RemoveParty.class) {
        @Override
        boolean appliesTo(Standing standing) {
            return !standing.removableParties().isEmpty();
        }

        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return RemoveParty.of(article, pick(random, standing.removableParties()));
        }
    },
    CHANGE_REPRESENTATIVE(ChangeRepresentative.class) {
        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return ChangeRepresentative.of(article, pick(random, standing.partyIds()),
                    PartyGen.representatives().generate(random, 3));
        }
    },
    CHANGE_MANDATE(ChangeMandate.class) {
        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return ChangeMandate.of(article, pick(random, standing.partyIds()), PartyGen.mandates().generate(random, 3));
        }
    },
    REPLACE_ARTICLE(ReplaceArticle.class) {
        @Override
        boolean appliesTo(Standing standing) {
            return !standing.articles.isEmpty();
        }

        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return ReplaceArticle.of(article, ConventionGen.article(random, pick(random, List.copyOf(standing.articles))));
        }
    },
    ADD_ARTICLE(AddArticle.class) {
        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return AddArticle.of(article, ConventionGen.article(random, standing.freshArticleNumber()));
        }
    },
    CHANGE_OBJECT(ChangeObject.class) {
        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return ChangeObject.of(article, pick(random, FrenchData.OBJECTS));
        }
    },
    MODIFY_TEXT(ModifyText.class) {
        /** Only where the preamble is recorded: textual modifications are written by format version 2 alone. */
        @Override
        boolean appliesTo(Standing standing) {
            return standing.text;
        }

        @Override
        Change build(RandomGenerator random, Standing standing, String article) {
            return TextGen.modification(random, standing, article);
        }
    },
    PROLONG_TERM(ProlongTerm.class, TermChanges.PROLONG_TERM),
    TERMINATE_CONVENTION(TerminateConvention.class, TermChanges.TERMINATE_CONVENTION),
    ADD_ACTION(AddAction.class, MoneyChanges.ADD_ACTION),
    REPLACE_ACTION(ReplaceAction.class, MoneyChanges.REPLACE_ACTION),
    REMOVE_ACTION(RemoveAction.class, MoneyChanges.REMOVE_ACTION),
    ADD_TARGET(AddTarget.class, MoneyChanges.ADD_TARGET),
    REPLACE_TARGET(ReplaceTarget.class, MoneyChanges.REPLACE_TARGET),
    REMOVE_TARGET(RemoveTarget.class, MoneyChanges.REMOVE_TARGET),
    SPLIT_CONTRIBUTION(SplitContribution.class, MoneyChanges.SPLIT_CONTRIBUTION),
    TRANSFER_MONEY(TransferMoney.class, MoneyChanges.TRANSFER_MONEY),
    SET_YEARLY_AMOUNT(SetYearlyAmount.class, MoneyChanges.SET_YEARLY_AMOUNT);

    private final Class<? extends Change> type;
    /** For a kind whose recipe is kept in a file of its family (money, the term): when it applies, how it is built. */
    private final Recipe recipe;

    ChangeKind(Class<? extends Change> type) {
        this(type, null);
    }

    ChangeKind(Class<? extends Change> type, Recipe recipe) {
        this.type = type;
        this.recipe = recipe;
    }

    /** The class of the changes of this kind. */
    Class<? extends Change> type() {
        return type;
    }

    /** Tells whether a change of this kind can be built valid for the standing. */
    boolean appliesTo(Standing standing) {
        return recipe == null || recipe.appliesTo(standing);
    }

    /** Builds a change of this kind, valid for the standing, belonging to the given amending article. */
    Change build(RandomGenerator random, Standing standing, String article) {
        return recipe.build(random, standing, article);
    }

    /** The kind of the given class of change. */
    static ChangeKind of(Class<? extends Change> type) {
        for (ChangeKind kind : values()) {
            if (kind.type.equals(type)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a kind of change: " + type);
    }

    /** The kinds that apply to the standing; never empty, since adding a phase always applies. */
    static List<ChangeKind> applicableTo(Standing standing) {
        return java.util.Arrays.stream(values()).filter(kind -> kind.appliesTo(standing)).toList();
    }

    private static FinancialContribution contribution(RandomGenerator random, Standing standing) {
        return pick(random, List.copyOf(standing.contributions.values()));
    }

}
