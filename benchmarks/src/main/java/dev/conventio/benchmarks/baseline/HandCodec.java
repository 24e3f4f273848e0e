package dev.conventio.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.conventio.benchmarks.baseline.Records.ArticleDoc;
import dev.conventio.benchmarks.baseline.Records.BlockDoc;
import dev.conventio.benchmarks.baseline.Records.ContentDoc;
import dev.conventio.benchmarks.baseline.Records.Civility;
import dev.conventio.benchmarks.baseline.Records.CommitteeDoc;
import dev.conventio.benchmarks.baseline.Records.ContributionDoc;
import dev.conventio.benchmarks.baseline.Records.ConventionDoc;
import dev.conventio.benchmarks.baseline.Records.DecisionDoc;
import dev.conventio.benchmarks.baseline.Records.EndDoc;
import dev.conventio.benchmarks.baseline.Records.InstalmentDoc;
import dev.conventio.benchmarks.baseline.Records.MandateDoc;
import dev.conventio.benchmarks.baseline.Records.MoneyDoc;
import dev.conventio.benchmarks.baseline.Records.Nature;
import dev.conventio.benchmarks.baseline.Records.OrientationDoc;
import dev.conventio.benchmarks.baseline.Records.PartyDoc;
import dev.conventio.benchmarks.baseline.Records.PartyKind;
import dev.conventio.benchmarks.baseline.Records.PersonDoc;
import dev.conventio.benchmarks.baseline.Records.PhaseDoc;
import dev.conventio.benchmarks.baseline.Records.PhaseStatus;
import dev.conventio.benchmarks.baseline.Records.RenewalDoc;
import dev.conventio.benchmarks.baseline.Records.RepresentativeDoc;
import dev.conventio.benchmarks.baseline.Records.SignatureDoc;
import dev.conventio.benchmarks.baseline.Records.StartDoc;
import dev.conventio.benchmarks.baseline.Records.StartKind;
import dev.conventio.benchmarks.baseline.Records.TermDoc;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * B1: a hand-written reader and writer of convention documents on Jackson's streaming API,
 * producing and consuming the same {@link Records} as B0 — the practical ceiling of a Jackson-based
 * codec.
 *
 * <p>It is as strict as the format on what costs little: the library's limits, duplicate members
 * (a bit per member), unknown members, wrong token types, dates that do not exist, nothing after
 * the root value. Like B0 it checks no invariant and no required member. Thread-safe: the factory is shared, each call makes
 * its own parser.
 */
public final class HandCodec {

    /** The library's limits; duplicates are detected by the readers themselves ({@link #once}). */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(Mappers.CONSTRAINTS)
            .build();

    private HandCodec() {
    }

    // ---- reading ----------------------------------------------------------------------------------

