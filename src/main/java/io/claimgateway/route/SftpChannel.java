package io.claimgateway.route;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.component.file.remote.RemoteFilePollingConsumerPollStrategy;
import org.apache.camel.health.HealthCheckRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SFTP partner channel's start-up check, as its consumer's poll strategy (a bean of the route
 * template, option {@code pollStrategy}): before the first poll, and again after a move on the
 * server failed, the directories the channel uses (inbound, outbound, archive, error, duplicate)
 * are created when missing. Until they all exist the channel is DOWN: one log line naming the
 * partner and the directory, the health check {@code gateway/sftp-<partner>} DOWN with the same
 * detail, and no file is picked up (it could not be moved to its place). A server that cannot be
 * reached is DOWN too, but the poll goes on, so the consumer fails it and backs off as usual.
 * Camel's own strategy for remote files (reconnect after a failed poll) is kept.
 */
public final class SftpChannel extends RemoteFilePollingConsumerPollStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(SftpChannel.class);

    private final String partner;
    private final String inbound;
    /** Each directory as the template names it, by the server path it resolves to. */
    private final Map<String, String> directories = new LinkedHashMap<>();
    private final SftpChannelHealthCheck health;
    private volatile boolean ready;
    private volatile String detail = "not checked yet: the route has not polled";
    private String logged;
    private boolean registered;

    public SftpChannel(String partner, String inbound, String outbound, String archive, String error,
            String duplicate) {
        this.partner = partner;
        this.inbound = inbound;
        directories.put(inbound, inbound);
        directories.put(outbound, outbound);
        for (String besideInbound : new String[] {archive, error, duplicate}) {
            directories.put(RemoteSession.besideInbound(inbound, besideInbound), besideInbound);
        }
        this.health = new SftpChannelHealthCheck(this);
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        register(endpoint.getCamelContext());
        if (ready) {
            return true;
        }
        try (RemoteSession session = RemoteSession.open(endpoint, null)) {
            for (Map.Entry<String, String> directory : directories.entrySet()) {
                try {
                    session.ensureDirectory(directory.getKey());
                } catch (RuntimeException e) {
                    down("cannot create directory " + directory.getValue() + " (" + directory.getKey() + ") on "
                            + session.server() + ": " + e.getMessage());
                    return false;
                }
            }
            up();
            return true;
        } catch (Exception e) {
            // Server down or login refused: the consumer's own poll fails and backs off.
            down("cannot reach its server to check directory " + inbound + ": " + e.getMessage());
            return true;
        }
    }

    /** A move on the server failed: the directories are checked again before the next poll. */
    public void moveFailed(String why) {
        ready = false;
        detail = why;
        logged = why;
    }

    public String partner() {
        return partner;
    }

    public boolean ready() {
        return ready;
    }

    public String detail() {
        return detail;
    }

    private void up() {
        ready = true;
        detail = "directories ready";
        if (logged != null) {
            LOG.info("SFTP partner {} is UP again: its directories are ready", partner);
        }
        logged = null;
    }

    private void down(String why) {
        ready = false;
        detail = why;
        if (!why.equals(logged)) {
            LOG.warn("SFTP partner {} is DOWN: {}", partner, why);
            logged = why;
        }
    }

    private synchronized void register(CamelContext context) {
        if (!registered) {
            HealthCheckRegistry registry = HealthCheckRegistry.get(context);
            if (registry != null) {
                registry.register(health);
            }
            registered = true;
        }
    }
}
