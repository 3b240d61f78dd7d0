package fr.apec.novapec.export;

import java.io.IOException;

import fr.apec.novapec.account.CurrentAccount;

/**
 * A part of an application's dossier that another feature adds: every Spring bean of this type writes its
 * entries after the standard ones, in their {@link org.springframework.core.annotation.Order}. The committee's
 * decision belongs here (a {@code DecisionSection} in this module calling the selection module's public
 * service: the decision, the amount awarded, its tranches, the letter), so that the dossier grows without
 * {@link ApplicationDossier} changing.
 */
public interface DossierSection {

	/**
	 * Writes this part's entries for the application (staff may see it: {@link ApplicationDossier} checked).
	 * @param who the staff member downloading the dossier
	 */
	void write(long applicationId, CurrentAccount who, DossierZip zip) throws IOException;

}
