package io.claimgateway.route;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.apache.camel.component.file.remote.RemoteFileEndpoint;
import org.apache.camel.component.file.remote.RemoteFileOperations;
import org.apache.camel.util.FileUtil;

/**
 * A short session on a partner's SFTP server through the route's own endpoint (Camel's operations:
 * the same host, login and host-key check as the route's consumer), for the work the consumer does
 * not do itself: creating the channel's directories, moving an input once it is delivered.
 */
final class RemoteSession implements AutoCloseable {

    private final RemoteFileOperations<?> operations;
    private final String server;

    private RemoteSession(RemoteFileOperations<?> operations, String server) {
        this.operations = operations;
        this.server = server;
    }

    /** @throws GenericFileOperationFailedException when the server cannot be reached or refuses the login */
    static RemoteSession open(Endpoint endpoint, Exchange exchange) throws Exception {
        if (!(endpoint instanceof RemoteFileEndpoint<?> remote)) {
            throw new IllegalStateException("Not an SFTP endpoint: " + endpoint.getEndpointBaseUri());
        }
        RemoteFileOperations<?> operations = remote.createRemoteFileOperations();
        if (!operations.connect(remote.getConfiguration(), exchange)) {
            throw new GenericFileOperationFailedException("Cannot log in to " + remote.remoteServerInformation());
        }
        return new RemoteSession(operations, remote.remoteServerInformation());
    }

    /**
     * A directory of the channel as the server sees it: {@code directory} is relative to the
     * inbound directory (as Camel resolves a consumer's move) unless it is absolute.
     */
    static String besideInbound(String inbound, String directory) {
        if (directory.startsWith("/") || inbound.isEmpty()) {
            return FileUtil.compactPath(directory, '/');
        }
        return FileUtil.compactPath(inbound + "/" + directory, '/');
    }

    String server() {
        return server;
    }

    /**
     * Creates the directory (and its parents) unless it exists, and makes sure it is one: Camel's
     * build takes any existing name, a plain file too, for a directory.
     */
    void ensureDirectory(String path) {
        if (!operations.buildDirectory(path, path.startsWith("/"))) {
            throw new GenericFileOperationFailedException("Cannot create directory " + path);
        }
        String current = operations.getCurrentDirectory();
        try {
            operations.changeCurrentDirectory(path);
        } catch (GenericFileOperationFailedException e) {
            throw new GenericFileOperationFailedException(path + " is not a directory");
        }
        operations.changeCurrentDirectory(current);
    }

    boolean exists(String path) {
        return operations.existsFile(path);
    }

    void rename(String from, String to) {
        if (!operations.renameFile(from, to)) {
            throw new GenericFileOperationFailedException("Cannot rename " + from + " to " + to);
        }
    }

    boolean delete(String path) {
        return operations.deleteFile(path);
    }

    @Override
    public void close() {
        try {
            operations.disconnect();
        } catch (GenericFileOperationFailedException e) {
            // The work is done or has failed already; a broken goodbye changes nothing.
        }
    }
}
