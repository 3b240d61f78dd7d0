package fr.apec.novapec.support;

import java.util.concurrent.Callable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a call in this thread as a signed-in account with this role, as a request's security context
 * would: the staff services check the role themselves ({@code @PreAuthorize}), not only the URL rules.
 * Whatever context the thread had before is put back afterwards, so that a fixture acting as staff may
 * be called from a test that already acts as someone.
 */
public final class Acting {

	private Acting() {
	}

	/** Runs the action as staff (ROLE_STAFF) signed in with this login. */
	public static void asStaff(String login, Runnable action) {
		as(login, "STAFF", () -> {
			action.run();
			return null;
		});
	}

	/** Calls the action as staff (ROLE_STAFF) signed in with this login, and gives its result. */
	public static <T> T asStaff(String login, Callable<T> action) {
		return as(login, "STAFF", action);
	}

	/** Calls the action as an administrator (ROLE_ADMIN) signed in with this login, and gives its result. */
	public static <T> T asAdmin(String login, Callable<T> action) {
		return as(login, "ADMIN", action);
	}

	/** Runs the action as an administrator (ROLE_ADMIN) signed in with this login. */
	public static void asAdmin(String login, Runnable action) {
		as(login, "ADMIN", () -> {
			action.run();
			return null;
		});
	}

	/** Calls the action as an account signed in with this login and this role (STAFF, ADMIN, APPLICANT…). */
	public static <T> T as(String login, String role, Callable<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login, null,
				AuthorityUtils.createAuthorityList("ROLE_" + role)));
		SecurityContextHolder.setContext(context);
		try {
			return action.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			if (previous.getAuthentication() != null) {
				SecurityContextHolder.setContext(previous);
			}
			else {
				SecurityContextHolder.clearContext();
			}
		}
	}

}
