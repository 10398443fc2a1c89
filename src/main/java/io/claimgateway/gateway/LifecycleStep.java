package io.claimgateway.gateway;

/**
 * The steps of one file's lifecycle, in order. For crash tests only: when the system property
 * {@value #HALT_AT} names a step, the JVM halts (as kill -9 would) the moment a file reaches it.
 */
public enum LifecycleStep {
    /** Every accepted set parsed and adjudicated, nothing staged beyond the claims JSON. */
    PARSED,
    /** Outputs staged under hidden names and the journal entry written; not committed. */
    STAGED,
    /** The file's transaction committed; no output visible yet. */
    COMMITTED,
    /** Outputs visible under their final names; the input still in the inbox. */
    PUBLISHED,
    /** The input moved to its destination; the journal not yet told. */
    MOVED;

    static final String HALT_AT = "gateway.test.halt-at";
    /** Exit status of a halted test process. */
    public static final int HALT_STATUS = 86;

    void reached() {
        if (name().equalsIgnoreCase(System.getProperty(HALT_AT, ""))) {
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }
}
