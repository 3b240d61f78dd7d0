package fr.apec.novapec.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.OrganisationProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The eligibility rules of the call, as plain code: each rule alone, on a case that otherwise passes. */
class EligibilityTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	static final List<String> PUBLICS = List.of("cadres");

	@Test
	void anAssociationWithItsPublicsAndValidDocumentsIsEligible() {
		assertThat(Eligibility.check(association(), PUBLICS, allDocuments(), TODAY)).isEmpty();
	}

	@Test
	void everyLegalFormThatIsEssByLawIsEligibleWithoutEsus() {
		OrganisationProfile scop = new OrganisationProfile(1, "Scop", "scop", true, false, "11");
		assertThat(Eligibility.check(scop, PUBLICS, allDocuments(), TODAY)).isEmpty();
	}

	@Test
	void aCommercialCompanyWithoutEsusApprovalIsNotEligible() {
		OrganisationProfile company = new OrganisationProfile(1, "SAS", "societe-commerciale", false, false, "11");
		assertThat(Eligibility.check(company, PUBLICS, allDocuments(), TODAY))
			.containsExactly(new Blocker(Blocker.Fix.ORGANISATION, null, "application.blocker.notEss", null));
	}

	@Test
	void aCommercialCompanyWithTheEsusApprovalIsEligible() {
		OrganisationProfile company = new OrganisationProfile(1, "SAS", "societe-commerciale", false, true, "11");
		assertThat(Eligibility.check(company, PUBLICS, allDocuments(), TODAY)).isEmpty();
	}

	@Test
	void aHeadOfficeWithoutARegionInFranceIsNotEligible() {
		OrganisationProfile abroad = new OrganisationProfile(1, "Ailleurs", "association", true, false, null);
		assertThat(Eligibility.check(abroad, PUBLICS, allDocuments(), TODAY))
			.containsExactly(new Blocker(Blocker.Fix.ORGANISATION, null, "application.blocker.headOffice", null));
	}

	@Test
	void aProjectWithoutAnyPublicIsNotEligibleAndIsSentToTheThemesStep() {
		assertThat(Eligibility.check(association(), List.of(), allDocuments(), TODAY))
			.containsExactly(new Blocker(Blocker.Fix.STEP, Section.THEMES, "application.missing.publics", null));
	}

	@Test
	void missingStatutesBlockTheSubmission() {
		List<DocumentRow> documents = without(DocumentKind.STATUTES);
		assertThat(Eligibility.check(association(), PUBLICS, documents, TODAY)).containsExactly(
				new Blocker(Blocker.Fix.DOCUMENTS, null, "application.blocker.document.missing", DocumentKind.STATUTES));
	}

	@Test
	void missingBankDetailsBlockTheSubmission() {
		List<DocumentRow> documents = without(DocumentKind.BANK_DETAILS);
		assertThat(Eligibility.check(association(), PUBLICS, documents, TODAY)).containsExactly(new Blocker(
				Blocker.Fix.DOCUMENTS, null, "application.blocker.document.missing", DocumentKind.BANK_DETAILS));
	}

	@Test
	void missingApprovedAccountsBlockTheSubmission() {
		List<DocumentRow> documents = without(DocumentKind.APPROVED_ACCOUNTS);
		assertThat(Eligibility.check(association(), PUBLICS, documents, TODAY)).containsExactly(new Blocker(
				Blocker.Fix.DOCUMENTS, null, "application.blocker.document.missing", DocumentKind.APPROVED_ACCOUNTS));
	}

	@Test
	void expiredStatutesOrBankDetailsBlockTheSubmission() {
		List<DocumentRow> documents = new ArrayList<>(without(DocumentKind.STATUTES));
		documents.removeIf((d) -> d.kind() == DocumentKind.BANK_DETAILS);
		documents.add(document(DocumentKind.STATUTES, TODAY.minusDays(1)));
		documents.add(document(DocumentKind.BANK_DETAILS, TODAY.minusYears(1)));
		assertThat(Eligibility.check(association(), PUBLICS, documents, TODAY)).containsExactly(
				new Blocker(Blocker.Fix.DOCUMENTS, null, "application.blocker.document.expired", DocumentKind.STATUTES),
				new Blocker(Blocker.Fix.DOCUMENTS, null, "application.blocker.document.expired",
						DocumentKind.BANK_DETAILS));
	}

	@Test
	void aDocumentValidUntilTodayStillCountsAndOneValidCopyIsEnough() {
		List<DocumentRow> documents = new ArrayList<>(without(DocumentKind.STATUTES));
		documents.add(document(DocumentKind.STATUTES, TODAY.minusYears(2)));
		documents.add(document(DocumentKind.STATUTES, TODAY));
		assertThat(Eligibility.check(association(), PUBLICS, documents, TODAY)).isEmpty();
	}

	@Test
	void otherDocumentsDoNotStandInForARequiredOne() {
		List<DocumentRow> documents = new ArrayList<>(without(DocumentKind.BANK_DETAILS));
		documents.add(document(DocumentKind.OTHER, null));
		documents.add(document(DocumentKind.ESUS_CERTIFICATE, null));
		assertThat(Eligibility.check(association(), PUBLICS, documents, TODAY)).extracting(Blocker::document)
			.containsExactly(DocumentKind.BANK_DETAILS);
	}

	@Test
	void everyBrokenRuleIsListedInTheOrderOfTheRules() {
		OrganisationProfile company = new OrganisationProfile(1, "SAS", "societe-commerciale", false, false, null);
		assertThat(Eligibility.check(company, List.of(), List.of(), TODAY)).extracting(Blocker::messageKey)
			.containsExactly("application.blocker.notEss", "application.blocker.headOffice",
					"application.missing.publics", "application.blocker.document.missing",
					"application.blocker.document.missing", "application.blocker.document.missing");
	}

	private static OrganisationProfile association() {
		return new OrganisationProfile(1, "Association", "association", true, false, "76");
	}

	private static List<DocumentRow> allDocuments() {
		return List.of(document(DocumentKind.STATUTES, null), document(DocumentKind.APPROVED_ACCOUNTS, null),
				document(DocumentKind.BANK_DETAILS, TODAY.plusYears(1)));
	}

	private static List<DocumentRow> without(DocumentKind kind) {
		return allDocuments().stream().filter((d) -> d.kind() != kind).toList();
	}

	private static DocumentRow document(DocumentKind kind, LocalDate validUntil) {
		return new DocumentRow(1, kind, kind + ".pdf", "application/pdf", 100, validUntil, Instant.now());
	}

}
