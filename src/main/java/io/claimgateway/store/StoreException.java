package io.claimgateway.store;

import java.sql.SQLException;

/** A database failure, unchecked so that the adjudication ports keep plain signatures. */
class StoreException extends RuntimeException {

    StoreException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    StoreException(String message) {
        super(message);
    }
}
