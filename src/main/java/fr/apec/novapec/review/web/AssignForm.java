package fr.apec.novapec.review.web;

import java.util.LinkedHashSet;
import java.util.Set;

/** Staff assigning reviewers: two slots, each a reviewer's account id or empty. */
public class AssignForm {

	private String first;

	private String second;

	/** The distinct reviewers chosen; a slot that is not an id is ignored. */
	Set<Long> reviewers() {
		Set<Long> ids = new LinkedHashSet<>();
		for (String slot : new String[] { this.first, this.second }) {
			if (slot != null && slot.matches("\\d{1,18}")) {
				ids.add(Long.parseLong(slot));
			}
		}
		return ids;
	}

	public String getFirst() {
		return this.first;
	}

	public void setFirst(String first) {
		this.first = first;
	}

	public String getSecond() {
		return this.second;
	}

	public void setSecond(String second) {
		this.second = second;
	}

}
