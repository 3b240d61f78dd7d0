package fr.apec.novapec.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The scoring grid of a call: its criteria in order, each with a weight. It changes only until the first
 * score sheet of the call is saved ({@code scoredAt}); after that the scores refer to its criteria, so it is
 * read-only.
 */
@Entity
@Table(name = "review_grid")
class ScoringGrid {

	@Id
	@Column(name = "call_id")
	private Long callId;

	@Version
	private long version;

	@Column(name = "scored_at")
	private Instant scoredAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "review_criterion", joinColumns = @JoinColumn(name = "call_id"))
	@OrderBy("position")
	private List<Criterion> criteria = new ArrayList<>();

	protected ScoringGrid() {
	}

	long callId() {
		return this.callId;
	}

	long version() {
		return this.version;
	}

	boolean frozen() {
		return this.scoredAt != null;
	}

	List<Criterion> criteria() {
		return List.copyOf(this.criteria);
	}

	/**
	 * Replaces the criteria by these, in this order, as an administrator edited them on a page read at
	 * {@code readVersion}.
	 * @throws GridFrozenException when a score of the call was saved
	 * @throws GridChangedException when the grid changed since the page was read
	 */
	void replace(List<GridCriterion> edited, long readVersion) {
		if (frozen()) {
			throw new GridFrozenException();
		}
		if (this.version != readVersion) {
			throw new GridChangedException();
		}
		this.criteria.clear();
		int position = 0;
		for (GridCriterion criterion : edited) {
			this.criteria.add(new Criterion(criterion.code(), criterion.label(), criterion.weight(), position++));
		}
	}

}
