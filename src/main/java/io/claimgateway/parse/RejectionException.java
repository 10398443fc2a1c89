package io.claimgateway.parse;

/** Carries a {@link Rejection} out of code that cannot return one, e.g. {@link Delimiters#fromIsa}. */
public final class RejectionException extends RuntimeException {

    private final transient Rejection rejection;

    public RejectionException(Rejection rejection) {
        super(rejection.summary(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
