package dev.conventio.format.codec;

import dev.conventio.date.PartialDate;
import dev.conventio.format.RejectionCode;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Rna;
import dev.conventio.party.Role;
import dev.conventio.publication.Nor;
import dev.conventio.validation.ValidationException;
import java.io.IOException;
import java.util.function.Function;

/**
 * The scalars of version 2 about who is bound and where texts are published: partial dates, legal
 * forms and roles (open vocabularies), RNA numbers and NOR numbers. Each is read strictly, with
 * the model's {@code parse} or {@code of}, never leniently.
 */
final class IdentityScalars {

    /** A date known in part: {@code 2011}, {@code 2011-06}, {@code 2011-06-15} or {@code unknown}. */
    static final ValueCodec<PartialDate> PARTIAL_DATE = new ValueCodec<>() {
        @Override
        public PartialDate read(Reader in) throws IOException {
            String text = in.text();
            try {
                return PartialDate.parse(text);
            } catch (ValidationException e) {
                throw in.reject(RejectionCode.INVALID_DATE, "a partial date is YYYY, YYYY-MM, YYYY-MM-DD or unknown, "
                        + "with a month and a day that exist, was '" + Reader.abbreviate(text) + "'");
            }
        }

        @Override
        public void write(Writer out, PartialDate value) throws IOException {
            out.sink().string(value.toString());
        }
    };

    /** A legal form's code; one that breaks an invariant is a violation at its token. */
    static final ValueCodec<LegalForm> LEGAL_FORM = text(LegalForm::of, LegalForm::code);

    /** A role's code. */
    static final ValueCodec<Role> ROLE = text(Role::of, Role::code);

    /** An RNA number. */
    static final ValueCodec<Rna> RNA = text(Rna::parse, Rna::toString);

    /** A NOR. */
    static final ValueCodec<Nor> NOR = text(Nor::parse, Nor::toString);

    private IdentityScalars() {
    }

    private static <T> ValueCodec<T> text(Function<String, T> factory, Function<T, String> form) {
        return new ValueCodec<>() {
            @Override
            public T read(Reader in) throws IOException {
                return in.scalar(in.text(), factory);
            }

            @Override
            public void write(Writer out, T value) throws IOException {
                out.sink().string(form.apply(value));
            }
        };
    }
}
