package fr.apec.novapec.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.apec.novapec.shared.mail.MailOutbox;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server for the tests (GreenMail on 127.0.0.1, on a port free when the JVM starts it, so
 * that two test runs on one machine do not meet), started once per JVM; the initializer points
 * {@code spring.mail.port} at it. The portal queues mail in its outbox; a test calls
 * {@code MailOutbox.sendDue()} to deliver what is due, then reads what arrived here.
 */
public final class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	/** Starts the server before the portal that will send to it, and tells the portal where it listens. */
	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + server().getSmtp().getPort())
			.applyTo(context);
	}

	/** The running server, started on first use. */
	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
		}
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends every mail due, batch after batch (the outbox sends a batch at a time, and other tests may have
	 * left several queued), at most a hundred batches.
	 */
	public static void deliverAll(MailOutbox outbox) {
		for (int i = 0; i < 100 && outbox.sendDue() > 0; i++) {
			// the next batch
		}
	}

	/** Forgets every message received so far. */
	public static void purge() {
		try {
			server().purgeEmailFromAllMailboxes();
		}
		catch (com.icegreen.greenmail.store.FolderException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The messages received for this address, oldest first. */
	public static List<MimeMessage> to(String address) {
		return Arrays.stream(server().getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch((r) -> r.toString().equalsIgnoreCase(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The whole raw text of a message (headers and every part). */
	public static String text(MimeMessage message) {
		return GreenMailUtil.getWholeMessage(message);
	}

	/** The parts of the message marked as attachments, in their order, however deep they are nested. */
	public static List<Part> attachments(MimeMessage message) {
		List<Part> found = new ArrayList<>();
		try {
			if (message.getContent() instanceof Multipart multipart) {
				collectAttachments(multipart, found);
			}
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		return found;
	}

	private static void collectAttachments(Multipart multipart, List<Part> found) throws IOException, MessagingException {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				found.add(part);
			}
			else if (part.getContent() instanceof Multipart nested) {
				collectAttachments(nested, found);
			}
		}
	}

	/** The first link in the message whose path starts with {@code path}, made relative to the site. */
	public static String link(MimeMessage message, String path) {
		String whole = text(message).replace("=\r\n", "").replace("=3D", "=");
		Matcher matcher = Pattern.compile("https?://[^/\\s\"<>]+(" + Pattern.quote(path) + "[^\\s\"<>]*)").matcher(whole);
		if (!matcher.find()) {
			throw new AssertionError("No link to " + path + " in:\n" + whole);
		}
		return matcher.group(1).replace("&amp;", "&");
	}

}
