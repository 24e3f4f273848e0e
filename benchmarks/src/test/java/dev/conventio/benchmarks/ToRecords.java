package dev.conventio.benchmarks;

import dev.conventio.benchmarks.baseline.Records;
import dev.conventio.benchmarks.baseline.Records.ArticleDoc;
import dev.conventio.benchmarks.baseline.Records.BlockDoc;
import dev.conventio.benchmarks.baseline.Records.ContentDoc;
import dev.conventio.benchmarks.baseline.Records.CommitteeDoc;
import dev.conventio.benchmarks.baseline.Records.ContributionDoc;
import dev.conventio.benchmarks.baseline.Records.ConventionDoc;
import dev.conventio.benchmarks.baseline.Records.DecisionDoc;
import dev.conventio.benchmarks.baseline.Records.EndDoc;
import dev.conventio.benchmarks.baseline.Records.InstalmentDoc;
import dev.conventio.benchmarks.baseline.Records.MandateDoc;
import dev.conventio.benchmarks.baseline.Records.MoneyDoc;
import dev.conventio.benchmarks.baseline.Records.OrientationDoc;
import dev.conventio.benchmarks.baseline.Records.PartyDoc;
import dev.conventio.benchmarks.baseline.Records.PersonDoc;
import dev.conventio.benchmarks.baseline.Records.PhaseDoc;
import dev.conventio.benchmarks.baseline.Records.RenewalDoc;
import dev.conventio.benchmarks.baseline.Records.RepresentativeDoc;
import dev.conventio.benchmarks.baseline.Records.SignatureDoc;
import dev.conventio.benchmarks.baseline.Records.StartDoc;
import dev.conventio.benchmarks.baseline.Records.TermDoc;
import dev.conventio.convention.Convention;
import dev.conventio.party.Person;
import dev.conventio.term.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * The library's model as baseline records, written independently of every reader, so that "a
 * baseline reads the same values as the library" is checked against the model, not against
 * another reader.
 */
final class ToRecords {

    private ToRecords() {
    }

    /** Version 1's article text: the words of a text of one paragraph recorded whole, or none. */
    /** An article's text as the benchmark conventions have it: one paragraph, or nothing recorded. */
    private static ContentDoc content(dev.conventio.convention.Article article) {
        dev.conventio.text.Text text = article.content();
        if (text.blocks().isEmpty()) {
            return null;
        }
        dev.conventio.text.Paragraph paragraph = (dev.conventio.text.Paragraph) text.blocks().get(0);
        return new ContentDoc(List.of(new BlockDoc("paragraph", paragraph.text().orElse(null), List.of())),
                text.complete());
    }

    static ConventionDoc of(Convention c) {
        return new ConventionDoc(2, "convention", c.reference().orElseThrow(), c.object(),
                map(c.parties(), p -> new PartyDoc(p.id(), p.name(), Records.PartyKind.valueOf(p.kind().name()),
                        p.siren().map(Object::toString).orElse(null), p.siret().map(Object::toString).orElse(null),
                        p.representative().map(r -> new RepresentativeDoc(person(r.person().orElseThrow()), r.title(),
                                r.orDelegate())).orElse(null),
                        p.mandate().map(m -> new MandateDoc(m.decidingBody(), m.deliberationNumber().orElse(null),
                                m.date())).orElse(null))),
                c.conclusionDate().orElseThrow(), c.legalBases(), c.publications().stream().map(Object::toString).findFirst().orElse(null), c.amendmentClause().orElse(null),
                map(c.articles(), a -> new ArticleDoc(a.number(), a.title().orElse(null), content(a))),
                map(c.phases(), p -> new PhaseDoc(p.number(), p.title(), p.description().orElse(null),
                        Records.PhaseStatus.valueOf(p.status().name()),
                        map(p.orientations(), o -> new OrientationDoc(o.order(), o.title(),
                                o.justification().orElse(null))))),
                map(c.contributions(), f -> new ContributionDoc(f.id(), f.contributor(), f.beneficiary(),
                        money(f.amount().orElseThrow()), f.budget().orElseThrow().toString(),
                        Records.Nature.valueOf(f.nature().name()),
                        f.purpose().orElse(null),
                        map(f.schedule(), i -> new InstalmentDoc(i.dueOn().orElseThrow(), money(i.amount()))))),
                c.steeringCommittee().map(s -> new CommitteeDoc(s.name(), s.mission().orElse(null),
                        s.members())).orElse(null),
                map(c.decisions(), d -> new DecisionDoc(d.date().orElseThrow(), d.statement(), new ArrayList<>(d.validatedPhases()))),
                c.term().map(ToRecords::term).orElse(null),
                map(c.signatures(), s -> new SignatureDoc(s.party(), person(s.signatory().orElseThrow()), s.capacity(),
                        s.date().orElse(null))));
    }

    private static TermDoc term(Term t) {
        return new TermDoc(new StartDoc(Records.StartKind.valueOf(t.start().kind().name()),
                t.start().date().orElse(null)),
                new EndDoc(t.end().orElseThrow().date().orElse(null), t.end().orElseThrow().duration().orElse(null)),
                t.renewal().map(r -> new RenewalDoc(r.period(), r.maxRenewals(), r.tacit())).orElse(null));
    }

    private static PersonDoc person(Person p) {
        return new PersonDoc(p.civility().map(c -> Records.Civility.valueOf(c.name())).orElse(null), p.fullName());
    }

    private static MoneyDoc money(Money m) {
        return new MoneyDoc(m.getAmount(), m.getCurrencyUnit().getCode());
    }

    private static <A, B> List<B> map(List<A> list, Function<A, B> f) {
        List<B> out = new ArrayList<>(list.size());
        list.forEach(a -> out.add(f.apply(a)));
        return out;
    }
}
