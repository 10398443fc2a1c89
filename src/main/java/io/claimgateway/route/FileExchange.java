package io.claimgateway.route;

import io.claimgateway.gateway.CheckedFile;
import io.claimgateway.gateway.Delivery;
import io.claimgateway.gateway.FileLifecycle;
import org.apache.camel.Exchange;

/**
 * What the stages of a file's route hand on to each other (exchange properties) and tell the
 * route's log steps and the SFTP uploads (headers). One place for the names.
 */
final class FileExchange {

    /** Header: the file name escaped for log lines (no control characters). */
    static final String SAFE_NAME = "GatewaySafeName";
    /** Header: {@code processed}, {@code rejected}, {@code duplicate}, or why nothing was done. */
    static final String OUTCOME = "GatewayOutcome";
    /** Header: where the input went (folder inbox). */
    static final String DESTINATION = "GatewayDestination";
    /** Property: true when another instance took the file first; the route stops. */
    static final String GONE = "GatewayGone";

    private static final String DELIVERY = "GatewayDelivery";
    private static final String CHECKED = "GatewayCheckedFile";
    private static final String KNOWN = "GatewayJournalled";

    private FileExchange() {
    }

    static void delivery(Exchange exchange, Delivery delivery) {
        exchange.setProperty(DELIVERY, delivery);
    }

    static Delivery delivery(Exchange exchange) {
        return required(exchange, DELIVERY, Delivery.class, "a take stage (takeInboxFile, takePartnerFile)");
    }

    static void checked(Exchange exchange, CheckedFile checked) {
        exchange.setProperty(CHECKED, checked);
    }

    static CheckedFile checked(Exchange exchange) {
        return required(exchange, CHECKED, CheckedFile.class, "checkEnvelope");
    }

    /** The file's journal entry: once it has one, the core path does not run for it again. */
    static void journalled(Exchange exchange, FileLifecycle.Known known) {
        exchange.setProperty(KNOWN, known);
    }

    static FileLifecycle.Known journalled(Exchange exchange) {
        return required(exchange, KNOWN, FileLifecycle.Known.class, "adjudicateFile or a take stage");
    }

    private static <T> T required(Exchange exchange, String name, Class<T> type, String stage) {
        T value = exchange.getProperty(name, type);
        if (value == null) {
            throw new IllegalStateException("No " + name + " on the exchange: the route must run " + stage
                    + " first");
        }
        return value;
    }
}
