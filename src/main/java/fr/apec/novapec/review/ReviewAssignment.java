package fr.apec.novapec.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A reviewer assigned to an application, with its score sheet: the declaration that it has no conflict of
 * interest for this application (a conflict is declared against the organisation, see
 * {@link ReviewConflict}), its scores saved as a draft, then submitted once and read-only after.
 */
@Entity
@Table(name = "review_assignment")
class ReviewAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private long applicationId;

	@Column(name = "reviewer_id", nullable = false)
	private long reviewerId;

	@Column(name = "assigned_by")
	private Long assignedBy;

	@Column(name = "assigned_at", nullable = false)
	private Instant assignedAt;

	@Column(name = "no_conflict_at")
	private Instant noConflictAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "assignment_id"))
	private List<Score> scores = new ArrayList<>();

	protected ReviewAssignment() {
	}

	ReviewAssignment(long applicationId, long reviewerId, long assignedBy, Instant now) {
		this.applicationId = applicationId;
		this.reviewerId = reviewerId;
		this.assignedBy = assignedBy;
		this.assignedAt = now;
	}

	Long id() {
		return this.id;
	}

	long applicationId() {
		return this.applicationId;
	}

	long reviewerId() {
		return this.reviewerId;
	}

	long version() {
		return this.version;
	}

	boolean declaredNoConflict() {
		return this.noConflictAt != null;
	}

	boolean submitted() {
		return this.submittedAt != null;
	}

	List<Score> scores() {
		return List.copyOf(this.scores);
	}

	/** The reviewer says it has no conflict of interest with this application's organisation; once. */
	void declareNoConflict(Instant now) {
		if (this.noConflictAt == null) {
			this.noConflictAt = now;
		}
	}

	/**
	 * Saves the sheet typed on a page read at {@code readVersion}, as a draft, or submits it when
	 * {@code submit}: then every criterion of the grid needs a score, and the sheet is read-only after.
	 * Scores of codes that are not in the grid are dropped.
	 * @throws ScoresAlreadySubmittedException when the sheet was submitted already
	 * @throws ScoreSheetChangedException when it was saved elsewhere since the page was read
	 * @throws IncompleteScoresException when submitting without a score for every criterion (nothing saved)
	 */
	void saveScores(Map<String, ScoreInput> typed, Set<String> criteriaCodes, boolean submit, long readVersion,
			Instant now) {
		if (submitted()) {
			throw new ScoresAlreadySubmittedException();
		}
		if (this.version != readVersion) {
			throw new ScoreSheetChangedException();
		}
		if (submit && !criteriaCodes.stream().allMatch((code) -> typed.containsKey(code) && typed.get(code).score() != null)) {
			throw new IncompleteScoresException();
		}
		this.scores.clear();
		for (String code : criteriaCodes) {
			ScoreInput input = typed.get(code);
			if (input != null && (input.score() != null || input.comment() != null)) {
				this.scores.add(new Score(code, input.score(), input.comment()));
			}
		}
		if (submit) {
			this.submittedAt = now;
		}
	}

}
