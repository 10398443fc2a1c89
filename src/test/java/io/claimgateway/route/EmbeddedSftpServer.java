package io.claimgateway.route;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.RequiredServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server (Apache MINA SSHD) on a loopback port, its file system rooted in a local
 * directory, with one user who may log in by password or by key. Stopping and starting it again
 * keeps its port and host key, as a restarted production server would.
 */
final class EmbeddedSftpServer implements AutoCloseable {

    static final String USER = "northshore";
    static final String PASSWORD = "s3cret+P&ss=%1 x";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Path root;
    private final KeyPair hostKey = generateKey();
    private final KeyPair clientKey = generateKey();
    /** Writes into the outbound directory still to refuse, to break uploads on purpose. */
    private final AtomicInteger outboundWritesToRefuse = new AtomicInteger();
    private final AtomicInteger refusedOutboundWrites = new AtomicInteger();
    private SshServer server;
    private int port;

    EmbeddedSftpServer(Path root) {
        this.root = root;
    }

    EmbeddedSftpServer start() throws IOException {
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        server.setPublickeyAuthenticator(
                (user, key, session) -> USER.equals(user) && KeyUtils.compareKeys(key, clientKey.getPublic()));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void opening(ServerSession session, String remoteHandle, Handle localHandle) throws IOException {
                // The handle's path belongs to the virtual file system: compare its text.
                if (localHandle.getFile().toString().startsWith("/outbound/")
                        && !Files.isDirectory(localHandle.getFile())
                        && outboundWritesToRefuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    refusedOutboundWrites.incrementAndGet();
                    throw new IOException("Disk quota exceeded (test)");
                }
            }
        });
        server.setSubsystemFactories(List.of(sftp));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        port = server.getPort();
        return this;
    }

    void stop() throws IOException {
        server.stop(true);
    }

    int port() {
        return port;
    }

    Path root() {
        return root;
    }

    /** A local path of a server directory such as {@code /inbound}. */
    Path directory(String absolute) {
        return root.resolve(absolute.substring(1));
    }

    void refuseNextOutboundWrites(int count) {
        outboundWritesToRefuse.set(count);
    }

    int refusedOutboundWrites() {
        return refusedOutboundWrites.get();
    }

    /** A known_hosts file trusting this server's host key. */
    Path writeKnownHosts(Path file) throws IOException {
        return writeKnownHosts(file, hostKey.getPublic());
    }

    /** A known_hosts file that names some other key for this server's address. */
    Path writeWrongKnownHosts(Path file) throws IOException {
        return writeKnownHosts(file, generateKey().getPublic());
    }

    private Path writeKnownHosts(Path file, PublicKey key) throws IOException {
        return Files.writeString(file, "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(key) + "\n",
                StandardCharsets.US_ASCII);
    }

    /** The client's private key in OpenSSH format, whose public half the server accepts. */
    Path writeClientKey(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(clientKey, "gateway-test", null, out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Files.setPosixFilePermissions(file, Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
        return file;
    }

    /**
     * Uploads as a partner does under our convention, with a real SFTP client: the content under a
     * hidden partial name, renamed when complete, then an empty done file.
     */
    void uploadAsPartner(String directory, String name, byte[] content) throws IOException {
        withClient(sftp -> {
            String partial = directory + "/." + name + ".part";
            try (OutputStream out = sftp.write(partial)) {
                out.write(content);
            }
            sftp.rename(partial, directory + "/" + name);
            try (OutputStream out = sftp.write(directory + "/" + name + ".done")) {
                out.flush();
            }
        });
    }

    /** Uploads only part of a file and no done file: a transfer still under way. */
    void uploadUnfinished(String directory, String name, byte[] content) throws IOException {
        withClient(sftp -> {
            try (OutputStream out = sftp.write(directory + "/" + name)) {
                out.write(content, 0, content.length / 2);
            }
        });
    }

    /** Finishes an upload begun under the final name: the whole content, then the done file. */
    void finishUpload(String directory, String name, byte[] content) throws IOException {
        withClient(sftp -> {
            try (OutputStream out = sftp.write(directory + "/" + name)) {
                out.write(content);
            }
            try (OutputStream out = sftp.write(directory + "/" + name + ".done")) {
                out.flush();
            }
        });
    }

    private interface SftpWork {
        void run(SftpClient sftp) throws IOException;
    }

    private void withClient(SftpWork work) throws IOException {
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(new RequiredServerKeyVerifier(hostKey.getPublic()));
            client.start();
            try (ClientSession session = client.connect(USER, "127.0.0.1", port).verify(TIMEOUT).getSession()) {
                session.addPasswordIdentity(PASSWORD);
                session.auth().verify(TIMEOUT);
                try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                    work.run(sftp);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.stop(true);
        }
    }

    private static KeyPair generateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
