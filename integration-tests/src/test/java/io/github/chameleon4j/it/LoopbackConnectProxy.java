package io.github.chameleon4j.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A forwarding HTTP proxy on 127.0.0.1 that tunnels {@code CONNECT host:port} to 127.0.0.1:port, whatever the
 * host: names that resolve nowhere else (such as {@code *.invalid}) reach loopback servers only through
 * it. It records every {@code CONNECT} target; anything else is answered {@code 405}.
 */
final class LoopbackConnectProxy implements AutoCloseable {

	private final ServerSocket serverSocket;

	private final List<String> tunnels = new CopyOnWriteArrayList<>();

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	LoopbackConnectProxy() throws IOException {
		this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		daemon("proxy-accept", this::accept);
	}

	int port() {
		return this.serverSocket.getLocalPort();
	}

	/** The {@code host:port} of every tunnel asked for, in order. */
	List<String> tunnels() {
		return List.copyOf(this.tunnels);
	}

	private void accept() {
		while (!this.serverSocket.isClosed()) {
			try {
				Socket client = this.serverSocket.accept();
				this.sockets.add(client);
				daemon("proxy-connection", () -> tunnel(client));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void tunnel(Socket client) {
		try {
			String head = readHead(client.getInputStream());
			String[] requestLine = head.lines().findFirst().orElse("").split(" ");
			if (requestLine.length < 2 || !requestLine[0].equals("CONNECT")) {
				client.getOutputStream().write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
				client.close();
				return;
			}
			String target = requestLine[1];
			this.tunnels.add(target);
			int port = Integer.parseInt(target.substring(target.lastIndexOf(':') + 1));
			Socket upstream = new Socket(InetAddress.getLoopbackAddress(), port);
			this.sockets.add(upstream);
			client.getOutputStream().write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			client.getOutputStream().flush();
			daemon("proxy-upstream", () -> pipe(upstream, client));
			pipe(client, upstream);
		}
		catch (IOException | RuntimeException ex) {
			close(client);
		}
	}

	private static void pipe(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			byte[] buffer = new byte[8192];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// one side went away
		}
		finally {
			close(from);
			close(to);
		}
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("closed before the request head ended");
			}
			head.write(b);
		}
		return head.toString(StandardCharsets.US_ASCII);
	}

	private static void close(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

	private static void daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		this.sockets.forEach(LoopbackConnectProxy::close);
	}

}
