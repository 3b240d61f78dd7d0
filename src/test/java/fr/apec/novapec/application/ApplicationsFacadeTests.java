package fr.apec.novapec.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The read façade other modules use: a member reads their application, staff read it once submitted,
 * summaries come by id and the selected projects with their start.
 */
@IntegrationTest
class ApplicationsFacadeTests {

	@Autowired
	Applications applications;

	@Autowired
	TestApplications test;

	@Test
	void aMemberReadsTheDraftAndAnotherApplicantGets404() {
		TestApplications.Draft draft = this.test.newDraft("Façade brouillon");
		TestApplications.Draft other = this.test.newDraft("Façade autre");
		assertThat(this.applications.draft(draft.id(), as(draft.member())).title()).isEqualTo("Façade brouillon");
		assertThatExceptionOfType(ApplicationNotFoundException.class)
			.isThrownBy(() -> this.applications.draft(draft.id(), as(other.member())));
	}

	@Test
	void staffReadAnApplicationOnlyOnceSubmitted() {
		TestApplications.Draft draft = this.test.newDraft("Façade jamais déposée");
		TestApplications.Draft submitted = this.test.newSubmitted("Façade déposée");
		assertThatExceptionOfType(ApplicationNotFoundException.class)
			.isThrownBy(() -> Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.applications.submittedApplication(draft.id())));
		assertThat(Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.applications.submittedApplication(submitted.id()).status()))
			.isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void summariesComeByIdWithTheOrganisationNameAndUnknownIdsAreLeftOut() {
		TestApplications.Draft draft = this.test.newDraft("Façade résumé");
		ApplicationDraft read = this.applications.draft(draft.id(), as(draft.member()));
		Map<Long, ApplicationSummary> summaries = this.applications.summaries(List.of(draft.id(), -1L));
		assertThat(summaries).containsOnlyKeys(draft.id());
		ApplicationSummary summary = summaries.get(draft.id());
		assertThat(summary.reference()).isEqualTo(read.reference());
		assertThat(summary.title()).isEqualTo("Façade résumé");
		assertThat(summary.organisationId()).isEqualTo(draft.organisationId());
		assertThat(summary.organisationName()).isEqualTo(read.organisationName());
		assertThat(summary.status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(this.applications.summaries(List.of())).isEmpty();
	}

	@Test
	void selectedProjectsAreTheSelectedApplicationsWithTheirStart() {
		TestApplications.Draft selected = this.test.newSelected("Façade lauréat");
		TestApplications.Draft submitted = this.test.newSubmitted("Façade non retenue");
		List<SelectedProject> projects = this.applications.selectedProjects();
		assertThat(projects).extracting(SelectedProject::id).contains(selected.id()).doesNotContain(submitted.id());
		SelectedProject project = projects.stream().filter((p) -> p.id() == selected.id()).findFirst().orElseThrow();
		assertThat(project.startDate()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(project.durationMonths()).isEqualTo(18);
	}

}
