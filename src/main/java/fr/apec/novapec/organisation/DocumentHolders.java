package fr.apec.novapec.organisation;

import java.util.List;

/**
 * Who attached a document of the vault, asked before it is deleted. The vault knows nothing of
 * applications or reports: the modules that attach its documents implement this, each over its own
 * tables, and the vault refuses to delete a document that one of them {@linkplain DocumentHolder#keeps()
 * keeps} as part of a record sent to Apec.
 */
public interface DocumentHolders {

	/**
	 * Everything of this organisation that has this document attached, each saying whether it keeps it.
	 * Called inside the vault's transaction: an implementation locks what it names against a change of
	 * state (a submission) until that transaction ends, so the answer still holds when the document goes.
	 */
	List<DocumentHolder> holding(long organisationId, long documentId);

}
