package io.claimgateway.parse;

/** A segment the schema placed, but whose data cannot make a claim (a charge that is not a number...). */
final class ClaimDataException extends RuntimeException {

    private final String segmentTag;

    ClaimDataException(String segmentTag, String message) {
        super(message);
        this.segmentTag = segmentTag;
    }

    String segmentTag() {
        return segmentTag;
    }
}
