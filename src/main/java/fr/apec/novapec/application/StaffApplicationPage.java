package fr.apec.novapec.application;

import java.util.List;

/** One page of the staff list of applications and where it stands in the whole result. */
public record StaffApplicationPage(List<StaffApplicationRow> items, long totalItems, int page, int size) {

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
