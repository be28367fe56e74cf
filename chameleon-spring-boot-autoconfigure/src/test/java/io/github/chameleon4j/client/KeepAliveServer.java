package io.github.chameleon4j.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bare HTTP/1.1 server on 127.0.0.1 that plays what a load balancer may do to an idle keep-alive
 * connection: it answers every request ({@code 200}, JSON, kept alive: {@link Mode#KEEP_ALIVE}), or
 * answers the first request of each connection and then either resets the connection when a second request arrives on it, as a balancer that forgot the
 * connection does ({@link Mode#RESET_SECOND_REQUEST}), or closes it right after the first response, as
 * one whose idle timeout just fired does ({@link Mode#CLOSE_AFTER_RESPONSE}). It records each request
 * line with the number of the connection it came on.
 */
final class KeepAliveServer implements AutoCloseable {

	enum Mode {

		KEEP_ALIVE, RESET_SECOND_REQUEST, CLOSE_AFTER_RESPONSE

	}

	/** A request as received: its request line and the connection it came on (1, 2, ...). */
	record Received(String requestLine, int connection) {
	}

	private final ServerSocket serverSocket;

	private final Mode mode;

	private final String body;

	private final AtomicInteger connections = new AtomicInteger();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	KeepAliveServer(Mode mode, String body) throws IOException {
		this.mode = mode;
		this.body = body;
		this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "keep-alive-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.serverSocket.getLocalPort();
	}

	int connections() {
		return this.connections.get();
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	private void accept() {
		while (!this.serverSocket.isClosed()) {
			try {
				Socket socket = this.serverSocket.accept();
				this.sockets.add(socket);
				int number = this.connections.incrementAndGet();
				Thread handler = new Thread(() -> serve(socket, number), "keep-alive-connection-" + number);
				handler.setDaemon(true);
				handler.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket socket, int number) {
		try (socket) {
			InputStream in = socket.getInputStream();
			OutputStream out = socket.getOutputStream();
			for (int request = 1;; request++) {
				String head = readHead(in);
				if (head == null) {
					return;
				}
				readBody(in, head);
				this.received.add(new Received(head.lines().findFirst().orElse(""), number));
				if (request > 1 && this.mode == Mode.RESET_SECOND_REQUEST) {
					socket.setSoLinger(true, 0); // close with a RST
					return;
				}
				byte[] json = this.body.getBytes(StandardCharsets.UTF_8);
				out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + json.length
						+ "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(json);
				out.flush();
				if (this.mode == Mode.CLOSE_AFTER_RESPONSE) {
					return;
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				return null;
			}
			head.write(b);
			matched = (b == ((matched % 2 == 0) ? '\r' : '\n')) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		return head.toString(StandardCharsets.US_ASCII);
	}

	private static void readBody(InputStream in, String head) throws IOException {
		String lower = head.toLowerCase(Locale.ROOT);
		int at = lower.indexOf("\ncontent-length:");
		if (at >= 0) {
			int end = lower.indexOf('\r', at);
			in.readNBytes(Integer.parseInt(lower.substring(at + 16, end).trim()));
		}
		else if (lower.contains("\ntransfer-encoding: chunked")) {
			while (true) {
				String size = readLine(in).trim();
				int length = Integer.parseInt(size, 16);
				in.readNBytes(length + 2);
				if (length == 0) {
					return;
				}
			}
		}
	}

	private static String readLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
			line.append((char) b);
		}
		return line.toString();
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
	}

}
