package org.packpress.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP relay on the loopback interface in front of GreenMail that answers RCPT TO for chosen
 * addresses with scripted replies (e.g. "550 ..." for a permanent failure, "451 ..." for a transient
 * one), and passes everything else through: GreenMail itself cannot refuse a recipient.
 */
public final class ScriptedSmtpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final Map<String, Deque<String>> replies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final java.util.Set<String> held = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicBoolean holding = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.Set<Muted> waiting = ConcurrentHashMap.newKeySet();

    public ScriptedSmtpProxy(int targetPort) {
        this.targetPort = targetPort;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accept = new Thread(this::acceptLoop, "smtp-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The next RCPT TO for the address is answered with these replies, one per attempt; then passed through. */
    public void script(String address, String... lines) {
        replies.put(address.toLowerCase(Locale.ROOT), new ArrayDeque<>(java.util.List.of(lines)));
    }

    /**
     * A message to the address is passed on to the server, but the server's reply to it does not reach the
     * client, which waits (until {@link #releaseHolds}): the moment between the SMTP transaction and its
     * record, where a crash leaves a message delivered but not known to be.
     */
    public void holdReplyAfterData(String address) {
        held.add(address.toLowerCase(Locale.ROOT));
    }

    /** Whether a reply is being held back (see {@link #holdReplyAfterData}). */
    public boolean holding() {
        return holding.get();
    }

    /** Holds no more replies, and passes on those held back to clients that still wait. */
    public void releaseHolds() {
        held.clear();
        holding.set(false);
        waiting.forEach(Muted::release);
        waiting.clear();
    }

    /** A connection whose server replies are held back, kept until they are released. */
    private static final class Muted {
        private final OutputStream to;
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
        private boolean muted;

        Muted(OutputStream to) {
            this.to = to;
        }

        synchronized void mute() {
            muted = true;
        }

        /** Passes the bytes on, or keeps them while muted. */
        synchronized void pass(byte[] buffer, int n) throws IOException {
            if (muted) {
                pending.write(buffer, 0, n);
                return;
            }
            synchronized (to) {
                to.write(buffer, 0, n);
                to.flush();
            }
        }

        synchronized void release() {
            muted = false;
            try {
                synchronized (to) {
                    pending.writeTo(to);
                    to.flush();
                }
            } catch (IOException e) {
                // the client is gone (killed while it waited)
            }
        }
    }

    public int attempts(String address) {
        return attempts.getOrDefault(address.toLowerCase(Locale.ROOT), new AtomicInteger()).get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> relay(client), "smtp-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            OutputStream toClient = client.getOutputStream();
            OutputStream toServer = upstream.getOutputStream();
            Muted mute = new Muted(toClient);
            java.util.Set<String> recipients = new java.util.HashSet<>();
            Thread down = new Thread(() -> pump(upstream, mute), "smtp-proxy-down");
            down.setDaemon(true);
            down.start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            boolean data = false;
            for (String line; (line = lines.readLine()) != null; ) {
                if (!data && line.toUpperCase(Locale.ROOT).startsWith("MAIL FROM:")) {
                    recipients.clear();
                }
                if (!data && line.toUpperCase(Locale.ROOT).startsWith("RCPT TO:")) {
                    String address = line.replaceAll("(?i)^RCPT TO:\\s*<([^>]*)>.*$", "$1").toLowerCase(Locale.ROOT);
                    recipients.add(address);
                    attempts.computeIfAbsent(address, k -> new AtomicInteger()).incrementAndGet();
                    Deque<String> scripted = replies.get(address);
                    String reply = scripted == null ? null : scripted.poll();
                    if (reply != null) {
                        synchronized (toClient) {
                            toClient.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                            toClient.flush();
                        }
                        continue;
                    }
                }
                if (!data && line.equalsIgnoreCase("DATA")) {
                    data = true;
                } else if (data && line.equals(".")) {
                    data = false;
                    if (recipients.stream().anyMatch(held::contains)) {
                        mute.mute();
                        waiting.add(mute);
                        holding.set(true);
                    }
                }
                toServer.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                toServer.flush();
            }
        } catch (IOException ignored) {
            // the client hung up
        }
    }

    private static void pump(Socket from, Muted to) {
        try {
            InputStream in = from.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                to.pass(buffer, n);
            }
        } catch (IOException ignored) {
            // connection closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
