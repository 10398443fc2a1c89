package io.claimgateway.parse;

import java.util.Set;

/**
 * What the scanner insists on.
 *
 * @param supportedVersions GS08/ST03 values accepted
 * @param checkControlCounts whether SE01, GE01 and IEA01 must match the counts; off only for
 *                           reading test files whose sole defect is their counts
 */
public record ScanPolicy(Set<String> supportedVersions, boolean checkControlCounts) {

    public static final Set<String> DEFAULT_VERSIONS = Set.of("005010X222A1", "005010X223A2");

    public ScanPolicy {
        supportedVersions = Set.copyOf(supportedVersions);
    }

    /** The production policy: 837P and 837I 5010 errata, all counts checked. */
    public static ScanPolicy strict() {
        return new ScanPolicy(DEFAULT_VERSIONS, true);
    }


    public ScanPolicy withSupportedVersions(Set<String> versions) {
        return new ScanPolicy(versions, checkControlCounts);
    }
}
