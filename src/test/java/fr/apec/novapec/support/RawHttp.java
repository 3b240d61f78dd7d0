package fr.apec.novapec.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 written by hand over a socket to the real servlet container, for what an attacker sends and a
 * well-behaved client cannot: any Host header, raw control characters in a path, forged forwarding headers.
 * The connection is closed after one answer, read as the server sent it (no redirect followed).
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** One answer: its status, its headers in order, and its body as text (chunk sizes left in if chunked). */
	public record Answer(int status, List<String[]> headers, String body) {

		/** The first value of this header, if the answer has it. */
		public Optional<String> header(String name) {
			return this.headers.stream()
				.filter((header) -> header[0].equalsIgnoreCase(name))
				.map((header) -> header[1])
				.findFirst();
		}

		/** Every value of this header. */
		public List<String> headers(String name) {
			return this.headers.stream().filter((header) -> header[0].equalsIgnoreCase(name)).map((h) -> h[1]).toList();
		}

	}

	/**
	 * Sends a request line and headers exactly as given (lines without their CRLF; "Connection: close" is
	 * added), then the body, to the portal on this local port.
	 */
	public static Answer send(int port, List<String> head, byte[] body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			StringBuilder text = new StringBuilder();
			for (String line : head) {
				text.append(line).append("\r\n");
			}
			text.append("Connection: close\r\n\r\n");
			out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
			try {
				out.write(body);
				out.flush();
			}
			catch (IOException ex) {
				// The server may answer and close before reading a large body: read what it said.
			}
			return read(socket.getInputStream());
		}
	}

	/** A GET of this path (sent as is) with these extra headers; Host is localhost unless one is given. */
	public static Answer get(int port, String path, String... headers) throws IOException {
		List<String> head = new ArrayList<>();
		head.add("GET " + path + " HTTP/1.1");
		if (List.of(headers).stream().noneMatch((h) -> h.toLowerCase(Locale.ROOT).startsWith("host:"))) {
			head.add("Host: localhost:" + port);
		}
		head.addAll(List.of(headers));
		return send(port, head, new byte[0]);
	}

	private static Answer read(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				all.write(buffer, 0, n);
			}
		}
		catch (IOException ex) {
			// A reset after the answer: keep what arrived.
		}
		String text = all.toString(StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String head = (end < 0) ? text : text.substring(0, end);
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		List<String[]> headers = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.add(new String[] { lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim() });
			}
		}
		return new Answer(status, headers, (end < 0) ? "" : text.substring(end + 4));
	}

}
