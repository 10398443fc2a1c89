package io.claimgateway.parse;

import io.claimgateway.model.ClaimForm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a copy of the 837 DFDL schemas of {@code mappings/} with the file's delimiters in place
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

    /** The specialised schema of the guide, in a new temporary directory beside its common part. */
    static Path specialize(ClaimForm form, Delimiters delimiters) {
        try {
            Path directory = Files.createTempDirectory("claim-gateway-dfdl-");
            directory.toFile().deleteOnExit();
            String terminator = xmlAttribute(DfdlDelimiters.segmentTerminator(delimiters.segmentTerminator()));
            String separator = xmlAttribute(DfdlDelimiters.literal(delimiters.element()));
            Path schema = null;
            for (String name : new String[] {schemaFileName(form), COMMON}) {
                String text = resource("/mappings/" + name)
                        .replace(SEGMENT_TERMINATOR, terminator)
                        .replace(ELEMENT_SEPARATOR, separator);
                Path file = Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
                file.toFile().deleteOnExit();
                if (schema == null) {
                    schema = file;
                }
            }
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the specialised DFDL schema", e);
        }
    }

    static String schemaFileName(ClaimForm form) {
        return (form == ClaimForm.PROFESSIONAL ? "837P" : "837I") + "." + form.implementationGuide() + ".dfdl.xsd";
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DfdlSchemaSpecializer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String xmlAttribute(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
