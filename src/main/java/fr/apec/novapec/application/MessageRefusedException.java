package fr.apec.novapec.application;

import java.util.List;

/**
 * A message not written, and why: its text or its file breaks a rule. Nothing was saved; the web layer
 * shows each problem beside its field.
 */
public class MessageRefusedException extends RuntimeException {

	private final List<Problem> problems;

	MessageRefusedException(List<Problem> problems) {
		super("Message refused: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** What is wrong with a message. */
	public enum Problem {

		/** No text, or only spaces. */
		TEXT_EMPTY("body", "message.body.required"),

		/** Over {@link ApplicationMessages#MAX_LENGTH} characters. */
		TEXT_TOO_LONG("body", "message.body.tooLong"),

		/** A file chosen, but with nothing in it. */
		FILE_EMPTY("file", "message.file.empty"),

		/** Over the vault's 10 MB. */
		FILE_TOO_LARGE("file", "document.file.tooLarge"),

		/** Bytes that are none of the types the vault accepts, whatever the file's name. */
		FILE_TYPE_NOT_ACCEPTED("file", "document.file.typeNotAccepted");

		private final String field;

		private final String messageKey;

		Problem(String field, String messageKey) {
			this.field = field;
			this.messageKey = messageKey;
		}

		/** The form field it concerns: {@code body} or {@code file}. */
		public String field() {
			return this.field;
		}

		/** The message for the reader (the vault's own for a refused file). */
		public String messageKey() {
			return this.messageKey;
		}

	}

}
