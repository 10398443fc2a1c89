package io.claimgateway.parse;

import io.claimgateway.support.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Whose adjudication history a file may touch: a 64-bit digest of each identity (each
 * subscriber's member id, NM1*IL NM109, read in the envelope pass), for the store's per-patient
 * locks, which only need to know which histories two files may share. No id is kept; eight bytes
 * an identity, so a file of a million subscribers holds 8 MB here.
 */
public final class HistoryKeys {

    private long[] keys;
    private int size;

    public HistoryKeys() {
        this(new long[16], 0);
    }

    private HistoryKeys(long[] keys, int size) {
        this.keys = keys;
        this.size = size;
    }

    /** Adds an identity, compared as given (callers trim). */
    void add(String identity) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        keys[size++] = key(identity);
    }

    /** A copy with more identities (e.g. the interchanges the file records). */
    public HistoryKeys with(List<String> identities) {
        HistoryKeys copy = new HistoryKeys(Arrays.copyOf(keys, Math.max(16, size + identities.size())), size);
        identities.forEach(copy::add);
        return copy;
    }

    /** Every key once, ascending: the order locks are taken in, so two files never wait in a cycle. */
    public long[] sorted() {
        return Arrays.stream(keys, 0, size).sorted().distinct().toArray();
    }

    /** The first eight bytes of the identity's SHA-256: stable across JVMs and instances. */
    static long key(String identity) {
        return ByteBuffer.wrap(Sha256.newDigest().digest(identity.getBytes(StandardCharsets.UTF_8))).getLong();
    }
}
