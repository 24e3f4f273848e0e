package dev.conventio.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The baselines' model: plain Java records equivalent to a convention document of the format, one
 * record per JSON object, one component per member, in the format's member order.
 *
 * <p>They hold what a user of plain Jackson would bind the format to: dates as {@link LocalDate},
 * durations as {@link Period}, amounts as {@link BigDecimal} (written as a JSON string), the
 * format's constants as enums, and absent optional members as {@code null} (left out when writing).
 * They carry no invariant: the difference between a baseline and the library is the library's
 * validation and its model, which is what the benchmarks price.
 */
public final class Records {

    private Records() {
    }

    /** A convention document. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"formatVersion", "document", "reference", "object", "parties", "concludedOn", "legalBases", "publication",
        "amendmentClause", "articles", "phases", "contributions", "steeringCommittee", "decisions", "term",
        "signatures"})
    public record ConventionDoc(int formatVersion, String document, String reference, String object, List<PartyDoc> parties,
            LocalDate concludedOn, List<String> legalBases, String publication, String amendmentClause,
            List<ArticleDoc> articles, List<PhaseDoc> phases, List<ContributionDoc> contributions,
            CommitteeDoc steeringCommittee, List<DecisionDoc> decisions, TermDoc term, List<SignatureDoc> signatures) {
    }

    /** A party. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "kind", "siren", "siret", "representative", "mandate"})
    public record PartyDoc(String id, String name, PartyKind kind, String siren, String siret,
            RepresentativeDoc representative, MandateDoc mandate) {
    }

    /** A party's representative. */
    @JsonPropertyOrder({"person", "title", "orDelegate"})
    public record RepresentativeDoc(PersonDoc person, String title, boolean orDelegate) {
    }

    /** A person. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"civility", "fullName"})
    public record PersonDoc(Civility civility, String fullName) {
    }

    /** A mandate. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"decidingBody", "deliberationNumber", "date"})
    public record MandateDoc(String decidingBody, String deliberationNumber, LocalDate date) {
    }

    /** An article. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"number", "title", "content"})
    public record ArticleDoc(String number, String title, ContentDoc content) {
    }

    /** The text of an article: its blocks, and whether they are the whole text. */
    @JsonPropertyOrder({"blocks", "complete"})
    public record ContentDoc(List<BlockDoc> blocks, boolean complete) {
    }

    /** A block of text: a paragraph, its text, and its sentences when recorded one by one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "text", "recordedSentences"})
    public record BlockDoc(String type, String text, List<String> recordedSentences) {
    }

    /** A phase. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"number", "title", "description", "status", "orientations"})
    public record PhaseDoc(int number, String title, String description, PhaseStatus status,
            List<OrientationDoc> orientations) {
    }

    /** An orientation of a phase. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"order", "title", "justification"})
    public record OrientationDoc(int order, String title, String justification) {
    }

    /** A financial contribution. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "contributor", "beneficiary", "amount", "budget", "nature", "purpose", "schedule"})
    public record ContributionDoc(String id, String contributor, String beneficiary, MoneyDoc amount, String budget,
            Nature nature, String purpose, List<InstalmentDoc> schedule) {
    }

    /** Money: the amount is a JSON string, as in the format. */
    @JsonPropertyOrder({"amount", "currency"})
    public record MoneyDoc(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {
    }

    /** An instalment of a payment schedule. */
    @JsonPropertyOrder({"dueOn", "amount"})
    public record InstalmentDoc(LocalDate dueOn, MoneyDoc amount) {
    }

    /** A steering committee. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "mission", "members"})
    public record CommitteeDoc(String name, String mission, List<String> members) {
    }

    /** A committee decision. */
    @JsonPropertyOrder({"date", "statement", "validatedPhases"})
    public record DecisionDoc(LocalDate date, String statement, List<Integer> validatedPhases) {
    }

    /** A term. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"start", "end", "renewal"})
    public record TermDoc(StartDoc start, EndDoc end, RenewalDoc renewal) {
    }

    /** A start rule: its type, and its date for the types that have one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "date"})
    public record StartDoc(StartKind type, LocalDate date) {
    }

    /** The end of a term: a date or a duration. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"date", "duration"})
    public record EndDoc(LocalDate date, Period duration) {
    }

    /** A renewal clause. */
    @JsonPropertyOrder({"period", "maxRenewals", "tacit"})
    public record RenewalDoc(Period period, int maxRenewals, boolean tacit) {
    }

    /** A signature. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"party", "signatory", "capacity", "date"})
    public record SignatureDoc(String party, PersonDoc signatory, String capacity, LocalDate date) {
    }

    /** The kinds of party, by their JSON names. */
    public enum PartyKind {
        @JsonProperty("metropole") METROPOLE,
        @JsonProperty("epci") EPCI,
        @JsonProperty("commune") COMMUNE,
        @JsonProperty("departement") DEPARTEMENT,
        @JsonProperty("region") REGION,
        @JsonProperty("etat") ETAT,
        @JsonProperty("gip") GIP,
        @JsonProperty("etablissement-public") ETABLISSEMENT_PUBLIC,
        @JsonProperty("association") ASSOCIATION,
        @JsonProperty("company") COMPANY
    }

    /** Civilities, by their JSON names. */
    public enum Civility {
        @JsonProperty("madame") MADAME,
        @JsonProperty("monsieur") MONSIEUR
    }

    /** Phase statuses, by their JSON names. */
    public enum PhaseStatus {
        @JsonProperty("planned") PLANNED,
        @JsonProperty("validated") VALIDATED,
        @JsonProperty("in-progress") IN_PROGRESS,
        @JsonProperty("completed") COMPLETED
    }

    /** Natures of contribution, by their JSON names. */
    public enum Nature {
        @JsonProperty("financial-participation") FINANCIAL_PARTICIPATION,
        @JsonProperty("grant") GRANT,
        @JsonProperty("remuneration") REMUNERATION,
        @JsonProperty("in-kind") IN_KIND
    }

    /** Kinds of start rule, by their JSON names. */
    public enum StartKind {
        @JsonProperty("on-signature-by-all-parties") ON_SIGNATURE_BY_ALL_PARTIES,
        @JsonProperty("on-date") ON_DATE,
        @JsonProperty("on-notification") ON_NOTIFICATION
    }
}
