package dev.conventio.examples.codes;

import dev.conventio.validation.CodeCatalog;
import dev.conventio.validation.ViolationCode;
import java.util.List;

/** A catalog declared outside the library's packages, as an application would declare its own codes. */
public final class AcmeCodes implements CodeCatalog {

    /** A code of the application's own policy. */
    public static final ViolationCode OVER_CEILING = ViolationCode.of("acme.budget.over-ceiling",
            ViolationCode.Kind.POLICY, "an amendment takes the budget over the ceiling the council voted");

    @Override
    public String name() {
        return "acme-grants";
    }

    @Override
    public List<ViolationCode> codes() {
        return List.of(OVER_CEILING);
    }
}
