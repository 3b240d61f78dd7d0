package fr.apec.novapec.organisation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.support.SignedIn;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Accounts, organisations and SIRETs for the tests. Every call makes new ones (random SIRETs, unique
 * addresses), so tests never collide in the shared database. A bean of every {@code IntegrationTest} and
 * {@code WebServerTest} context: tests inject it.
 */
public final class TestOrganisations {

	public static final String PASSWORD = "mot-de-passe-candidat";

	/** The password of the staff accounts made by {@link #newStaff}. */
	public static final String STAFF_PASSWORD = "mot-de-passe-equipe-long";

	private final AccountService accounts;

	private final OrganisationService organisations;

	private final OrganisationRepository repository;

	private final TransactionTemplate transactions;

	TestOrganisations(AccountService accounts, OrganisationService organisations, OrganisationRepository repository,
			PlatformTransactionManager transactions, DataSource dataSource) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.repository = repository;
		this.transactions = new TransactionTemplate(transactions);
		SignedIn.use(accounts, dataSource);
	}

	/** A random SIRET with a valid Luhn key, never La Poste's. */
	public static String newSiret() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder digits = new StringBuilder();
		digits.append(1 + random.nextInt(9));
		while (digits.length() < 13) {
			digits.append(random.nextInt(10));
		}
		if (digits.toString().startsWith(Siret.LA_POSTE_SIREN)) {
			return newSiret();
		}
		return digits.toString() + luhnCheckDigit(digits.toString());
	}

	/** The digit that makes these 13 digits a 14-digit number whose Luhn sum is a multiple of 10. */
	public static int luhnCheckDigit(String thirteenDigits) {
		int sum = 0;
		for (int i = 0; i < thirteenDigits.length(); i++) {
			// Once the check digit is appended, the last of these digits is second from the right: doubled.
			int digit = thirteenDigits.charAt(thirteenDigits.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return (10 - sum % 10) % 10;
	}

	/** A new applicant account; its login is returned. */
	public String newApplicant(String displayName) {
		String email = "candidat-" + UUID.randomUUID() + "@exemple.fr";
		this.accounts.createAccount(email, PASSWORD, displayName, EnumSet.of(Role.APPLICANT));
		return email;
	}

	/** A new staff account (Apec's team); its login is returned. */
	public String newStaff(String displayName) {
		String email = "equipe-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(email, STAFF_PASSWORD, displayName, EnumSet.of(Role.STAFF));
		return email;
	}

	/** A new association of Montpellier, whose only member is this login. */
	public long newOrganisation(String memberEmail, String name) {
		return this.organisations.create(SignedIn.as(memberEmail),
				new OrganisationData(name, new Siret(newSiret()), new Rna("W343000123"), null, "association", false,
						"12 rue de l'Aiguillerie", "34000", "Montpellier", "76", "https://www.exemple.org"));
	}

	/**
	 * Makes this login a member of the organisation through the aggregate's own rule, as an accepted request
	 * would, without the request and its mails.
	 */
	public void addMember(long organisationId, String email) {
		long accountId = SignedIn.as(email).id();
		this.transactions.executeWithoutResult((status) -> this.repository.findLockedById(organisationId)
			.orElseThrow()
			.admit(accountId, Instant.now()));
	}

	/** The fields of a valid creation form for a new association, with a new SIRET. */
	public static MultiValueMap<String, String> validForm(String name) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		form.add("siret", newSiret());
		form.add("rna", "W751234567");
		form.add("courtRegister", "");
		form.add("legalForm", "association");
		form.add("esus", "false");
		form.add("addressLine", "5 rue des Lilas");
		form.add("postcode", "75020");
		form.add("city", "Paris");
		form.add("region", "11");
		form.add("website", "https://www.lilas.example.org");
		return form;
	}

}
