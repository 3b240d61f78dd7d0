package fr.apec.novapec.application;

import java.util.List;

import fr.apec.novapec.organisation.DocumentHolder;
import fr.apec.novapec.organisation.DocumentHolders;

import org.springframework.stereotype.Component;

/**
 * The applications that have a document of the vault attached, for the vault to ask before deleting it.
 * An application keeps the document once it is part of what was sent to Apec: submitted and no longer
 * editable by its members (submitted, in review, decided, or withdrawn after submission). A draft, or an
 * application returned for changes, only loses it, as if its member had unticked it on the documents step.
 */
@Component
class ApplicationDocumentHolders implements DocumentHolders {

	static final String LABEL = "document.holder.application";

	private final ApplicationQueries queries;

	ApplicationDocumentHolders(ApplicationQueries queries) {
		this.queries = queries;
	}

	/**
	 * {@inheritDoc} The applications are locked for share: a submission, which locks its application for
	 * update first, waits for the vault's transaction, or the vault waits for it and sees it submitted.
	 */
	@Override
	public List<DocumentHolder> holding(long organisationId, long documentId) {
		return this.queries.holdersLockedForShare(organisationId, documentId, LABEL);
	}

}
