package io.claimgateway.validate;

import java.util.Optional;

/** The 837 implementation guides the gateway reads, with their letter in the element-check table. */
enum Guide {
    PROFESSIONAL("005010X222A1", "P"),
    INSTITUTIONAL("005010X223A2", "I");

    private final String version;
    private final String letter;

    Guide(String version, String letter) {
        this.version = version;
        this.letter = letter;
    }

    /** GS08, the version / release / industry identifier code. */
    String version() {
        return version;
    }

    /** The guide's letter in the table's {@code guides} column. */
    String letter() {
        return letter;
    }

    static Optional<Guide> forVersion(String gs08) {
        for (Guide guide : values()) {
            if (guide.version.equals(gs08)) {
                return Optional.of(guide);
            }
        }
        return Optional.empty();
    }
}
