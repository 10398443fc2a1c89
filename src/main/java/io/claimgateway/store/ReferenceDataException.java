package io.claimgateway.store;

import java.util.List;

/** A reference data file was rejected; {@link #problems()} names each bad line and why. */
public class ReferenceDataException extends RuntimeException {

    private final List<String> problems;

    public ReferenceDataException(String file, List<String> problems) {
        super(file + " rejected: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
