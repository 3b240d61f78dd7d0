package fr.apec.novapec.account;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who reaches what. The public pages are open; /espace needs an applicant, /gestion Apec staff (staff,
 * reviewers, administrators). Every response carries a strict Content-Security-Policy: scripts and
 * styles come only from files the portal serves itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginAttempts attempts,
			@Value("${novapec.https:false}") boolean https) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/espace/**").hasRole(Role.APPLICANT.name())
				.requestMatchers("/compte/email/confirmer").permitAll()
				.requestMatchers("/compte/**").authenticated()
				// The call, its rounds, the staff team and its accounts are for administrators alone.
				.requestMatchers("/gestion/appel/**").hasRole(Role.ADMIN.name())
				.requestMatchers("/gestion/equipe/**").hasRole(Role.ADMIN.name())
				// Working on applications, laureate reports and selection committees (their decisions and publication), and reading the audit journal, is for staff and
				// administrators; reviewers have their own pages (/gestion/evaluations).
				.requestMatchers("/gestion/candidatures/**", "/gestion/rapports/**", "/gestion/journal", "/gestion/journal/**",
						"/gestion/sessions", "/gestion/sessions/**")
				.hasAnyRole(Role.STAFF.name(), Role.ADMIN.name())
				// The budget: staff and administrators read it and pay tranches; administrators alone add years and
				// change budgets and envelopes.
				.requestMatchers(HttpMethod.POST, "/gestion/budget/annees", "/gestion/budget/*/montant",
						"/gestion/budget/*/enveloppes")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/gestion/budget", "/gestion/budget/**")
				.hasAnyRole(Role.STAFF.name(), Role.ADMIN.name())
				.requestMatchers("/gestion/evaluations/**").hasRole(Role.REVIEWER.name())
				.requestMatchers("/gestion/**").hasAnyRole(Role.STAFF.name(), Role.REVIEWER.name(), Role.ADMIN.name())
				.requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/mentions-legales", "/accessibilite", "/donnees-personnelles", "/contact").permitAll()
				.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
				.anyRequest().permitAll())
			.formLogin((form) -> form.loginPage("/connexion")
				.usernameParameter("email")
				.passwordParameter("password")
				.failureHandler(new KeepTypedEmailFailureHandler(attempts))
				.successHandler(new HomeOfRoleSuccessHandler(attempts))
				.permitAll())
			.addFilterBefore(new LoginAttemptFilter(attempts), UsernamePasswordAuthenticationFilter.class)
			.logout((logout) -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/?deconnecte").permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				// Behind HTTPS, on every answer: the TLS may end at a proxy that the request does not name.
				.httpStrictTransportSecurity((hsts) -> {
					hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds()).includeSubDomains(true);
					if (https) {
						hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
					}
				}));
		return http.build();
	}

	/** Hashes as {bcrypt} today and still reads any format the delegating encoder knows tomorrow. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * A failed login goes back to the form with one message for every cause (unknown address, wrong
	 * password, disabled account), so that the answer never tells whether an account exists; the typed
	 * address is kept in a flash attribute so that the person does not type it again. The right password for
	 * an address not confirmed yet is the one exception: the page says so and offers to send the link again,
	 * which tells nothing to someone who does not know the password; it is not counted as a failure.
	 */
	static class KeepTypedEmailFailureHandler implements AuthenticationFailureHandler {

		private final LoginAttempts attempts;

		KeepTypedEmailFailureHandler(LoginAttempts attempts) {
			this.attempts = attempts;
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException, ServletException {
			String email = request.getParameter("email");
			boolean unconfirmed = exception instanceof CredentialsExpiredException;
			if (!unconfirmed) {
				this.attempts.failed(email);
			}
			LoginAttemptFilter.backToForm(request, response, email, unconfirmed ? "?non-confirme" : "?erreur", null);
		}

	}

	/**
	 * After login, back to the page that asked for it (its path and query only: the saved address was built
	 * from the request's Host header, which a client chooses); otherwise staff land in /gestion and
	 * applicants in /espace.
	 */
	static class HomeOfRoleSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

		private final LoginAttempts attempts;

		private final RequestCache requestCache = new HttpSessionRequestCache();

		HomeOfRoleSuccessHandler(LoginAttempts attempts) {
			this.attempts = attempts;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			this.attempts.succeeded(authentication.getName());
			SavedRequest saved = this.requestCache.getRequest(request, response);
			this.requestCache.removeRequest(request, response);
			String target = (saved != null) ? localPart(saved.getRedirectUrl()) : null;
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, (target != null) ? target : homeOf(authentication));
		}

		/** The path and query of a saved address, when it is a path of this portal; null otherwise. */
		static String localPart(String url) {
			try {
				URI uri = new URI(url);
				String path = uri.getRawPath();
				if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
					return null;
				}
				return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
			}
			catch (URISyntaxException ex) {
				return null;
			}
		}

		static String homeOf(Authentication authentication) {
			for (GrantedAuthority authority : authentication.getAuthorities()) {
				String name = authority.getAuthority();
				if (name.equals(Role.STAFF.authority()) || name.equals(Role.REVIEWER.authority())
						|| name.equals(Role.ADMIN.authority())) {
					return "/gestion";
				}
			}
			return "/espace";
		}

	}

}
