package fr.apec.novapec.application.web;

import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.StaffInboxFilter;
import fr.apec.novapec.application.StaffInboxSort;
import fr.apec.novapec.reference.ReferenceCode;
import fr.apec.novapec.reference.ReferenceKind;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the staff inbox exactly as they appear in its URL:
 * {@code /gestion/candidatures?session=3&statut=SUBMITTED&theme=emploi&region=76&public=cadres&equipe=toutes&q=ecole&attente=oui&note=3,5&tri=note&page=2}.
 * Every value is a string checked here, so that a value the page never offers is an error shown beside its
 * filter, which is then left out: staff still get a list, never an error page.
 */
record InboxForm(@BindParam("session") @Pattern(regexp = "\\d{0,18}", message = "{staff.inbox.round.invalid}") String round,
		@Pattern(regexp = "(SUBMITTED|RETURNED|IN_REVIEW|SELECTED|REJECTED|WITHDRAWN)?",
				message = "{staff.inbox.status.invalid}") String statut,
		@ReferenceCode(value = ReferenceKind.THEME, message = "{filters.theme.invalid}") String theme,
		@ReferenceCode(value = ReferenceKind.REGION, message = "{filters.region.invalid}") String region,
		@BindParam("public") @ReferenceCode(value = ReferenceKind.PUBLIC,
				message = "{filters.public.invalid}") String publicCode,
		@Pattern(regexp = "(mes-regions|toutes)?", message = "{staff.inbox.team.invalid}") String equipe,
		@Size(max = 200, message = "{filters.q.tooLong}") String q,
		@Pattern(regexp = "(oui)?", message = "{staff.inbox.awaiting.invalid}") String attente,
		@Pattern(regexp = "(5([.,]0{1,2})?|[0-4]([.,][0-9]{1,2})?)?", message = "{staff.inbox.score.invalid}") String note,
		@Pattern(regexp = "(date|montant-desc|montant-asc|note)?", message = "{staff.inbox.sort.invalid}") String tri,
		@Pattern(regexp = "([1-9][0-9]{0,5})?", message = "{filters.page.invalid}") String page) {

	static final String PATH = "/gestion/candidatures";

	/** The filters in the order of the form, by the names their errors carry. */
	static final java.util.List<String> FIELDS = java.util.List.of("round", "statut", "theme", "region", "publicCode",
			"equipe", "q", "attente", "note", "tri", "page");

	/** The form with the values in error left out: what the page applied, and what its links carry. */
	InboxForm applied(BindingResult errors) {
		return new InboxForm(kept(this.round, "round", errors), kept(this.statut, "statut", errors),
				kept(this.theme, "theme", errors), kept(this.region, "region", errors),
				kept(this.publicCode, "publicCode", errors), kept(this.equipe, "equipe", errors),
				kept((this.q != null) ? Texts.trim(this.q) : null, "q", errors), kept(this.attente, "attente", errors),
				kept(this.note, "note", errors), kept(this.tri, "tri", errors), kept(this.page, "page", errors));
	}

	/** The service's filter for these (applied) values. */
	StaffInboxFilter filter() {
		return new StaffInboxFilter((this.round != null) ? Long.valueOf(this.round) : null,
				(this.statut != null) ? ApplicationStatus.valueOf(this.statut) : null, this.theme, this.region,
				this.publicCode, team(), this.q, "oui".equals(this.attente), minScore(), sort());
	}

	int pageNumber() {
		return (this.page != null) ? Integer.parseInt(this.page) : 1;
	}

	/** The sort's value in the URL, {@code date} when none was given. */
	String sortValue() {
		return (this.tri != null) ? this.tri : "date";
	}

	/** The minimum score, typed with a comma (3,5) or a point (3.5). */
	private java.math.BigDecimal minScore() {
		return (this.note != null) ? new java.math.BigDecimal(this.note.replace(',', '.')) : null;
	}

	private StaffInboxFilter.Team team() {
		if (this.equipe == null) {
			return null;
		}
		return "toutes".equals(this.equipe) ? StaffInboxFilter.Team.ALL : StaffInboxFilter.Team.MY_REGIONS;
	}

	private StaffInboxSort sort() {
		if (this.tri == null) {
			return StaffInboxSort.NEWEST;
		}
		return switch (this.tri) {
			case "montant-desc" -> StaffInboxSort.AMOUNT_DESC;
			case "montant-asc" -> StaffInboxSort.AMOUNT_ASC;
			case "note" -> StaffInboxSort.SCORE;
			default -> StaffInboxSort.NEWEST;
		};
	}

	/** The address of the list with these filters but this state (or none), at this page (none for 0). */
	String url(String status, int pageNumber) {
		return url(PATH, status, pageNumber);
	}

	/**
	 * The address of this list's export in this format ({@code xlsx} or {@code csv}): the same filters and order,
	 * every page (see StaffExportController).
	 */
	String exportUrl(String extension) {
		return url(PATH + "/export." + extension, this.statut, 0);
	}

	private String url(String path, String status, int pageNumber) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		add(url, "session", this.round);
		add(url, "statut", status);
		add(url, "theme", this.theme);
		add(url, "region", this.region);
		add(url, "public", this.publicCode);
		add(url, "equipe", this.equipe);
		add(url, "q", this.q);
		add(url, "attente", this.attente);
		add(url, "note", this.note);
		add(url, "tri", this.tri);
		if (pageNumber > 0) {
			url.queryParam("page", pageNumber);
		}
		// Encoded once built, so that what staff typed ({, %, &…) is a value, never a part of the address.
		return url.build().encode().toUriString();
	}

	private static void add(UriComponentsBuilder url, String name, String value) {
		if (value != null) {
			url.queryParam(name, value);
		}
	}

	private static String kept(String value, String field, BindingResult errors) {
		return (value == null || value.isBlank() || errors.hasFieldErrors(field)) ? null : value;
	}

}
