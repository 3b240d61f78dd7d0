package fr.apec.novapec.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Limits per client address on the requests that check a password or send mail to an address someone
 * typed: logins, sign-ups, password resets, new verification links, changes of address, invitations and
 * requests to join an organisation. Past its limit a client gets 429 with Retry-After, before anything is
 * checked or sent. The address is the connection's; it is the one in X-Forwarded-For only when the
 * connection comes from a trusted proxy (NOVAPEC_TRUSTED_PROXIES), so that a forged header changes nothing.
 * Each limit can be changed with {@code novapec.client-limits.<kind>.requests} and {@code .window}.
 */
@Component
class ClientLimitFilter extends OncePerRequestFilter implements Ordered {

	/** Before the upload limit and Spring Security, so that a refused request costs nothing more. */
	static final int ORDER = -110;

	/** One limited kind of request. */
	record Rule(String kind, PathPattern path, int requests, Duration window) {
	}

	private final List<Rule> rules;

	private final ClientLimits limits;

	ClientLimitFilter(ClientLimits limits, Environment environment) {
		this.limits = limits;
		PathPatternParser parser = PathPatternParser.defaultInstance;
		Rules rules = new Rules(parser, environment);
		this.rules = List.of(rules.of("login", "/connexion", 30, Duration.ofMinutes(5)),
				rules.of("sign-up", "/inscription", 20, Duration.ofHours(1)),
				rules.of("verification-resend", "/inscription/renvoyer", 10, Duration.ofHours(1)),
				rules.of("password-reset", "/mot-de-passe-oublie", 10, Duration.ofHours(1)),
				rules.of("email-change", "/compte/email", 10, Duration.ofHours(1)),
				rules.of("invitation", "/espace/organisation/{id}/invitations", 30, Duration.ofHours(1)),
				rules.of("invitation", "/gestion/equipe/invitations", 30, Duration.ofHours(1)),
				rules.of("join-request", "/espace/organisation/demandes", 20, Duration.ofHours(1)));
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (Rule rule : this.rules) {
			if (rule.path().matches(path)) {
				Optional<Duration> wait = this.limits.acquire(rule.kind(), request.getRemoteAddr(), rule.requests(),
						rule.window());
				if (wait.isPresent()) {
					response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get().toSeconds()));
					response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
					return;
				}
				break;
			}
		}
		chain.doFilter(request, response);
	}

	/** Builds the rules, each with its settings read from the environment. */
	private record Rules(PathPatternParser parser, Environment environment) {

		Rule of(String kind, String path, int requests, Duration window) {
			String prefix = "novapec.client-limits." + kind;
			return new Rule(kind, this.parser.parse(path),
					this.environment.getProperty(prefix + ".requests", Integer.class, requests),
					this.environment.getProperty(prefix + ".window", Duration.class, window));
		}

	}

}
