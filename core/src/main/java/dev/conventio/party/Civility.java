package dev.conventio.party;

/**
 * The civility of a person as written in a French instrument (civilité).
 *
 * @since 0.1
 */
public enum Civility {
    /** Madame, abbreviated "Mme". */
    MADAME("Mme"),
    /** Monsieur, abbreviated "M.". */
    MONSIEUR("M.");

    private final String abbreviation;

    Civility(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /**
     * Gets the abbreviation written before a name: "Mme" or "M.".
     *
     * @return the abbreviation, never null
     */
    public String abbreviation() {
        return abbreviation;
    }
}
