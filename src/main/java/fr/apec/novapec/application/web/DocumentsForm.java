package fr.apec.novapec.application.web;

import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.DraftParts;

import org.springframework.validation.Errors;

/**
 * The documents step: the ids of the documents of the organisation's vault ticked. An id that is not one
 * of the organisation's documents (a forged one) is refused with a message, and the service would leave
 * it out anyway.
 */
public class DocumentsForm {

	private List<Long> documents = new ArrayList<>();

	static DocumentsForm of(ApplicationDraft draft) {
		DocumentsForm form = new DocumentsForm();
		form.documents = new ArrayList<>(draft.documentIds());
		return form;
	}

	/**
	 * @param available the ids of the documents of the application's organisation
	 * @return the part to save, or null when there are errors
	 */
	DraftParts.Documents validate(Errors errors, List<Long> available) {
		this.documents.removeIf(java.util.Objects::isNull);
		if (!available.containsAll(this.documents)) {
			errors.rejectValue("documents", "application.documents.unknown");
			return null;
		}
		return new DraftParts.Documents(this.documents.stream().distinct().toList());
	}

	public List<Long> getDocuments() {
		return this.documents;
	}

	public void setDocuments(List<Long> documents) {
		this.documents = (documents != null) ? new ArrayList<>(documents) : new ArrayList<>();
	}

}
