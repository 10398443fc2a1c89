package io.claimgateway.parse;

import io.claimgateway.model.ClaimForm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Build step (Maven {@code process-classes}): compiles the 837 schemas for the delimiters nearly
 * every partner uses and saves them into the classes folder, so the jar carries them and the
 * first file of a fresh installation is not kept waiting for the DFDL compiler. Run with the
 * output folder as its only argument; a parser already there (same key, so same schema text and
 * Daffodil version) is kept.
 */
public final class CompiledSchemaGenerator {

    /** {@code * : ^ ~}; with or without line breaks after {@code ~} the schema is the same. */
    static final Delimiters COMMON = new Delimiters('*', ':', Optional.of('^'), '~', true);

    private CompiledSchemaGenerator() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: CompiledSchemaGenerator OUTPUT_DIRECTORY");
            System.exit(2);
        }
        Path output = Path.of(args[0]);
        List<ClaimForm> forms = Arrays.asList(ClaimForm.values());
        // One compile per guide, in parallel: each compile is mostly single-threaded.
        forms.parallelStream().forEach(form -> generate(form, output));
    }

    static Path generate(ClaimForm form, Path output) {
        SpecializedSchema schema = DfdlSchemaSpecializer.specialize(form, COMMON);
        String key = CompiledSchemaCache.key(schema);
        Path file = output.resolve(key + CompiledSchemaCache.SUFFIX);
        if (!Files.isRegularFile(file)) {
            CompiledSchemaCache.store(CompiledSchemaCache.compile(schema), output, key);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("Could not save the compiled " + schema.mainFileName() + " to " + file);
            }
        }
        return file;
    }
}
