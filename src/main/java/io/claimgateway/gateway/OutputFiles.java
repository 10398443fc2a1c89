package io.claimgateway.gateway;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the results of one input file go.
 *
 * @param remittance the 835
 * @param claimsJson every claim with its disposition, when wanted
 * @param errorReport the rejection report, written only when the file is rejected; the TA1 or 999
 *     acknowledgment goes beside it
 * @param duplicateReport the report written when the file repeats an interchange already processed
 */
public record OutputFiles(Path remittance, Optional<Path> claimsJson, Path errorReport, Path duplicateReport) {

    /** {@code <name>.835}, {@code .claims.json}, {@code .error.txt}, {@code .duplicate.txt} in one directory. */
    public static OutputFiles inDirectory(Path directory, String inputFileName) {
        String base = baseName(inputFileName);
        return new OutputFiles(directory.resolve(base + ".835"), Optional.of(directory.resolve(base + ".claims.json")),
                directory.resolve(base + ".error.txt"), directory.resolve(base + ".duplicate.txt"));
    }

    /** The acknowledgment of a rejected file, beside its error report: {@code <name>.999} or {@code <name>.ta1}. */
    public Path acknowledgment(String extension) {
        String report = errorReport.getFileName().toString();
        String base = report.endsWith(".error.txt") ? report.substring(0, report.length() - ".error.txt".length())
                : baseName(report);
        return errorReport.resolveSibling(base + "." + extension);
    }

    /** An acknowledgment of a processed file, beside its 835: {@code <name>.999}, {@code .277}, {@code .ta1}. */
    public Path answer(String extension) {
        String remit = remittance.getFileName().toString();
        return remittance.resolveSibling(baseName(remit) + "." + extension);
    }

    /** The input's name with its extension replaced: {@code 01-a.837p.x12} gives {@code 01-a.837p}. */
    public static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
