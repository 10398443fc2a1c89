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
 * @param archivedInput where the input goes when processed (rejectedInput, duplicateInput: the
 *     other outcomes), when the gateway moves it (the folder route) or its channel does (SFTP)
 * @param remoteInput true when the input's destinations are paths on a partner's server, where the
 *     channel's route moves the input once the outputs are delivered (the gateway never moves it)
 */
public record OutputFiles(Path remittance, Optional<Path> claimsJson, Path errorReport, Path duplicateReport,
        Optional<Path> archivedInput, Optional<Path> rejectedInput, Optional<Path> duplicateInput,
        boolean remoteInput) {

    /** Every output of {@code inputFileName} in one directory (replay, an SFTP ledger entry). */
    public static OutputFiles inDirectory(Path directory, String inputFileName) {
        return FilePlacement.directory(directory).outputsFor(inputFileName);
    }

    /**
     * Where the input is read, as the journal records it: the local input when the gateway moves it
     * itself; nothing when it stays (replay) or when its channel moves it on a remote server.
     */
    Optional<Path> movedInput(Path input, String outcome) {
        return remoteInput ? Optional.empty() : inputDestination(outcome).map(d -> input.toAbsolutePath());
    }

    /** The acknowledgment of a rejected file, beside its error report: {@code <stem>.999} or {@code .ta1}. */
    Path acknowledgment(String extension) {
        return sibling(errorReport, ".error.txt", extension);
    }

    /** An acknowledgment of a processed file, beside its 835: {@code <stem>.999}, {@code .277}, {@code .ta1}. */
    Path answer(String extension) {
        return sibling(remittance, ".835", extension);
    }

    /** Where the input goes for this outcome ({@link FileOutcome#label()}), when the gateway moves it. */
    Optional<Path> inputDestination(String outcome) {
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