    /**
     * Reads a convention document.
     *
     * @param json  the UTF-8 document, not null
     * @return the document's records, never null
     * @throws IOException if the document is malformed or not of the format
     */
    public static ConventionDoc read(byte[] json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            p.nextToken();
            ConventionDoc doc = convention(p);
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "content after the root value");
            }
            return doc;
        }
    }

    private static void expect(JsonParser p, JsonToken token) throws IOException {
        if (p.currentToken() != token) {
            throw new JsonParseException(p, "expected " + token + ", found " + p.currentToken());
        }
    }

    private static String text(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw new JsonParseException(p, "expected a string");
        }
        return p.getText();
    }

    private static int integer(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new JsonParseException(p, "expected an integer");
        }
        return p.getIntValue();
    }

    private static boolean bool(JsonParser p) throws IOException {
        JsonToken token = p.nextToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw new JsonParseException(p, "expected a boolean");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /** YYYY-MM-DD parsed by hand, as a ceiling would: {@code LocalDate.parse} goes through a formatter. */
    private static LocalDate date(JsonParser p) throws IOException {
        String text = text(p);
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new JsonParseException(p, "expected a date, found " + text);
        }
        try {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new JsonParseException(p, "expected a date, found " + text);
        }
    }

    private static Period period(JsonParser p) throws IOException {
        return Period.parse(text(p));
    }

    /**
     * Records that member {@code bit} of the current object was read, rejecting a second time:
     * duplicate detection as a hand-written reader does it, a bit per member, rather than
     * Jackson's name set per object ({@code STRICT_DUPLICATE_DETECTION}), which B0 has to use.
     */
    private static int once(JsonParser p, int seen, int bit) throws IOException {
        int mask = 1 << bit;
        if ((seen & mask) != 0) {
            throw new JsonParseException(p, "duplicate member " + p.currentName());
        }
        return seen | mask;
    }

    private static IOException unknown(JsonParser p) throws IOException {
        return new JsonParseException(p, "unknown member " + p.currentName());
    }

    /** Reads a list; the parser is before the array, and ends on its END_ARRAY. */
    private interface Element<T> {
        T read(JsonParser p) throws IOException;
    }

    private static <T> List<T> list(JsonParser p, Element<T> element) throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new JsonParseException(p, "expected an array");
        }
        List<T> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(element.read(p));
        }
        return list;
    }

    private static List<String> texts(JsonParser p) throws IOException {
        return list(p, q -> {
            expect(q, JsonToken.VALUE_STRING);
            return q.getText();
        });
    }

    private static <E extends Enum<E>> E constant(JsonParser p, java.util.Map<String, E> constants)
            throws IOException {
        String text = text(p);
        E constant = constants.get(text);
        if (constant == null) {
            throw new JsonParseException(p, "unknown constant " + text);
        }
        return constant;
    }

    private static <E extends Enum<E>> java.util.Map<String, E> index(E[] constants) {
        java.util.Map<String, E> map = new java.util.HashMap<>();
        for (E constant : constants) {
            map.put(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'), constant);
        }
        return java.util.Map.copyOf(map);
    }

    private static final java.util.Map<String, PartyKind> PARTY_KINDS = index(PartyKind.values());
    private static final java.util.Map<String, Civility> CIVILITIES = index(Civility.values());
    private static final java.util.Map<String, PhaseStatus> STATUSES = index(PhaseStatus.values());
    private static final java.util.Map<String, Nature> NATURES = index(Nature.values());
    private static final java.util.Map<String, StartKind> START_KINDS = index(StartKind.values());

    /** The format's name of a constant: lower case, hyphens, as the library writes it. */
    static String jsonName(Enum<?> constant) {
        return NAMES.name(constant);
    }

    private static final ConstantNames NAMES = new ConstantNames();

    /** The JSON names of the format's constants, computed once. */
    private static final class ConstantNames {
        private final java.util.Map<Enum<?>, String> names = new java.util.IdentityHashMap<>();

        ConstantNames() {
            for (Enum<?>[] values : new Enum<?>[][] {PartyKind.values(), Civility.values(), PhaseStatus.values(),
                Nature.values(), StartKind.values()}) {
                for (Enum<?> value : values) {
                    names.put(value, value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                }
            }
        }

        String name(Enum<?> constant) {
            return names.get(constant);
        }
    }

    private static ConventionDoc convention(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        int version = 0;
        String document = null;
        String reference = null;
        String object = null;
        List<PartyDoc> parties = null;
        LocalDate concludedOn = null;
        List<String> legalBases = null;
        String publication = null;
        String amendmentClause = null;
        List<ArticleDoc> articles = null;
        List<PhaseDoc> phases = null;
        List<ContributionDoc> contributions = null;
        CommitteeDoc committee = null;
        List<DecisionDoc> decisions = null;
        TermDoc term = null;
        List<SignatureDoc> signatures = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "formatVersion" -> {
                    seen = once(p, seen, 0);
                    version = integer(p);
                }
                case "document" -> {
                    seen = once(p, seen, 15);
                    document = text(p);
                }
                case "reference" -> {
                    seen = once(p, seen, 1);
                    reference = text(p);
                }
                case "object" -> {
                    seen = once(p, seen, 2);
                    object = text(p);
                }
                case "parties" -> {
                    seen = once(p, seen, 3);
                    parties = list(p, HandCodec::party);
                }
                case "concludedOn" -> {
                    seen = once(p, seen, 4);
                    concludedOn = date(p);
                }
                case "legalBases" -> {
                    seen = once(p, seen, 5);
                    legalBases = texts(p);
                }
                case "publication" -> {
                    seen = once(p, seen, 6);
                    publication = text(p);
                }
                case "amendmentClause" -> {
                    seen = once(p, seen, 7);
                    amendmentClause = text(p);
                }
                case "articles" -> {
                    seen = once(p, seen, 8);
                    articles = list(p, HandCodec::article);
                }
                case "phases" -> {
                    seen = once(p, seen, 9);
                    phases = list(p, HandCodec::phase);
                }
                case "contributions" -> {
                    seen = once(p, seen, 10);
                    contributions = list(p, HandCodec::contribution);
                }
                case "steeringCommittee" -> {
                    seen = once(p, seen, 11);
                    p.nextToken();
                    committee = committee(p);
                }
                case "decisions" -> {
                    seen = once(p, seen, 12);
                    decisions = list(p, HandCodec::decision);
                }
                case "term" -> {
                    seen = once(p, seen, 13);
                    p.nextToken();
                    term = term(p);
                }
                case "signatures" -> {
                    seen = once(p, seen, 14);
                    signatures = list(p, HandCodec::signature);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new ConventionDoc(version, document, reference, object, parties, concludedOn, legalBases, publication,
                amendmentClause, articles, phases, contributions, committee, decisions, term, signatures);
    }

    private static PartyDoc party(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        String id = null;
        String partyName = null;
        PartyKind kind = null;
        String siren = null;
        String siret = null;
        RepresentativeDoc representative = null;
        MandateDoc mandate = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "id" -> {
                    seen = once(p, seen, 0);
                    id = text(p);
                }
                case "name" -> {
                    seen = once(p, seen, 1);
                    partyName = text(p);
                }
                case "kind" -> {
                    seen = once(p, seen, 2);
                    kind = constant(p, PARTY_KINDS);
                }
                case "siren" -> {
                    seen = once(p, seen, 3);
                    siren = text(p);
                }
                case "siret" -> {
                    seen = once(p, seen, 4);
                    siret = text(p);
                }
                case "representative" -> {
                    seen = once(p, seen, 5);
                    p.nextToken();
                    representative = representative(p);
                }
                case "mandate" -> {
                    seen = once(p, seen, 6);
                    p.nextToken();
                    mandate = mandate(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new PartyDoc(id, partyName, kind, siren, siret, representative, mandate);
    }

    private static RepresentativeDoc representative(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        PersonDoc person = null;
        String title = null;
        boolean orDelegate = false;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "person" -> {
                    seen = once(p, seen, 0);
                    p.nextToken();
                    person = person(p);
                }
                case "title" -> {
                    seen = once(p, seen, 1);
                    title = text(p);
                }
                case "orDelegate" -> {
                    seen = once(p, seen, 2);
                    orDelegate = bool(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new RepresentativeDoc(person, title, orDelegate);
    }

    private static PersonDoc person(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        Civility civility = null;
        String fullName = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "civility" -> {
                    seen = once(p, seen, 0);
                    civility = constant(p, CIVILITIES);
                }
                case "fullName" -> {
                    seen = once(p, seen, 1);
                    fullName = text(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new PersonDoc(civility, fullName);
    }

    private static MandateDoc mandate(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        String body = null;
        String number = null;
        LocalDate date = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "decidingBody" -> {
                    seen = once(p, seen, 0);
                    body = text(p);
                }
                case "deliberationNumber" -> {
                    seen = once(p, seen, 1);
                    number = text(p);
                }
                case "date" -> {
                    seen = once(p, seen, 2);
                    date = date(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new MandateDoc(body, number, date);
    }

    private static ArticleDoc article(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        String number = null;
        String title = null;
        ContentDoc content = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "number" -> {
                    seen = once(p, seen, 0);
                    number = text(p);
                }
                case "title" -> {
                    seen = once(p, seen, 1);
                    title = text(p);
                }
                case "content" -> {
                    seen = once(p, seen, 2);
                    p.nextToken();
                    content = content(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new ArticleDoc(number, title, content);
    }

    private static ContentDoc content(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        List<BlockDoc> blocks = null;
        boolean complete = false;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "blocks" -> {
                    seen = once(p, seen, 0);
                    blocks = list(p, HandCodec::block);
                }
                case "complete" -> {
                    seen = once(p, seen, 1);
                    complete = bool(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new ContentDoc(blocks, complete);
    }

    private static BlockDoc block(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        String type = null;
        String text = null;
        List<String> sentences = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "type" -> {
                    seen = once(p, seen, 0);
                    type = text(p);
                }
                case "text" -> {
                    seen = once(p, seen, 1);
                    text = text(p);
                }
                case "recordedSentences" -> {
                    seen = once(p, seen, 2);
                    sentences = texts(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new BlockDoc(type, text, sentences);
    }

    private static PhaseDoc phase(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        int number = 0;
        String title = null;
        String description = null;
        PhaseStatus status = null;
        List<OrientationDoc> orientations = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "number" -> {
                    seen = once(p, seen, 0);
                    number = integer(p);
                }
                case "title" -> {
                    seen = once(p, seen, 1);
                    title = text(p);
                }
                case "description" -> {
                    seen = once(p, seen, 2);
                    description = text(p);
                }
                case "status" -> {
                    seen = once(p, seen, 3);
                    status = constant(p, STATUSES);
                }
                case "orientations" -> {
                    seen = once(p, seen, 4);
                    orientations = list(p, HandCodec::orientation);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new PhaseDoc(number, title, description, status, orientations);
    }

    private static OrientationDoc orientation(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        int order = 0;
        String title = null;
        String justification = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "order" -> {
                    seen = once(p, seen, 0);
                    order = integer(p);
                }
                case "title" -> {
                    seen = once(p, seen, 1);
                    title = text(p);
                }
                case "justification" -> {
                    seen = once(p, seen, 2);
                    justification = text(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new OrientationDoc(order, title, justification);
    }

    private static ContributionDoc contribution(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        String id = null;
        String contributor = null;
        String beneficiary = null;
        MoneyDoc amount = null;
        String budget = null;
        Nature nature = null;
        String purpose = null;
        List<InstalmentDoc> schedule = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "id" -> {
                    seen = once(p, seen, 0);
                    id = text(p);
                }
                case "contributor" -> {
                    seen = once(p, seen, 1);
                    contributor = text(p);
                }
                case "beneficiary" -> {
                    seen = once(p, seen, 2);
                    beneficiary = text(p);
                }
                case "amount" -> {
                    seen = once(p, seen, 3);
                    p.nextToken();
                    amount = money(p);
                }
                case "budget" -> {
                    seen = once(p, seen, 4);
                    budget = text(p);
                }
                case "nature" -> {
                    seen = once(p, seen, 5);
                    nature = constant(p, NATURES);
                }
                case "purpose" -> {
                    seen = once(p, seen, 6);
                    purpose = text(p);
                }
                case "schedule" -> {
                    seen = once(p, seen, 7);
                    schedule = list(p, HandCodec::instalment);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new ContributionDoc(id, contributor, beneficiary, amount, budget, nature, purpose, schedule);
    }

    private static MoneyDoc money(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        BigDecimal amount = null;
        String currency = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "amount" -> {
                    seen = once(p, seen, 0);
                    amount = new BigDecimal(text(p));
                }
                case "currency" -> {
                    seen = once(p, seen, 1);
                    currency = text(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new MoneyDoc(amount, currency);
    }

    private static InstalmentDoc instalment(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        LocalDate dueOn = null;
        MoneyDoc amount = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "dueOn" -> {
                    seen = once(p, seen, 0);
                    dueOn = date(p);
                }
                case "amount" -> {
                    seen = once(p, seen, 1);
                    p.nextToken();
                    amount = money(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new InstalmentDoc(dueOn, amount);
    }

    private static CommitteeDoc committee(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        String committeeName = null;
        String mission = null;
        List<String> members = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "name" -> {
                    seen = once(p, seen, 0);
                    committeeName = text(p);
                }
                case "mission" -> {
                    seen = once(p, seen, 1);
                    mission = text(p);
                }
                case "members" -> {
                    seen = once(p, seen, 2);
                    members = texts(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new CommitteeDoc(committeeName, mission, members);
    }

    private static DecisionDoc decision(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        LocalDate date = null;
        String statement = null;
        List<Integer> phases = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "date" -> {
                    seen = once(p, seen, 0);
                    date = date(p);
                }
                case "statement" -> {
                    seen = once(p, seen, 1);
                    statement = text(p);
                }
                case "validatedPhases" -> phases = list(p, q -> {
                    expect(q, JsonToken.VALUE_NUMBER_INT);
                    return q.getIntValue();
                });
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new DecisionDoc(date, statement, phases);
    }

    private static TermDoc term(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        StartDoc start = null;
        EndDoc end = null;
        RenewalDoc renewal = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "start" -> {
                    seen = once(p, seen, 0);
                    start = start(p);
                }
                case "end" -> {
                    seen = once(p, seen, 1);
                    end = end(p);
                }
                case "renewal" -> {
                    seen = once(p, seen, 2);
                    renewal = renewal(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new TermDoc(start, end, renewal);
    }

    private static StartDoc start(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        StartKind type = null;
        LocalDate date = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "type" -> {
                    seen = once(p, seen, 0);
                    type = constant(p, START_KINDS);
                }
                case "date" -> {
                    seen = once(p, seen, 1);
                    date = date(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new StartDoc(type, date);
    }

    private static EndDoc end(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        LocalDate date = null;
        Period duration = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "date" -> {
                    seen = once(p, seen, 0);
                    date = date(p);
                }
                case "duration" -> {
                    seen = once(p, seen, 1);
                    duration = period(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new EndDoc(date, duration);
    }

    private static RenewalDoc renewal(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        Period period = null;
        int max = 0;
        boolean tacit = false;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "period" -> {
                    seen = once(p, seen, 0);
                    period = period(p);
                }
                case "maxRenewals" -> {
                    seen = once(p, seen, 1);
                    max = integer(p);
                }
                case "tacit" -> {
                    seen = once(p, seen, 2);
                    tacit = bool(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new RenewalDoc(period, max, tacit);
    }

    private static SignatureDoc signature(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        String party = null;
        PersonDoc signatory = null;
        String capacity = null;
        LocalDate date = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "party" -> {
                    seen = once(p, seen, 0);
                    party = text(p);
                }
                case "signatory" -> {
                    seen = once(p, seen, 1);
                    p.nextToken();
                    signatory = person(p);
                }
                case "capacity" -> {
                    seen = once(p, seen, 2);
                    capacity = text(p);
                }
                case "date" -> {
                    seen = once(p, seen, 3);
                    date = date(p);
                }
                default -> throw unknown(p);
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new SignatureDoc(party, signatory, capacity, date);
    }

    // ---- writing ----------------------------------------------------------------------------------

    /**
     * Writes a convention document, compact.
     *
     * @param doc  the document's records, not null
     * @return the UTF-8 document, never null
     * @throws IOException if the generator fails
     */
    public static byte[] write(ConventionDoc doc) throws IOException {
        // As ObjectMapper.writeValueAsBytes does: a pooled recycler, released after use.
        BufferRecycler recycler = FACTORY._getBufferRecycler();
        try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                convention(g, doc);
            }
            return out.getClearAndRelease();
        } finally {
            recycler.releaseToPool();
        }
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void date(JsonGenerator g, String name, LocalDate date) throws IOException {
        g.writeStringField(name, date.toString());
    }

    private static void texts(JsonGenerator g, String name, List<String> texts) throws IOException {
        g.writeArrayFieldStart(name);
        for (String text : texts) {
            g.writeString(text);
        }
        g.writeEndArray();
    }

    private static void convention(JsonGenerator g, ConventionDoc c) throws IOException {
        g.writeStartObject();
        g.writeNumberField("formatVersion", c.formatVersion());
        optional(g, "document", c.document());
        g.writeStringField("reference", c.reference());
        g.writeStringField("object", c.object());
        g.writeArrayFieldStart("parties");
        for (PartyDoc party : c.parties()) {
            party(g, party);
        }
        g.writeEndArray();
        date(g, "concludedOn", c.concludedOn());
        texts(g, "legalBases", c.legalBases());
        optional(g, "publication", c.publication());
        optional(g, "amendmentClause", c.amendmentClause());
        g.writeArrayFieldStart("articles");
        for (ArticleDoc article : c.articles()) {
            g.writeStartObject();
            g.writeStringField("number", article.number());
            optional(g, "title", article.title());
            if (article.content() != null) {
                content(g, article.content());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("phases");
        for (PhaseDoc phase : c.phases()) {
            phase(g, phase);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("contributions");
        for (ContributionDoc contribution : c.contributions()) {
            contribution(g, contribution);
        }
        g.writeEndArray();
        if (c.steeringCommittee() != null) {
            CommitteeDoc committee = c.steeringCommittee();
            g.writeObjectFieldStart("steeringCommittee");
            g.writeStringField("name", committee.name());
            optional(g, "mission", committee.mission());
            texts(g, "members", committee.members());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("decisions");
        for (DecisionDoc decision : c.decisions()) {
            g.writeStartObject();
            date(g, "date", decision.date());
            g.writeStringField("statement", decision.statement());
            g.writeArrayFieldStart("validatedPhases");
            for (int phase : decision.validatedPhases()) {
                g.writeNumber(phase);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (c.term() != null) {
            term(g, c.term());
        }
        g.writeArrayFieldStart("signatures");
        for (SignatureDoc signature : c.signatures()) {
            g.writeStartObject();
            g.writeStringField("party", signature.party());
            g.writeFieldName("signatory");
            person(g, signature.signatory());
            g.writeStringField("capacity", signature.capacity());
            if (signature.date() != null) {
                date(g, "date", signature.date());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void content(JsonGenerator g, ContentDoc content) throws IOException {
        g.writeObjectFieldStart("content");
        g.writeArrayFieldStart("blocks");
        for (BlockDoc block : content.blocks()) {
            g.writeStartObject();
            g.writeStringField("type", block.type());
            optional(g, "text", block.text());
            texts(g, "recordedSentences", block.recordedSentences());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("complete", content.complete());
        g.writeEndObject();
    }

    private static void party(JsonGenerator g, PartyDoc party) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", party.id());
        g.writeStringField("name", party.name());
        g.writeStringField("kind", jsonName(party.kind()));
        optional(g, "siren", party.siren());
        optional(g, "siret", party.siret());
        if (party.representative() != null) {
            RepresentativeDoc representative = party.representative();
            g.writeObjectFieldStart("representative");
            g.writeFieldName("person");
            person(g, representative.person());
            g.writeStringField("title", representative.title());
            g.writeBooleanField("orDelegate", representative.orDelegate());
            g.writeEndObject();
        }
        if (party.mandate() != null) {
            MandateDoc mandate = party.mandate();
            g.writeObjectFieldStart("mandate");
            g.writeStringField("decidingBody", mandate.decidingBody());
            optional(g, "deliberationNumber", mandate.deliberationNumber());
            date(g, "date", mandate.date());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void person(JsonGenerator g, PersonDoc person) throws IOException {
        g.writeStartObject();
        if (person.civility() != null) {
            g.writeStringField("civility", jsonName(person.civility()));
        }
        g.writeStringField("fullName", person.fullName());
        g.writeEndObject();
    }

    private static void phase(JsonGenerator g, PhaseDoc phase) throws IOException {
        g.writeStartObject();
        g.writeNumberField("number", phase.number());
        g.writeStringField("title", phase.title());
        optional(g, "description", phase.description());
        g.writeStringField("status", jsonName(phase.status()));
        g.writeArrayFieldStart("orientations");
        for (OrientationDoc orientation : phase.orientations()) {
            g.writeStartObject();
            g.writeNumberField("order", orientation.order());
            g.writeStringField("title", orientation.title());
            optional(g, "justification", orientation.justification());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void contribution(JsonGenerator g, ContributionDoc contribution) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", contribution.id());
        g.writeStringField("contributor", contribution.contributor());
        g.writeStringField("beneficiary", contribution.beneficiary());
        g.writeFieldName("amount");
        money(g, contribution.amount());
        g.writeStringField("budget", contribution.budget());
        g.writeStringField("nature", jsonName(contribution.nature()));
        optional(g, "purpose", contribution.purpose());
        g.writeArrayFieldStart("schedule");
        for (InstalmentDoc instalment : contribution.schedule()) {
            g.writeStartObject();
            date(g, "dueOn", instalment.dueOn());
            g.writeFieldName("amount");
            money(g, instalment.amount());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void money(JsonGenerator g, MoneyDoc money) throws IOException {
        g.writeStartObject();
        g.writeStringField("amount", money.amount().toPlainString());
        g.writeStringField("currency", money.currency());
        g.writeEndObject();
    }

    private static void term(JsonGenerator g, TermDoc term) throws IOException {
        g.writeObjectFieldStart("term");
        g.writeObjectFieldStart("start");
        g.writeStringField("type", jsonName(term.start().type()));
        if (term.start().date() != null) {
            date(g, "date", term.start().date());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("end");
        if (term.end().date() != null) {
            date(g, "date", term.end().date());
        }
        if (term.end().duration() != null) {
            g.writeStringField("duration", term.end().duration().toString());
        }
        g.writeEndObject();
        if (term.renewal() != null) {
            g.writeObjectFieldStart("renewal");
            g.writeStringField("period", term.renewal().period().toString());
            g.writeNumberField("maxRenewals", term.renewal().maxRenewals());
            g.writeBooleanField("tacit", term.renewal().tacit());
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
