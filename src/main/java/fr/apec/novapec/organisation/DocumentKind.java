package fr.apec.novapec.organisation;

/** What a document of the vault is; its label is the message {@code document.kind.NAME}. */
public enum DocumentKind {

	/** The statutes (statuts). */
	STATUTES,

	/** The accounts of the last financial year, as approved. */
	APPROVED_ACCOUNTS,

	/** The last activity report (rapport d'activité). */
	ACTIVITY_REPORT,

	/** Bank details (relevé d'identité bancaire, RIB). */
	BANK_DETAILS,

	/** The certificate of the ESUS approval. */
	ESUS_CERTIFICATE,

	/** Anything else. */
	OTHER

}
