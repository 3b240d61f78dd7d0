package fr.apec.novapec.organisation;

/** A file the vault does not take, and why. */
public class RejectedDocumentException extends RuntimeException {

	private final Reason reason;

	public RejectedDocumentException(Reason reason) {
		super("Document refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why a file is refused. */
	public enum Reason {

		/** No file, or an empty one. */
		EMPTY,

		/** Over {@link DocumentVaultService#MAX_SIZE}. */
		TOO_LARGE,

		/** Its bytes are none of the {@link AcceptedFileType}s. */
		TYPE_NOT_ACCEPTED

	}

}
