package fr.apec.novapec.account.web;

import java.util.Collection;

import fr.apec.novapec.account.Role;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page who is looking, so that the layout shows the right navigation. Computed once per
 * request from the security context (sec:authorize would look the expression handler up in the
 * application context for each link).
 */
@ControllerAdvice
class ViewerAdvice {

	@ModelAttribute("viewer")
	Viewer viewer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Viewer.ANONYMOUS;
		}
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		return new Viewer(true, has(authorities, Role.APPLICANT),
				has(authorities, Role.STAFF) || has(authorities, Role.REVIEWER) || has(authorities, Role.ADMIN),
				has(authorities, Role.ADMIN));
	}

	private static boolean has(Collection<? extends GrantedAuthority> authorities, Role role) {
		return authorities.stream().anyMatch((authority) -> role.authority().equals(authority.getAuthority()));
	}

	/** Who is looking at a page: signed in or not, an applicant, Apec staff, an administrator. */
	public record Viewer(boolean signedIn, boolean applicant, boolean staff, boolean admin) {

		static final Viewer ANONYMOUS = new Viewer(false, false, false, false);

	}

}
