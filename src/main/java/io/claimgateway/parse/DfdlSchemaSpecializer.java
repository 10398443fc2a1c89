package io.claimgateway.parse;

import io.claimgateway.model.ClaimForm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes a copy of the 837 DFDL schemas of {@code mappings/} with the file's delimiters in place
 * of the delimiter variables, for one (guide, delimiter set). Literal delimiters let Daffodil
 * build its delimiter scanners once at compile time instead of evaluating an expression for every
 * segment and element; the schemas in {@code mappings/} stay valid on their own.
 */
final class DfdlSchemaSpecializer {

    private static final String COMMON = "x12-837-common.dfdl.xsd";
    private static final String SEGMENT_TERMINATOR = "{$ibmEdiFmt:SegmentTerm}";
    private static final String ELEMENT_SEPARATOR = "{$ibmEdiFmt:FieldSep}";

    private DfdlSchemaSpecializer() {
    }

    /**
     * The specialised schema files of the guide, in memory: nothing is written until a compile
     * needs them (see {@link CompiledSchemaCache}).
     */
    static SpecializedSchema specialize(ClaimForm form, Delimiters delimiters) {
        String terminator = xmlAttribute(DfdlDelimiters.segmentTerminator(delimiters.segmentTerminator()));
        String separator = xmlAttribute(DfdlDelimiters.literal(delimiters.element()));
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : new String[] {schemaFileName(form), COMMON}) {
            files.put(name, resource("/mappings/" + name)
                    .replace(SEGMENT_TERMINATOR, terminator)
                    .replace(ELEMENT_SEPARATOR, separator));
        }
        return new SpecializedSchema(schemaFileName(form), files);
    }

    static String schemaFileName(ClaimForm form) {
        return (form == ClaimForm.PROFESSIONAL ? "837P" : "837I") + "." + form.implementationGuide() + ".dfdl.xsd";
    }

    static String resource(String path) {
        try (InputStream in = DfdlSchemaSpecializer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static String xmlAttribute(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
