package fr.apec.novapec.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import fr.apec.novapec.budget.AwardedApplications;
import fr.apec.novapec.organisation.OrganisationService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names the applications of the budget's awards: reference, title, organisation's name and SIRET, state; three
 * statements whatever their number (the applications, their organisations' names, their SIRETs). Tells which were
 * decided in a round whose decisions are published.
 */
@Component
class AwardedApplicationsLookup implements AwardedApplications {

	private final Applications applications;

	private final OrganisationService organisations;

	AwardedApplicationsLookup(Applications applications, OrganisationService organisations) {
		this.applications = applications;
		this.organisations = organisations;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, AwardedApplication> describe(Collection<Long> applicationIds) {
		Map<Long, ApplicationSummary> summaries = this.applications.summaries(applicationIds);
		Map<Long, String> sirets = this.organisations
			.sirets(summaries.values().stream().map(ApplicationSummary::organisationId).distinct().toList());
		Map<Long, AwardedApplication> described = new LinkedHashMap<>();
		summaries.forEach((id, summary) -> described.put(id,
				new AwardedApplication(id, summary.reference(), summary.title(), summary.organisationName(),
						sirets.get(summary.organisationId()), summary.status() == ApplicationStatus.SELECTED)));
		return described;
	}

	@Override
	public Set<Long> decidedInPublishedRound(Collection<Long> applicationIds) {
		return this.applications.decidedInPublishedRound(applicationIds);
	}

}
