package io.claimgateway.store;

import java.sql.SQLException;

/** A database failure, unchecked so that the adjudication ports keep plain signatures. */
public class StoreException extends RuntimeException {

    public StoreException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
