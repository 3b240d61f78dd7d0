package fr.apec.novapec.shared.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import fr.apec.novapec.shared.StandalonePages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A request that finds the database gone (its connections ended by a failover or a restart, or none to be
 * had) is answered 503 with Retry-After and a page that says to try again in a moment, never a 500: its
 * transaction was rolled back, so nothing was half-saved. The pool drops each broken connection as it
 * fails and checks the others before lending them, so the portal recovers by itself. The page is written
 * here, outside everything that could need the database again (the session, the security context, the
 * error page), from the messages bundle.
 */
@Component
class DatabaseUnavailableFilter extends OncePerRequestFilter implements Ordered {

	/** Around everything else, Spring Session's filter included. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	static final int RETRY_AFTER_SECONDS = 5;

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final MessageSource messages;

	private final LocaleResolver locales;

	DatabaseUnavailableFilter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!isConnectionFailure(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			unavailable(request, response);
		}
	}

	/** Whether this failure, or one of its causes, says the connection to the database is lost or missing. */
	static boolean isConnectionFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		StandalonePages.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, this.messages,
				this.locales.resolveLocale(request), "error.503", request.getRequestURI(), "error.503.retry");
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
