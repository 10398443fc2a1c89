package io.claimgateway.gateway;

import io.claimgateway.parse.Rejection;

/** The text of {@code <name>.error.txt}: what is wrong, where, and how it is acknowledged. */
final class RejectionReport {

    private RejectionReport() {
    }

    static String of(String inputFileName, Rejection rejection) {
        return of(inputFileName, rejection, true);
    }

    /** A repeated interchange is not answered again: its report names no acknowledgment. */
    static String ofDuplicate(String inputFileName, Rejection rejection) {
        return of(inputFileName, rejection, false);
    }

    private static String of(String inputFileName, Rejection rejection, boolean acknowledged) {
        StringBuilder text = new StringBuilder();
        text.append("File: ").append(LogSafe.text(inputFileName)).append('\n');
        text.append("Rejected: ").append(rejection.reason().code()).append(' ').append(rejection.reason().title())
                .append('\n');
        text.append("Reason: ").append(rejection.message()).append('\n');
        rejection.segmentTag().ifPresent(tag -> text.append("Segment: ").append(tag).append('\n'));
        if (rejection.segmentPosition().isPresent()) {
            text.append("Segment position in transaction set: ").append(rejection.segmentPosition().getAsInt())
                    .append('\n');
        }
        if (rejection.byteOffset().isPresent()) {
            text.append("Byte offset: ").append(rejection.byteOffset().getAsLong()).append('\n');
        }
        rejection.interchangeControlNumber().ifPresent(n -> text.append("ISA13: ").append(n).append('\n'));
        rejection.groupControlNumber().ifPresent(n -> text.append("GS06: ").append(n).append('\n'));
        rejection.transactionControlNumber().ifPresent(n -> text.append("ST02: ").append(n).append('\n'));
        if (!acknowledged) {
            return text.append("Acknowledgment: none (a repeated interchange is not answered again)\n").toString();
        }
        text.append("Acknowledgment: ").append(rejection.reason().ackSegment()).append(' ')
                .append(rejection.reason().ackCode());
        rejection.reason().elementAckCode().ifPresent(code -> text.append(" (element ").append(code).append(')'));
        text.append('\n');
        return text.toString();
    }
}
