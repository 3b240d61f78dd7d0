package fr.apec.novapec.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.DocumentUpload;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.selection.SelectionService;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing an application step by step, by the members of its organisation: the draft's creation, each
 * step's save and the documents it attaches. A step is saved whole in one transaction, or not at all; the
 * application is locked meanwhile. Every method answers only a member of the application's organisation:
 * anyone else, like an id that does not exist, gets {@link ApplicationNotFoundException} (a 404). A step
 * of an application that is no longer editable is refused with {@link ApplicationNotEditableException}.
 * <p>
 * A step saved from a page gives the version the page was rendered with: when the application changed
 * since (another tab saved), nothing is saved and {@link StepChangedElsewhereException} says so.
 */
@Service
public class ApplicationDrafting {

	private final GrantApplicationRepository repository;

	private final ApplicationAccess access;

	private final DocumentVaultService vault;

	private final SelectionService selection;

	private final Clock clock;

	ApplicationDrafting(GrantApplicationRepository repository, ApplicationAccess access, DocumentVaultService vault,
			SelectionService selection, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.vault = vault;
		this.selection = selection;
		this.clock = clock;
	}

	/**
	 * Creates a draft of this organisation for the open Novapec call, and the first line of its history.
	 * @return its id
	 * @throws ApplicationNotFoundException when this account is not a member of the organisation
	 */
	@Transactional
	public long createDraft(CurrentAccount who, long organisationId, String title) {
		if (!this.access.isMember(organisationId, who.id())) {
			throw new ApplicationNotFoundException();
		}
		long callId = this.selection.novapecCall().id();
		return this.repository
			.save(GrantApplication.draft(organisationId, callId, title, who.id(), Instant.now(this.clock)))
			.id();
	}

	/**
	 * Saves one step of the form whatever the version (for a caller with no page, such as a fixture).
	 * @see #save(long, CurrentAccount, DraftParts.Step, Long)
	 */
	@Transactional
	public void save(long id, CurrentAccount who, DraftParts.Step step) {
		save(id, who, step, null);
	}

	/**
	 * Saves one step of the form, whole, if the application is still at the version the page was rendered
	 * with (see the class comment for who may and when). The theme and publics step drops the beneficiaries
	 * planned for a public no longer chosen; the documents step attaches exactly the documents given that
	 * belong to the organisation's vault, and leaves out any other id.
	 * @param renderedVersion the version the page was rendered with, or null to save whatever the version
	 */
	@Transactional
	public void save(long id, CurrentAccount who, DraftParts.Step step, Long renderedVersion) {
		change(id, who, renderedVersion, (application) -> application.change(ownDocuments(application, who, step), now()));
	}

	private DraftParts.Step ownDocuments(GrantApplication application, CurrentAccount who, DraftParts.Step step) {
		if (!(step instanceof DraftParts.Documents documents)) {
			return step;
		}
		Set<Long> own = new LinkedHashSet<>(documents.documentIds());
		own.retainAll(this.vault.documents(application.organisationId(), who).stream().map(DocumentRow::id).toList());
		return new DraftParts.Documents(List.copyOf(own));
	}

	/**
	 * Keeps a file in the vault of the application's organisation and attaches it to the application, in
	 * one transaction: both, or neither. The same file sent again as the same kind stays one document.
	 * @return the id of the document in the vault
	 * @throws fr.apec.novapec.organisation.RejectedDocumentException when the vault refuses the file
	 */
	@Transactional
	public long uploadDocument(long id, CurrentAccount who, DocumentUpload upload) {
		GrantApplication application = this.access.lockedForMember(id, who);
		if (!Lifecycle.editable(application.status())) {
			throw new ApplicationNotEditableException(id, application.status());
		}
		long documentId = this.vault.store(application.organisationId(), who, upload);
		application.attachDocument(documentId, now());
		return documentId;
	}

	private void change(long id, CurrentAccount who, Long renderedVersion, Consumer<GrantApplication> step) {
		GrantApplication application = this.access.lockedForMember(id, who);
		if (renderedVersion != null && renderedVersion != application.version()) {
			if (!Lifecycle.editable(application.status())) {
				throw new ApplicationNotEditableException(id, application.status());
			}
			throw new StepChangedElsewhereException(id, renderedVersion, application.version());
		}
		long version = application.version();
		step.accept(application);
		try {
			// Written now, in this method, so that a refusal of the database reaches the caller here, and a
			// write that another overtook (its version moved on) is told as a stale step, never a 500.
			this.repository.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StepChangedElsewhereException(id, version, version + 1);
		}
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
