package fr.apec.novapec.application.web;

import fr.apec.novapec.application.StaffNotes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A private note of staff on an application: its text, required, checked with its line breaks as the note
 * keeps them ({@code \n}), so that the limit counts what is kept rather than what the browser sent.
 */
public class NoteForm {

	@NotBlank(message = "{note.text.required}")
	@Size(max = StaffNotes.MAX_LENGTH, message = "{note.text.tooLong}")
	private String note;

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = (note != null) ? note.replace("\r\n", "\n").strip() : null;
	}

}
