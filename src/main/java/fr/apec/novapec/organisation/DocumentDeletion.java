package fr.apec.novapec.organisation;

import java.util.List;

/**
 * A document of the vault that a member is about to delete, with everything that has it attached.
 *
 * @param originalName its file name
 */
public record DocumentDeletion(long id, DocumentKind kind, String originalName, List<DocumentHolder> holders) {

	public DocumentDeletion {
		holders = List.copyOf(holders);
	}

	/** Whether it cannot be deleted: something sent to Apec keeps it. */
	public boolean refused() {
		return !keepers().isEmpty();
	}

	/** What keeps it, which a deletion would change: the reason it is refused. */
	public List<DocumentHolder> keepers() {
		return this.holders.stream().filter(DocumentHolder::keeps).toList();
	}

	/** Drafts that have it attached and would lose it. */
	public List<DocumentHolder> detached() {
		return this.holders.stream().filter((holder) -> !holder.keeps()).toList();
	}

}
