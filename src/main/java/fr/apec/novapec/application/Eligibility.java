package fr.apec.novapec.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.OrganisationProfile;

/**
 * The eligibility rules of the Novapec call, as plain code: the organisation belongs to the social and
 * solidarity economy (a legal form that is ESS by law, or the ESUS approval), its head office is in
 * France, the project targets at least one of the three publics, and the organisation's vault holds each
 * document the call requires (an administrator chooses them), not expired.
 */
public final class Eligibility {

	/**
	 * The documents the Novapec call required before an administrator could choose them (migration V40 gives
	 * every call this list); submission now checks the call's own list ({@code CallSettings#requiredDocuments}).
	 */
	public static final List<DocumentKind> REQUIRED_DOCUMENTS = List.of(DocumentKind.STATUTES,
			DocumentKind.APPROVED_ACCOUNTS, DocumentKind.BANK_DETAILS);

	private Eligibility() {
	}

	/** The rules with the documents of {@link #REQUIRED_DOCUMENTS} (see the other {@code check}). */
	public static List<Blocker> check(OrganisationProfile organisation, List<String> publics,
			List<DocumentRow> documents, LocalDate today) {
		return check(organisation, publics, documents, REQUIRED_DOCUMENTS, today);
	}

	/**
	 * What breaks a rule, in the order of the rules; empty when the application is eligible.
	 * @param publics the public codes the application targets
	 * @param documents the organisation's vault
	 * @param required the documents the call requires, in the order they are listed
	 * @param today the day of the check: a document valid until today still counts
	 */
	public static List<Blocker> check(OrganisationProfile organisation, List<String> publics,
			List<DocumentRow> documents, List<DocumentKind> required, LocalDate today) {
		List<Blocker> blockers = new ArrayList<>();
		if (!organisation.essByLaw() && !organisation.esus()) {
			blockers.add(Blocker.organisation("application.blocker.notEss"));
		}
		// Every region of the reference table is French (overseas ones included): any region will do.
		if (organisation.regionCode() == null) {
			blockers.add(Blocker.organisation("application.blocker.headOffice"));
		}
		if (publics == null || publics.isEmpty()) {
			blockers.add(Blocker.step(Section.THEMES, "application.missing.publics"));
		}
		for (DocumentKind kind : required) {
			List<DocumentRow> ofKind = documents.stream().filter((document) -> document.kind() == kind).toList();
			if (ofKind.isEmpty()) {
				blockers.add(Blocker.document("application.blocker.document.missing", kind));
			}
			else if (ofKind.stream().allMatch((document) -> expired(document, today))) {
				blockers.add(Blocker.document("application.blocker.document.expired", kind));
			}
		}
		return blockers;
	}

	private static boolean expired(DocumentRow document, LocalDate today) {
		return document.validUntil() != null && document.validUntil().isBefore(today);
	}

}
