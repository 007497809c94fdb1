package org.openimis.schema.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy in front of a database server, for tests: it forwards both ways until {@link #freeze()}, then forwards
 * nothing more while keeping every socket open, as a server that stops answering after login does.
 */
public final class FreezingProxy implements AutoCloseable {

    private static final Pattern HOST_PORT = Pattern.compile("//([^:/]+):(\\d+)/");

    private final String host;
    private final int port;
    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean frozen;

    /** A proxy to the server of a {@code jdbc:postgresql://host:port/...} URL. */
    public FreezingProxy(String url) throws IOException {
        Matcher server = HOST_PORT.matcher(url);
        if (!server.find()) {
            throw new IllegalArgumentException("no host:port in " + url);
        }
        host = server.group(1);
        port = Integer.parseInt(server.group(2));
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept);
    }

    /** The URL with the proxy in place of the server. */
    public String url(String url) {
        return HOST_PORT.matcher(url).replaceFirst("//127.0.0.1:" + listener.getLocalPort() + "/");
    }

    /** From now on no byte is forwarded in either direction; the sockets stay open. */
    public void freeze() {
        frozen = true;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(host, port);
                sockets.add(client);
                sockets.add(server);
                daemon(() -> pump(client, server));
                daemon(() -> pump(server, client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int length;
            while ((length = in.read(buffer)) >= 0) {
                while (frozen && !from.isClosed()) {
                    Thread.sleep(20);
                }
                out.write(buffer, 0, length);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side closed: close the other too
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "freezing-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    /** Closes every socket: the server sees its clients gone (and rolls back what they had not committed). */
    @Override
    public void close() throws IOException {
        listener.close();
        sockets.forEach(FreezingProxy::closeQuietly);
    }
}
