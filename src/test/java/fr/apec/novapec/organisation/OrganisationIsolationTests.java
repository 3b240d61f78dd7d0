package fr.apec.novapec.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member of organisation B can neither see nor change anything of organisation A: every address that
 * names one of A's ids answers 404, as for an id that does not exist, and nothing changes.
 */
@IntegrationTest
class OrganisationIsolationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationService organisations;

	@Autowired
	MembershipService memberships;

	@Autowired
	DocumentVaultService vault;

	@Autowired
	TestOrganisations test;

	String memberOfA;

	String memberOfB;

	long a;

	long b;

	List<Long> documentsOfA = new ArrayList<>();

	long documentOfB;

	long requestToA;

	@BeforeEach
	void twoOrganisations() {
		this.memberOfA = this.test.newApplicant("Membre de A");
		this.memberOfB = this.test.newApplicant("Membre de B");
		this.a = this.test.newOrganisation(this.memberOfA, "Organisation A");
		this.b = this.test.newOrganisation(this.memberOfB, "Organisation B");
		this.documentsOfA.add(this.vault.store(this.a, as(this.memberOfA),
				new DocumentUpload(DocumentKind.STATUTES, null, "statuts-A.pdf", TestFiles.pdf())));
		this.documentsOfA.add(this.vault.store(this.a, as(this.memberOfA),
				new DocumentUpload(DocumentKind.BANK_DETAILS, LocalDate.of(2030, 1, 1), "rib-A.png", TestFiles.png())));
		this.documentOfB = this.vault.store(this.b, as(this.memberOfB),
				new DocumentUpload(DocumentKind.STATUTES, null, "statuts-B.pdf", TestFiles.pdf()));
		String requester = this.test.newApplicant("Demandeur");
		this.memberships.askToJoin(as(requester), new Siret(siretOf(this.a)));
		this.requestToA = this.memberships.pendingJoinRequests(this.a, as(this.memberOfA)).get(0).id();
	}

	@Test
	void aMemberOfAnotherOrganisationGets404OnEveryPageOfIt() throws Exception {
		List<String> paths = new ArrayList<>(List.of("/espace/organisation/" + this.a,
				"/espace/organisation/" + this.a + "/modifier", "/espace/organisation/" + this.a + "/membres",
				"/espace/organisation/" + this.a + "/documents"));
		for (long document : this.documentsOfA) {
			paths.add("/espace/organisation/" + this.a + "/documents/" + document);
			// A's document guessed under B's own address.
			paths.add("/espace/organisation/" + this.b + "/documents/" + document);
		}
		for (String path : paths) {
			this.mvc.perform(get(path).with(asMemberOfB()).accept(MediaType.TEXT_HTML))
				.andExpect(status().isNotFound());
		}
		// The same pages answer A's member, so the 404 above is about who asks.
		for (String path : paths.subList(0, 4)) {
			this.mvc.perform(get(path).with(user(this.memberOfA).roles("APPLICANT"))).andExpect(status().isOk());
		}
	}

	@Test
	void guessedDocumentIdsAnswer404LikeIdsThatDoNotExist() throws Exception {
		long highest = this.jdbc.sql("select max(id) from organisation_document").query(Long.class).single();
		for (long guess = Math.max(1, highest - 30); guess <= highest + 3; guess++) {
			int expected = (guess == this.documentOfB) ? 200 : 404;
			this.mvc.perform(get("/espace/organisation/" + this.b + "/documents/" + guess).with(asMemberOfB()))
				.andExpect(status().is(expected));
			this.mvc.perform(get("/espace/organisation/" + this.a + "/documents/" + guess).with(asMemberOfB()))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/espace/organisation/99999999999999999999").with(asMemberOfB()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/espace/organisation/" + this.b + "/documents/99999999999999999999999").with(asMemberOfB()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/espace/organisation/abc").with(asMemberOfB())).andExpect(status().isNotFound());
	}

	@Test
	void aMemberOfAnotherOrganisationGets404OnEveryChangeAndNothingChanges() throws Exception {
		String before = snapshotOfA();

		this.mvc.perform(post("/espace/organisation/" + this.a + "/modifier")
			.params(TestOrganisations.validForm("Piratée"))
			.with(asMemberOfB())
			.with(csrf())).andExpect(status().isNotFound());
		// Even a form full of errors gets the 404, not the form of A.
		this.mvc.perform(post("/espace/organisation/" + this.a + "/modifier").param("name", "")
			.with(asMemberOfB())
			.with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(multipart("/espace/organisation/" + this.a + "/documents")
			.file(new MockMultipartFile("file", "faux.pdf", "application/pdf", TestFiles.pdf()))
			.param("kind", "OTHER")
			.with(asMemberOfB())
			.with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(multipart("/espace/organisation/" + this.a + "/documents")
			.file(new MockMultipartFile("file", "vide.pdf", "application/pdf", new byte[0]))
			.with(asMemberOfB())
			.with(csrf())).andExpect(status().isNotFound());
		for (long document : this.documentsOfA) {
			this.mvc.perform(post("/espace/organisation/" + this.a + "/documents/" + document + "/supprimer")
				.with(asMemberOfB())
				.with(csrf())).andExpect(status().isNotFound());
			this.mvc.perform(post("/espace/organisation/" + this.b + "/documents/" + document + "/supprimer")
				.with(asMemberOfB())
				.with(csrf())).andExpect(status().isNotFound());
		}
		this.mvc.perform(post("/espace/organisation/" + this.a + "/invitations").param("email", this.memberOfB)
			.with(asMemberOfB())
			.with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/espace/organisation/" + this.a + "/invitations").param("email", "")
			.with(asMemberOfB())
			.with(csrf())).andExpect(status().isNotFound());
		for (String decision : new String[] { "accepter", "refuser" }) {
			this.mvc.perform(post("/espace/organisation/" + this.a + "/demandes/" + this.requestToA + "/" + decision)
				.with(asMemberOfB())
				.with(csrf())).andExpect(status().isNotFound());
			// A's request decided through B's own address.
			this.mvc.perform(post("/espace/organisation/" + this.b + "/demandes/" + this.requestToA + "/" + decision)
				.with(asMemberOfB())
				.with(csrf())).andExpect(status().isNotFound());
		}
		this.mvc.perform(post("/espace/organisation/" + this.a + "/quitter").with(asMemberOfB()).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(snapshotOfA()).isEqualTo(before);
		assertThat(this.organisations.organisationsOf(as(this.memberOfB))).extracting(OrganisationSummary::id)
			.containsExactly(this.b);
	}

	@Test
	void theApplicantSpaceListsOnlyTheOrganisationsOfTheMember() throws Exception {
		String html = this.mvc.perform(get("/espace").with(asMemberOfB()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Organisation B").doesNotContain("Organisation A");
		String documents = this.mvc.perform(get("/espace/organisation/" + this.b + "/documents").with(asMemberOfB()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(documents).contains("statuts-B.pdf").doesNotContain("statuts-A.pdf").doesNotContain("rib-A.png");
	}

	/** Everything of A that B's member might try to change, as one text. */
	private String snapshotOfA() {
		return this.jdbc.sql("""
				select concat_ws('|', o.name, o.siret, o.rna, o.city, o.website,
				       (select string_agg(m.account_id::text, ',' order by m.account_id) from membership m where m.organisation_id = o.id),
				       (select string_agg(d.id || ':' || d.sha256, ',' order by d.id) from organisation_document d where d.organisation_id = o.id),
				       (select string_agg(j.id || ':' || j.status, ',' order by j.id) from join_request j where j.organisation_id = o.id),
				       (select count(*) from organisation_invitation i where i.organisation_id = o.id))
				from organisation o where o.id = ?""").param(this.a).query(String.class).single();
	}

	private RequestPostProcessor asMemberOfB() {
		return user(this.memberOfB).roles("APPLICANT");
	}

	private String siretOf(long id) {
		return this.jdbc.sql("select siret from organisation where id = ?").param(id).query(String.class).single();
	}

}
