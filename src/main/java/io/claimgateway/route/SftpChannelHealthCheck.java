package io.claimgateway.route;

import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** {@code gateway/sftp-<partner>}: DOWN, with the reason, while the channel's directories are not all there. */
final class SftpChannelHealthCheck extends AbstractHealthCheck {

    private final SftpChannel channel;

    SftpChannelHealthCheck(SftpChannel channel) {
        super("gateway", "sftp-" + channel.partner());
        this.channel = channel;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("partner", channel.partner());
        builder.message("SFTP partner " + channel.partner() + ": " + channel.detail());
        if (channel.ready()) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
