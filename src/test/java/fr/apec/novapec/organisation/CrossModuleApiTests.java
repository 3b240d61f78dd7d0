package fr.apec.novapec.organisation;

import java.util.List;
import java.util.Map;

import fr.apec.novapec.account.AccountName;
import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

/** What the account and organisation modules answer to the other modules, which know people by id. */
@IntegrationTest
class CrossModuleApiTests {

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	DocumentVaultService vault;

	@Autowired
	TestOrganisations test;

	@Test
	void accountNamesAreGivenByIdAndUnknownIdsAreLeftOut() {
		String login = this.test.newApplicant("Inès Nommée");
		long id = as(login).id();

		Map<Long, AccountName> names = this.accounts.names(List.of(id, -1L));

		assertThat(names).containsOnlyKeys(id);
		assertThat(names.get(id)).isEqualTo(new AccountName(id, login, "Inès Nommée", true));
		assertThat(this.accounts.names(List.of())).isEmpty();
	}

	@Test
	void organisationsAnswerByIdsWhoIsAMemberAndWhatTheyAreCalled() {
		String member = this.test.newApplicant("Zoé Membre");
		String other = this.test.newApplicant("Adam Membre");
		String stranger = this.test.newApplicant("Paul Étranger");
		long id = this.test.newOrganisation(member, "Api 100% solidaire");
		this.test.addMember(id, other);

		assertThat(this.organisations.isMember(id, as(member).id())).isTrue();
		assertThat(this.organisations.isMember(id, as(stranger).id())).isFalse();
		assertThat(this.organisations.organisationIdsOf(as(other).id())).containsExactly(id);
		assertThat(this.organisations.names(List.of(id, -1L))).isEqualTo(Map.of(id, "Api 100% solidaire"));
		assertThat(this.organisations.idsNamedLike("%api 100\\% sol%")).containsExactly(id);
		assertThat(this.organisations.idsNamedLike("%api 100\\_ sol%")).isEmpty();
		assertThat(this.organisations.memberEmails(id)).containsExactlyInAnyOrder(member, other).isSorted();
	}

	@Test
	void theVaultGivesAFileOnlyOfItsOrganisationAndTellsWhichDocumentsAreItsOwn() {
		String member = this.test.newApplicant("Léa Coffre");
		long id = this.test.newOrganisation(member, "Coffre API");
		long otherId = this.test.newOrganisation(this.test.newApplicant("Max Autre"), "Autre coffre");
		long document = this.vault.store(id, as(member),
				new DocumentUpload(DocumentKind.STATUTES, null, "statuts.pdf", TestFiles.pdf()));

		assertThat(this.vault.file(id, document)).hasValueSatisfying(
				(file) -> assertThat(file.content()).isEqualTo(TestFiles.pdf()));
		assertThat(this.vault.file(otherId, document)).isEmpty();
		assertThat(this.vault.idsOwnedBy(id, List.of(document, -1L))).containsExactly(document);
		assertThat(this.vault.idsOwnedBy(otherId, List.of(document))).isEmpty();
	}

}
