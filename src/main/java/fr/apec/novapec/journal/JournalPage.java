package fr.apec.novapec.journal;

import java.util.List;

/** One page of the journal, newest first, and where it stands in the whole result. */
public record JournalPage(List<JournalEntry> items, long totalItems, int page, int size) {

	public int totalPages() {
		return (int) Math.max(1, (this.totalItems + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < totalPages();
	}

}
