package io.claimgateway.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Hand-written X12 for tests: segments written with {@code *}, {@code :}, {@code ^} and joined by "~\n". */
final class X12 {

    static final String ISA = isa("000000001");

    /** Structure, control numbers and versions checked; SE01/GE01/IEA01 counts not: for test files whose sole defect is their counts. */
    static final ScanPolicy LENIENT = new ScanPolicy(ScanPolicy.DEFAULT_VERSIONS, false);

    private X12() {
    }

    static String isa(String control) {
        return "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*"
                + control + "*0*P*:";
    }

    /** Joins segments with the terminator and a line break. */
    static String lines(String... segments) {
        return String.join("~\n", List.of(segments)) + "~\n";
    }

    /** One interchange, one group, one claim transaction with SE01 right. */
    static String validInterchange() {
        return lines(ISA,
                "GS*HC*SENDER*RECEIVER*20240101*1200*1*X*005010X222A1",
                "ST*837*0001*005010X222A1",
                "BHT*0019*00*0123*20240101*1200*CH",
                "NM1*41*2*SUBMITTER*****46*999",
                "SE*4*0001",
                "GE*1*1",
                "IEA*1*000000001");
    }

    /** Rewrites the delimiters of text written with the usual ones. */
    static String withDelimiters(String text, char element, char component, char repetition, char terminator) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case '*' -> element;
                case ':' -> component;
                case '^' -> repetition;
                case '~' -> terminator;
                default -> c;
            });
        }
        return out.toString();
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    static ScanResult scan(String text) throws IOException {
        return new EnvelopeScanner(ScanPolicy.strict()).scan(stream(text));
    }

    static ScanResult scan(String text, ScanPolicy policy) throws IOException {
        return new EnvelopeScanner(policy).scan(stream(text));
    }

    static Rejection rejection(ScanResult result) {
        if (result instanceof ScanResult.Rejected rejected) {
            return rejected.rejection();
        }
        throw new AssertionError("expected a rejection, got " + result);
    }

    static ScanResult.Accepted accepted(ScanResult result) {
        if (result instanceof ScanResult.Accepted accepted) {
            return accepted;
        }
        throw new AssertionError("expected acceptance, got " + result);
    }
}
