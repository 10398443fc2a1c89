package io.claimgateway.remit;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An acknowledgment of a rejected file, ready to be written beside its {@code .error.txt}.
 *
 * @param kind TA1 (interchange) or 999 (implementation acknowledgment)
 * @param x12  the whole interchange, ISA to IEA, one segment per line
 */
public record Acknowledgment(Kind kind, String x12) {

    public enum Kind {
        TA1("ta1"),
        IMPLEMENTATION_999("999");

        private final String fileExtension;

        Kind(String fileExtension) {
            this.fileExtension = fileExtension;
        }

        /** Without the dot: {@code <name>.ta1} or {@code <name>.999}. */
        public String fileExtension() {
            return fileExtension;
        }
    }

    public Acknowledgment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(x12, "x12");
    }

    /** The file's bytes; everything we write is ASCII. */
    public byte[] bytes() {
        return x12.getBytes(StandardCharsets.US_ASCII);
    }
}
