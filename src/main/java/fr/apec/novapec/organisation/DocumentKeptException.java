package fr.apec.novapec.organisation;

/** A document that cannot leave the vault: something sent to Apec keeps it ({@link DocumentDeletion#keepers()}). */
public class DocumentKeptException extends RuntimeException {

	private final DocumentDeletion deletion;

	public DocumentKeptException(DocumentDeletion deletion) {
		super("Document " + deletion.id() + " is part of a record sent to Apec");
		this.deletion = deletion;
	}

	public DocumentDeletion deletion() {
		return this.deletion;
	}

}
