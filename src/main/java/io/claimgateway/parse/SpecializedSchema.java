package io.claimgateway.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The DFDL schema files of one guide with one file's delimiters written in, held in memory.
 *
 * @param mainFileName the guide's schema, the one to compile
 * @param files        every file the schema needs from {@code mappings/}, by file name, in a fixed order
 */
record SpecializedSchema(String mainFileName, Map<String, String> files) {

    SpecializedSchema {
        if (!files.containsKey(mainFileName)) {
            throw new IllegalArgumentException(mainFileName + " is not among the files");
        }
    }

    /** Writes the files into {@code directory} and returns the main schema's path. */
    Path writeTo(Path directory) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return directory.resolve(mainFileName);
    }
}
