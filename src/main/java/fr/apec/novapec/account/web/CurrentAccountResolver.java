package fr.apec.novapec.account.web;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.CurrentAccount;

import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a controller parameter of type {@link CurrentAccount} the account of the authenticated session,
 * looked up once per request (kept in a request attribute). The URL rules of the security configuration
 * already refused anonymous visitors on every page that asks for it; a session whose account no longer
 * exists is refused too.
 */
@Component
class CurrentAccountResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private static final String ATTRIBUTE = CurrentAccount.class.getName();

	private final AccountService accounts;

	CurrentAccountResolver(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == CurrentAccount.class;
	}

	@Override
	public CurrentAccount resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		Object kept = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (kept instanceof CurrentAccount account) {
			return account;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			throw new AccessDeniedException("Signed-in account required");
		}
		CurrentAccount account = this.accounts.current(authentication.getName())
			.orElseThrow(() -> new AccessDeniedException("The session's account no longer exists"));
		request.setAttribute(ATTRIBUTE, account, RequestAttributes.SCOPE_REQUEST);
		return account;
	}

}
