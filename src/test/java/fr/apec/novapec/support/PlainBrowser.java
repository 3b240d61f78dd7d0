package fr.apec.novapec.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without JavaScript for {@link WebServerTest}s that must meet the real servlet container (MockMvc
 * does not parse multipart bodies, so it cannot meet the container's limits): plain HTTP with a cookie jar,
 * French HTML asked for, no redirect followed, so that tests read every answer as the server sent it.
 */
public final class PlainBrowser {

	private final int port;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** A browser for the portal on this local port, logged in as nobody. */
	public PlainBrowser(int port) {
		this.port = port;
	}

	/** Logs in through the login form, as a browser posts it; the portal must send it to the member's space. */
	public PlainBrowser logIn(String email, String password) throws IOException, InterruptedException {
		String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrfToken(get("/connexion").body()), StandardCharsets.UTF_8);
		HttpResponse<String> login = this.http.send(request("/connexion")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/espace"));
		return this;
	}

	/** The answer to a GET of this path. */
	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Reads the page at {@code pagePath}, finds there the form whose action matches {@code actionPattern}
	 * (its first group is the action's path), and posts it as multipart/form-data with the page's CSRF
	 * token, these fields (name, value, name, value…), then the file in the field {@code file}, as a PDF.
	 */
	public HttpResponse<String> postFile(String pagePath, String actionPattern, String fileName, byte[] file,
			String... fields) throws IOException, InterruptedException {
		String page = get(pagePath).body();
		Matcher action = Pattern.compile("action=\"(" + actionPattern + ")\"").matcher(page);
		assertThat(action.find()).as("a form posting to " + actionPattern).isTrue();
		String boundary = "----novapec" + System.nanoTime();
		StringBuilder parts = new StringBuilder();
		parts.append(part(boundary, "_csrf", csrfToken(page)));
		for (int i = 0; i < fields.length; i += 2) {
			parts.append(part(boundary, fields[i], fields[i + 1]));
		}
		parts.append("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(parts.toString().getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(request(action.group(1))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String part(String boundary, String name, String value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	private static String csrfToken(String html) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(token.find()).as("a CSRF token in the page").isTrue();
		return token.group(1);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("Accept-Language", "fr-FR,fr;q=0.9");
	}

}
