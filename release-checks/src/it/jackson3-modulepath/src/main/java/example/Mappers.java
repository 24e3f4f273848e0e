package example;

import dev.conventio.convention.Convention;
import dev.conventio.jackson3.ConventioJackson3Exception;
import dev.conventio.jackson3.ConventioJackson3Module;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** The mapper of docs/jackson3.md, as an application builds it. */
public final class Mappers {

    private Mappers() {
    }

    /**
     * Builds the application's mapper: the facade's read limits, the Conventio module.
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(ConventioJackson3Module.readConstraints())
                        .build())
                .addModule(new ConventioJackson3Module())
                .build();
    }

    /**
     * Reads a convention, or says why not.
     *
     * @param json  the document
     * @return the reference, or the rejection's code and pointer
     */
    public static String reference(String json) {
        try {
            return mapper().readValue(json, Convention.class).reference();
        } catch (ConventioJackson3Exception e) {
            return e.code().code() + " at " + e.pointer();
        }
    }
}
