package fr.apec.novapec.committee;

import java.util.Set;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.laureate.LaureateRecords;
import fr.apec.novapec.laureate.ShowcaseChoice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public showcase shows of a laureate project, as the members of its organisation choose it, field by
 * field. Only a member of the application's organisation reads or changes the choice: anyone else is told the
 * application does not exist (a 404, as for any other page of another organisation's application).
 */
@Service
public class ShowcaseChoices {

	private final Applications applications;

	private final LaureateRecords laureates;

	ShowcaseChoices(Applications applications, LaureateRecords laureates) {
		this.applications = applications;
		this.laureates = laureates;
	}

	/**
	 * The choice for the laureate of this application.
	 * @throws fr.apec.novapec.application.ApplicationNotFoundException when this account is not a member of its
	 * organisation, or there is no such application
	 * @throws LaureateNotFoundException when the application has no laureate project
	 */
	@Transactional(readOnly = true)
	public ShowcaseChoice choice(long applicationId, CurrentAccount who) {
		this.applications.draft(applicationId, who);
		return this.laureates.choice(applicationId).orElseThrow(() -> new LaureateNotFoundException(applicationId));
	}

	/**
	 * A member shows only these optional fields of the laureate of this application on the showcase.
	 * @throws fr.apec.novapec.application.ApplicationNotFoundException as {@link #choice}
	 * @throws LaureateNotFoundException as {@link #choice}
	 * @throws IllegalArgumentException when a field is not one of the optional fields; nothing is changed
	 */
	@Transactional
	public ShowcaseChoice choose(long applicationId, CurrentAccount who, Set<String> fields) {
		this.applications.draft(applicationId, who);
		return this.laureates.choose(applicationId, fields)
			.orElseThrow(() -> new LaureateNotFoundException(applicationId));
	}

}
