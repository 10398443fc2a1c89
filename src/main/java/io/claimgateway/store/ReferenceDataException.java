package io.claimgateway.store;

import java.util.List;

/** A reference data file was rejected; {@link #problems()} names each bad line and why. */
class ReferenceDataException extends RuntimeException {

    private final List<String> problems;

    ReferenceDataException(String file, List<String> problems) {
        super(file + " rejected: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
