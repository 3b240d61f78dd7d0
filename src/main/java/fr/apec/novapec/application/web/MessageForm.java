package fr.apec.novapec.application.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * A message of the thread: its text and an optional file. The rules (text required, 5 000 characters at
 * most, the file checked as the vault does) belong to ApplicationMessages; when one is broken the form
 * comes back with the text as it was typed, and the browser asks for the file again.
 */
public class MessageForm {

	private String text;

	private MultipartFile file;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
