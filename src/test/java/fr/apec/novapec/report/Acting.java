package fr.apec.novapec.report;

import java.util.concurrent.Callable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a call in this thread as a signed-in account with these roles, as a request's security context
 * would: the staff services check the role themselves ({@code @PreAuthorize}), not only the URL rules.
 */
final class Acting {

	private Acting() {
	}

	static void asStaff(String login, Runnable action) {
		as(login, "STAFF", () -> {
			action.run();
			return null;
		});
	}

	static <T> T as(String login, String role, Callable<T> action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login, null,
					AuthorityUtils.createAuthorityList("ROLE_" + role)));
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
			SecurityContextHolder.clearContext();
		}
	}

}
