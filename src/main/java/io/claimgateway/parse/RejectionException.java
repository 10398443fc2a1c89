package io.claimgateway.parse;

/** Carries a {@link Rejection} out of code that cannot return one, e.g. {@link Delimiters#fromIsa}. */
final class RejectionException extends RuntimeException {

    private final transient Rejection rejection;

    RejectionException(Rejection rejection) {
        super(rejection.summary(), null, false, false);
        this.rejection = rejection;
    }

    Rejection rejection() {
        return rejection;
    }
}
