package dev.conventio.party;

import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.util.List;

/** The code of an open vocabulary's value: 1 to 64 lower-case letters, digits and inner hyphens. */
final class Vocabulary {

    private Vocabulary() {
    }

    static String requireCode(String code, ViolationCode violation, String what) {
        int length = code.length();
        boolean valid = length > 0 && length <= 64 && code.charAt(0) != '-' && code.charAt(length - 1) != '-'
                && !code.contains("--");
        for (int i = 0; valid && i < length; i++) {
            char c = code.charAt(i);
            valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        }
        if (!valid) {
            throw new ValidationException(List.of(Violation.of(violation, "", "a " + what + " is 1 to 64 lower-case"
                    + " letters, digits and single inner hyphens, was '" + code + "'")));
        }
        return code;
    }
}
