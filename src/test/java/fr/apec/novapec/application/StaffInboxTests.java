package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.StatementCounter;
import fr.apec.novapec.support.TestMail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff inbox at /gestion/candidatures: each filter (round, state, theme, region, public, team, text,
 * awaiting our answer, minimum score) narrows the list and the sorts (date, amount, score) order it; a staff member of a regional team sees its
 * regions by default; the text search ignores accents and case; the counts per state follow every filter but
 * the state; a value the page never offers is a message on the page, never a 500; the number of statements
 * does not depend on the page's size; htmx gets only the results; applicants and reviewers are refused.
 */
@IntegrationTest
class StaffInboxTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffApplications staffApplications;

	@Autowired
	ApplicationMessages messages;

	@Autowired
	AccountService accounts;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestApplications test;

	String staff;

	/** A word in the titles of this test's applications only: the search keeps other tests' ones out. */
	String word;

	@BeforeEach
	void helpers() {
		this.staff = this.test.organisations().newStaff("Sacha Instructeur");
		this.word = "Tri" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@AfterEach
	void deliverWhatWasQueued() {
		TestMail.deliverAll(this.outbox);
	}

	@Test
	void eachFilterNarrowsTheListAndTheSortsOrderIt() {
		// a: the fixture's answers (emploi, cadres and jeunes diplômés, Occitanie, 45 000 €), in a round
		TestApplications.Draft a = this.test.newSubmittedInRound("Projet A " + this.word);
		// b: territoires, PME, Île-de-France with Bretagne, 30 000 €, in review
		TestApplications.Draft b = this.test.newSubmittedInRound("Projet B " + this.word);
		this.jdbc.sql("update grant_application set theme_code = 'territoires', requested_amount = 30000 where id = ?")
			.param(b.id())
			.update();
		regions(b.id(), "11", "53");
		this.jdbc.sql("delete from application_beneficiary where application_id = ?").param(b.id()).update();
		this.jdbc.sql("delete from application_public where application_id = ?").param(b.id()).update();
		this.jdbc.sql("insert into application_public (application_id, public_code) values (?, 'pme')").param(b.id()).update();
		this.test.reach(b, ApplicationStatus.IN_REVIEW);
		// c: waits for a round, 60 000 €, and its applicant asked a question staff have not answered
		TestApplications.Draft c = this.test.newSubmitted("Projet C " + this.word);
		this.jdbc.sql("update grant_application set requested_amount = 60000 where id = ?").param(c.id()).update();
		this.messages.write(c.id(), as(c.member()), "Une question sur le calendrier.", null);
		long round = this.jdbc.sql("select round_id from grant_application where id = ?").param(a.id()).query(Long.class).single();

		assertThat(ids(filter(null, null, null, null, null, false))).containsExactly(c.id(), b.id(), a.id());
		assertThat(ids(filter(round, null, null, null, null, false))).containsExactly(b.id(), a.id());
		assertThat(ids(filter(round + 1_000_000, null, null, null, null, false))).isEmpty();
		assertThat(ids(filter(null, ApplicationStatus.IN_REVIEW, null, null, null, false))).containsExactly(b.id());
		assertThat(ids(filter(null, ApplicationStatus.SUBMITTED, null, null, null, false))).containsExactly(c.id(), a.id());
		assertThat(ids(filter(null, null, "territoires", null, null, false))).containsExactly(b.id());
		assertThat(ids(filter(null, null, "emploi", null, null, false))).containsExactly(c.id(), a.id());
		// a region the application has besides its lead one finds it too
		assertThat(ids(filter(null, null, null, "53", null, false))).containsExactly(b.id());
		assertThat(ids(filter(null, null, null, "11", null, false))).containsExactly(b.id());
		assertThat(ids(filter(null, null, null, "76", null, false))).containsExactly(c.id(), a.id());
		assertThat(ids(filter(null, null, null, null, "pme", false))).containsExactly(b.id());
		assertThat(ids(filter(null, null, null, null, "jeunes-diplomes", false))).containsExactly(c.id(), a.id());
		assertThat(ids(filter(null, null, null, null, null, true))).containsExactly(c.id());
		assertThat(ids(filter(round, ApplicationStatus.SUBMITTED, "emploi", "76", "cadres", false))).containsExactly(a.id());

		// Staff answer: the application no longer waits for them.
		Acting.asStaff(this.staff, () -> this.messages.writeAsStaff(c.id(), as(this.staff), "Voici la réponse.", null));
		assertThat(ids(filter(null, null, null, null, null, true))).isEmpty();

		assertThat(ids(sorted(StaffInboxSort.AMOUNT_DESC))).containsExactly(c.id(), a.id(), b.id());
		assertThat(ids(sorted(StaffInboxSort.AMOUNT_ASC))).containsExactly(b.id(), a.id(), c.id());
		assertThat(inbox(sorted(StaffInboxSort.AMOUNT_DESC)).page().items()).extracting(StaffApplicationRow::requestedAmount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("60000"), new BigDecimal("45000"), new BigDecimal("30000"));
	}

	@Test
	void theMinimumScoreKeepsOnlyTheApplicationsScoredThatHighAndTheScoreSortPutsTheBestFirstAndTheUnscoredLast()
			throws Exception {
		TestApplications.Draft low = this.test.newSubmittedInRound("Projet moyen " + this.word);
		TestApplications.Draft high = this.test.newSubmittedInRound("Projet excellent " + this.word);
		TestApplications.Draft unscored = this.test.newSubmittedInRound("Projet pas noté " + this.word);
		TestApplications.Draft alsoHigh = this.test.newSubmittedInRound("Projet aussi excellent " + this.word);
		this.test.reach(high, ApplicationStatus.IN_REVIEW);
		this.test.reach(alsoHigh, ApplicationStatus.IN_REVIEW);
		scored(low, "3.20");
		scored(high, "4.20");
		scored(alsoHigh, "4.20");

		assertThat(ids(scoredAtLeast("3.5", StaffInboxSort.NEWEST))).containsExactly(alsoHigh.id(), high.id());
		assertThat(ids(scoredAtLeast("3.20", StaffInboxSort.NEWEST))).containsExactly(alsoHigh.id(), high.id(), low.id());
		// An application nobody scored has no mean: any minimum leaves it out, even 0.
		assertThat(ids(scoredAtLeast("0", StaffInboxSort.NEWEST))).doesNotContain(unscored.id()).hasSize(3);
		assertThat(ids(scoredAtLeast("4.21", StaffInboxSort.NEWEST))).isEmpty();
		// Best first, equal means newest first, the unscored last.
		assertThat(ids(sorted(StaffInboxSort.SCORE))).containsExactly(alsoHigh.id(), high.id(), low.id(), unscored.id());
		assertThat(inbox(sorted(StaffInboxSort.SCORE)).page().items()).extracting(StaffApplicationRow::weightedScore)
			.containsExactly(new BigDecimal("4.20"), new BigDecimal("4.20"), new BigDecimal("3.20"), null);
		// The counts per state follow the minimum too.
		assertThat(inbox(scoredAtLeast("3.5", StaffInboxSort.SCORE)).countsByStatus())
			.containsEntry(ApplicationStatus.IN_REVIEW, 2L)
			.containsEntry(ApplicationStatus.SUBMITTED, 0L);

		// In the address, with a comma as staff write it, or a point.
		for (String typed : List.of("3,5", "3.5")) {
			Document page = Jsoup.parse(page(get("/gestion/candidatures").param("q", this.word).param("note", typed)
				.param("tri", "note"), this.staff, "STAFF"));
			assertThat(page.select("#resultats tbody tr td:first-child").eachText()).as(typed)
				.containsExactly(title(alsoHigh), title(high));
			assertThat(page.select("#resultats tbody tr").first().text()).contains("4,20");
			assertThat(page.selectFirst("#note").attr("value")).isEqualTo(typed);
			assertThat(page.selectFirst("#tri option[selected]").attr("value")).isEqualTo("note");
			assertThat(page.text()).contains("Déposée (0)").contains("En instruction (2)");
			assertThat(page.select(".status-counts a").eachAttr("href"))
				.allSatisfy((href) -> assertThat(href).contains("note=" + typed).contains("tri=note"));
		}
		assertThat(page(get("/gestion/candidatures").param("q", this.word).param("tri", "note"), this.staff, "STAFF"))
			.contains("Pas encore notée");
	}

	@Test
	void theFiltersLiveInTheAddressAndThePagesKeepThem() throws Exception {
		TestApplications.Draft sibling = this.test.newSubmittedInRound("Projet 0 " + this.word);
		for (int n = 1; n < 21; n++) {
			this.test.newSubmittedInRoundOfSameOrganisation(sibling, "Projet " + n + " " + this.word);
		}
		String first = page(get("/gestion/candidatures").param("q", this.word).param("theme", "emploi")
			.param("public", "cadres").param("tri", "montant-desc"), this.staff, "STAFF");
		assertThat(first).contains("21 candidatures")
			.contains("href=\"/gestion/candidatures?theme=emploi&public=cadres&q=" + this.word + "&tri=montant-desc&page=2\"")
			.containsPattern("<option value=\"montant-desc\"\\s+selected=\"selected\">")
			.containsPattern("<option value=\"emploi\"\\s+selected=\"selected\">");
		String second = page(get("/gestion/candidatures?theme=emploi&public=cadres&q=" + this.word + "&tri=montant-desc&page=2"),
				this.staff, "STAFF");
		assertThat(second).contains("Page 2 sur 2").contains("&page=1\"");
	}

	@Test
	void myRegionsIsTheDefaultForAStaffMemberInATeamAndShowsOnlyItsRegionsLeadOrNot() throws Exception {
		TestApplications.Draft occitanie = this.test.newSubmittedInRound("Projet occitan " + this.word);
		TestApplications.Draft alsoParis = this.test.newSubmittedInRound("Projet aussi francilien " + this.word);
		regions(alsoParis.id(), "76", "11");
		TestApplications.Draft paris = this.test.newSubmittedInRound("Projet francilien " + this.word);
		regions(paris.id(), "11");
		team(this.staff, "11", "94");

		StaffInbox mine = inbox(filter(null, null, null, null, null, false).withTeam(null));
		assertThat(mine.team()).isEqualTo(StaffInboxFilter.Team.MY_REGIONS);
		assertThat(mine.teamRegions()).containsExactlyInAnyOrder("11", "94");
		assertThat(ids(mine)).containsExactly(paris.id(), alsoParis.id());
		assertThat(ids(inbox(filter(null, null, null, null, null, false).withTeam(StaffInboxFilter.Team.ALL))))
			.containsExactly(paris.id(), alsoParis.id(), occitanie.id());

		String page = page(get("/gestion/candidatures").param("q", this.word), this.staff, "STAFF");
		assertThat(page).contains(title(paris)).contains(title(alsoParis)).doesNotContain(title(occitanie))
			.contains("<option value=\"mes-regions\" selected=\"selected\">");
		assertThat(page(get("/gestion/candidatures").param("q", this.word).param("equipe", "toutes"), this.staff, "STAFF"))
			.contains(title(occitanie)).contains(title(paris));

		// Without a team, or as an administrator (even in a team), every application by default.
		String withoutTeam = this.test.organisations().newStaff("Sans équipe");
		assertThat(Acting.asStaff(withoutTeam, () -> this.staffApplications.inbox(as(withoutTeam),
				filter(null, null, null, null, null, false).withTeam(null), 1, 100)).page().items())
			.extracting(StaffApplicationRow::id).contains(occitanie.id(), paris.id());
		String admin = "admin-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(admin, "Administration-2026!", "Admin", EnumSet.of(Role.ADMIN, Role.STAFF));
		team(admin, "11");
		StaffInbox adminInbox = Acting.asStaff(admin, () -> this.staffApplications.inbox(as(admin),
				filter(null, null, null, null, null, false).withTeam(null), 1, 100));
		assertThat(adminInbox.team()).isEqualTo(StaffInboxFilter.Team.ALL);
		assertThat(ids(adminInbox)).contains(occitanie.id(), paris.id());
	}

	@Test
	void theTextSearchIgnoresAccentsAndCase() {
		TestApplications.Draft ecole = this.test.newSubmittedInRound("École des métiers " + this.word);
		TestApplications.Draft sans = this.test.newSubmittedInRound("Ecole numerique " + this.word);
		for (String search : List.of("ecole des metiers " + this.word, "ÉCOLE DES MÉTIERS " + this.word.toUpperCase(),
				"école des Métiers " + this.word)) {
			assertThat(ids(inbox(searching(search)))).as(search).containsExactly(ecole.id());
		}
		assertThat(ids(inbox(searching("numérique " + this.word)))).containsExactly(sans.id());
		// The organisation's name too ("Organisation École des métiers …"): only it holds "organisation"
		assertThat(ids(inbox(searching("organisation ecole des METIERS " + this.word)))).containsExactly(ecole.id());
		assertThat(ids(inbox(searching(this.word.toLowerCase())))).containsExactly(sans.id(), ecole.id());
		// %, _ and \ typed are characters, not wildcards
		assertThat(ids(inbox(searching("_cole " + this.word)))).isEmpty();
	}

	@Test
	void theCountsPerStatusFollowEveryFilterButTheStatus() throws Exception {
		TestApplications.Draft a = this.test.newSubmittedInRound("Projet compté A " + this.word);
		TestApplications.Draft b = this.test.newSubmittedInRound("Projet compté B " + this.word);
		TestApplications.Draft c = this.test.newSubmittedInRound("Projet compté C " + this.word);
		this.test.reach(b, ApplicationStatus.IN_REVIEW);
		this.test.reach(c, ApplicationStatus.IN_REVIEW);
		this.jdbc.sql("update grant_application set theme_code = 'environnement' where id = ?").param(c.id()).update();

		StaffInbox all = inbox(filter(null, null, null, null, null, false));
		assertThat(all.countsByStatus()).containsEntry(ApplicationStatus.SUBMITTED, 1L)
			.containsEntry(ApplicationStatus.IN_REVIEW, 2L)
			.containsEntry(ApplicationStatus.SELECTED, 0L)
			.doesNotContainKey(ApplicationStatus.DRAFT);
		assertThat(all.page().totalItems()).isEqualTo(3);
		// The state narrows the list, not the counts.
		StaffInbox inReview = inbox(filter(null, ApplicationStatus.IN_REVIEW, null, null, null, false));
		assertThat(inReview.countsByStatus()).isEqualTo(all.countsByStatus());
		assertThat(inReview.page().totalItems()).isEqualTo(2);
		assertThat(ids(inReview)).containsExactly(c.id(), b.id());
		// Any other filter narrows both.
		StaffInbox emploi = inbox(filter(null, null, "emploi", null, null, false));
		assertThat(emploi.countsByStatus()).containsEntry(ApplicationStatus.SUBMITTED, 1L)
			.containsEntry(ApplicationStatus.IN_REVIEW, 1L);
		assertThat(ids(emploi)).containsExactly(b.id(), a.id());

		assertThat(page(get("/gestion/candidatures").param("q", this.word).param("statut", "IN_REVIEW"), this.staff, "STAFF"))
			.contains("Tous les statuts (3)").contains("Déposée (1)").contains("En instruction (2)")
			.contains("href=\"/gestion/candidatures?statut=SUBMITTED&q=" + this.word + "\"")
			.contains("2 candidatures");
	}

	@Test
	void aValueThePageNeverOffersIsAMessageOnThePageNeverAnError() throws Exception {
		TestApplications.Draft a = this.test.newSubmittedInRound("Projet robuste " + this.word);
		String html = page(get("/gestion/candidatures").param("q", this.word).param("statut", "DRAFT")
			.param("session", "abc").param("theme", "cuisine").param("region", "99").param("public", "tous")
			.param("equipe", "la-mienne").param("attente", "peut-etre").param("note", "5,5").param("tri", "hasard")
			.param("page", "0"),
				this.staff, "STAFF");
		assertThat(html).contains(title(a))
			.contains("Ces filtres n'ont pas été compris")
			.contains("Ce statut n'existe pas").contains("Cette session n'existe pas")
			.contains("Cette thématique n'existe pas").contains("Cette région n'existe pas")
			.contains("Ce public n'existe pas").contains("Cet ordre n'existe pas")
			.contains("Ce filtre se coche ou se décoche").contains("Le numéro de page doit être")
			.contains("La note minimale est un nombre de 0 à 5")
			.contains("aria-invalid=\"true\"");
		assertThat(page(get("/gestion/candidatures").param("q", "x".repeat(201)), this.staff, "STAFF"))
			.contains("La recherche est limitée à 200 caractères");
		for (String value : List.of("%", "'", "\\", "99999999999999999999", "-1", "a\u0000b", "{x}", "x".repeat(5_000))) {
			for (String parameter : List.of("session", "statut", "theme", "region", "public", "equipe", "q", "attente",
					"note", "tri", "page")) {
				// a NUL character is refused as a bad request by the portal's filter, before the page
				int answer = this.mvc.perform(get("/gestion/candidatures").param(parameter, value)
					.with(user(this.staff).roles("STAFF"))).andReturn().getResponse().getStatus();
				assertThat(answer).as(parameter + "=" + value).isEqualTo(value.indexOf('\u0000') >= 0 ? 400 : 200);
			}
		}
	}

	@Test
	void theInboxRunsTheSameStatementsForAPageOfTenAsForAPageOfFifty() {
		for (int n = 0; n < 3; n++) {
			TestApplications.Draft draft = this.test.newSubmittedInRound("Projet compté " + n + " " + this.word);
			this.messages.write(draft.id(), as(draft.member()), "Une question.", null);
			scored(draft, "4.00");
		}
		team(this.staff, "76");
		StaffInboxFilter none = StaffInboxFilter.all();
		StaffInboxFilter every = new StaffInboxFilter(firstRound(), ApplicationStatus.SUBMITTED, "emploi", "76",
				"cadres", StaffInboxFilter.Team.MY_REGIONS, this.word, true, new BigDecimal("3.5"), StaffInboxSort.SCORE);
		StaffInboxFilter everyButSearch = new StaffInboxFilter(firstRound(), ApplicationStatus.SUBMITTED, "emploi",
				"76", "cadres", StaffInboxFilter.Team.MY_REGIONS, null, true, new BigDecimal("3.5"), StaffInboxSort.AMOUNT_ASC);
		for (StaffInboxFilter filter : List.of(none, every, everyButSearch)) {
			fr.apec.novapec.account.CurrentAccount who = as(this.staff);
			// The rounds' labels are kept in memory once read (the selection module's cache): read them first.
			Acting.asStaff(this.staff, () -> this.staffApplications.inbox(who, filter, 1, 10));
			long ten = statementsFor(() -> Acting.asStaff(this.staff, () -> this.staffApplications.inbox(who, filter, 1, 10)));
			long fifty = statementsFor(() -> Acting.asStaff(this.staff, () -> this.staffApplications.inbox(who, filter, 1, 50)));
			assertThat(inbox(filter, 50).page().items()).as(filter.toString()).hasSizeGreaterThanOrEqualTo(3)
				.allSatisfy((row) -> assertThat(row.organisationName()).isNotBlank());
			// the team, (the organisations named like the search,) the rounds' ids, the counts, the rows, their
			// organisations' names (the rounds' labels are in memory)
			assertThat(ten).as(filter.toString()).isEqualTo(fifty).isLessThanOrEqualTo((filter.search() != null) ? 6 : 5);
		}
	}

	@Test
	void applicantsAndReviewersAreRefusedTheInbox() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet gardé " + this.word);
		String reviewer = "relecteur-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(reviewer, "Relecture-2026!", "Relecteur", EnumSet.of(Role.REVIEWER));
		for (String path : List.of("/gestion/candidatures", "/gestion/candidatures?equipe=toutes&attente=oui&q=" + this.word)) {
			this.mvc.perform(get(path).with(user(draft.member()).roles("APPLICANT"))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(user(reviewer).roles("REVIEWER"))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).header("HX-Request", "true").with(user(reviewer).roles("REVIEWER")))
				.andExpect(status().isForbidden());
		}
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.as(draft.member(), "APPLICANT",
				() -> this.staffApplications.inbox(as(draft.member()), StaffInboxFilter.all(), 1, 20)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.as(reviewer, "REVIEWER",
				() -> this.staffApplications.inbox(as(reviewer), StaffInboxFilter.all(), 1, 20)));
	}

	@Test
	void anHtmxRequestGetsOnlyTheResults() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet partiel " + this.word);
		MvcResult result = this.mvc.perform(get("/gestion/candidatures").param("q", this.word)
			.header("HX-Request", "true")
			.with(user(this.staff).roles("STAFF"))).andExpect(status().isOk()).andReturn();
		String fragment = HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
		assertThat(fragment.strip()).startsWith("<div id=\"resultats\">");
		assertThat(fragment).contains(title(draft)).contains("aria-live=\"polite\"").doesNotContain("<html")
			.doesNotContain("id=\"filtres\"");
		assertThat(result.getResponse().getHeaders("Vary")).anySatisfy((vary) -> assertThat(vary).contains("HX-Request"));
		// A history restore asks for the whole page.
		assertThat(page(get("/gestion/candidatures").param("q", this.word).header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true"), this.staff, "STAFF")).contains("<html").contains("id=\"filtres\"");
		String whole = page(get("/gestion/candidatures").param("q", this.word), this.staff, "STAFF");
		assertThat(whole).contains("<html").contains("data-hx-get=\"/gestion/candidatures\"")
			.contains("data-hx-target=\"#resultats\"").contains("data-hx-push-url=\"true\"");
	}

	private StaffInboxFilter filter(Long round, ApplicationStatus status, String theme, String region, String publicCode,
			boolean awaiting) {
		return new StaffInboxFilter(round, status, theme, region, publicCode, StaffInboxFilter.Team.ALL, this.word,
				awaiting, null, StaffInboxSort.NEWEST);
	}

	private StaffInboxFilter sorted(StaffInboxSort sort) {
		return new StaffInboxFilter(null, null, null, null, null, StaffInboxFilter.Team.ALL, this.word, false, null, sort);
	}

	private StaffInboxFilter scoredAtLeast(String minimum, StaffInboxSort sort) {
		return new StaffInboxFilter(null, null, null, null, null, StaffInboxFilter.Team.ALL, this.word, false,
				new BigDecimal(minimum), sort);
	}

	/** The weighted mean the review module would have given the application (see ReviewTests for how it does). */
	private void scored(TestApplications.Draft draft, String mean) {
		this.jdbc.sql("update grant_application set weighted_score = ? where id = ?")
			.param(new BigDecimal(mean))
			.param(draft.id())
			.update();
	}

	private StaffInboxFilter searching(String search) {
		return new StaffInboxFilter(null, null, null, null, null, StaffInboxFilter.Team.ALL, search, false, null, null);
	}

	private List<Long> ids(StaffInboxFilter filter) {
		return ids(inbox(filter));
	}

	private static List<Long> ids(StaffInbox inbox) {
		return inbox.page().items().stream().map(StaffApplicationRow::id).toList();
	}

	private StaffInbox inbox(StaffInboxFilter filter) {
		return inbox(filter, 100);
	}

	private StaffInbox inbox(StaffInboxFilter filter, int size) {
		// Who asks is resolved before: its own statements are not the inbox's.
		fr.apec.novapec.account.CurrentAccount who = as(this.staff);
		return Acting.asStaff(this.staff, () -> this.staffApplications.inbox(who, filter, 1, size));
	}

	private static long statementsFor(Supplier<?> page) {
		StatementCounter.reset();
		page.get();
		return StatementCounter.count();
	}

	/** The application's regions, the first one its lead; its cities go (each lies in one of its regions). */
	private void regions(long id, String lead, String... others) {
		this.jdbc.sql("delete from application_city where application_id = ?").param(id).update();
		this.jdbc.sql("delete from application_region where application_id = ?").param(id).update();
		this.jdbc.sql("insert into application_region (application_id, region_code, lead) values (?, ?, true)")
			.param(id)
			.param(lead)
			.update();
		for (String other : others) {
			this.jdbc.sql("insert into application_region (application_id, region_code, lead) values (?, ?, false)")
				.param(id)
				.param(other)
				.update();
		}
	}

	private void team(String email, String... regions) {
		for (String region : regions) {
			this.jdbc.sql("""
					insert into staff_team_region (account_id, region_code)
					select id, ? from account where email = ?""").param(region).param(email).update();
		}
	}

	private long firstRound() {
		return this.jdbc.sql("select id from selection_round order by id limit 1").query(Long.class).single();
	}

	private String title(TestApplications.Draft draft) {
		return (String) this.test.row(draft.id()).get("title");
	}

	private String page(MockHttpServletRequestBuilder request, String email, String... roles) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(request.with(user(email).roles(roles)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
