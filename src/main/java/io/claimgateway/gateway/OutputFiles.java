package io.claimgateway.gateway;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the results of one input file go; {@link FilePlacement} decides every name.
 *
 * @param remittance the 835
 * @param claimsJson every claim with its disposition, when wanted
 * @param errorReport the rejection report, written only when the file is rejected; the TA1 or 999
 *     acknowledgment goes beside it
 * @param duplicateReport the report written when the file repeats an interchange already processed
 * @param input where the input itself goes, when the gateway moves it (the folder route)
 */
public record OutputFiles(Path remittance, Optional<Path> claimsJson, Path errorReport, Path duplicateReport,
        Optional<Path> archivedInput, Optional<Path> rejectedInput, Optional<Path> duplicateInput) {

    /** Every output of {@code inputFileName} in one directory (replay, an SFTP ledger entry). */
    public static OutputFiles inDirectory(Path directory, String inputFileName) {
        return FilePlacement.directory(directory).outputsFor(inputFileName);
    }

    /** The acknowledgment of a rejected file, beside its error report: {@code <stem>.999} or {@code .ta1}. */
    public Path acknowledgment(String extension) {
        return sibling(errorReport, ".error.txt", extension);
    }

    /** An acknowledgment of a processed file, beside its 835: {@code <stem>.999}, {@code .277}, {@code .ta1}. */
    public Path answer(String extension) {
        return sibling(remittance, ".835", extension);
    }

    /** Where the input goes for this outcome ({@link FileOutcome#label()}), when the gateway moves it. */
    public Optional<Path> inputDestination(String outcome) {
        return switch (outcome) {
            case "processed" -> archivedInput;
            case "duplicate" -> duplicateInput;
            default -> rejectedInput;
        };
    }

    private static Path sibling(Path file, String suffix, String extension) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - suffix.length()) + "." + extension);
    }
}
