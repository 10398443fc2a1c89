package io.claimgateway.parse;

import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Whose adjudication history a file may touch, as 16-bit hashes of identities (each subscriber's
 * member id, NM1*IL NM109, read in the envelope pass): enough for the store's per-patient locks,
 * which only need to know which histories two files may share. Fixed size whatever the file
 * holds, and no id kept. Two identities may share a hash: that only makes a lock coarser.
 */
public final class HistoryKeys {

    /** Hashes are in {@code [0, SPACE)}. */
    static final int SPACE = 1 << 16;

    private final BitSet hashes;

    public HistoryKeys() {
        this(new BitSet(SPACE));
    }

    private HistoryKeys(BitSet hashes) {
        this.hashes = hashes;
    }

    /** Adds an identity, compared as given (callers trim). */
    void add(String identity) {
        hashes.set(hash(identity));
    }

    /** A copy with more identities (e.g. the interchanges the file records). */
    public HistoryKeys with(List<String> identities) {
        HistoryKeys copy = new HistoryKeys((BitSet) hashes.clone());
        identities.forEach(copy::add);
        return copy;
    }

    /** The hashes, ascending. */
    public IntStream hashes() {
        return hashes.stream();
    }

    /** Stable across JVMs (String.hashCode is specified), spread by a multiplicative mix. */
    static int hash(String identity) {
        return (identity.hashCode() * 0x9E3779B9) >>> 16;
    }
}
