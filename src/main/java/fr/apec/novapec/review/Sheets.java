package fr.apec.novapec.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.account.AccountName;
import fr.apec.novapec.account.AccountService;

import org.springframework.stereotype.Component;

/** The score sheets of an application, built once for staff's evaluation page and the reviewers' view. */
@Component
class Sheets {

	private final ReviewAssignmentRepository assignments;

	private final AccountService accounts;

	private final Conflicts conflicts;

	Sheets(ReviewAssignmentRepository assignments, AccountService accounts, Conflicts conflicts) {
		this.assignments = assignments;
		this.accounts = accounts;
		this.conflicts = conflicts;
	}

	/** Every sheet of the application, in the order the reviewers were assigned. */
	List<ScoreSheet> of(long applicationId, long organisationId, List<GridCriterion> criteria) {
		List<ReviewAssignment> assigned = this.assignments.findByApplicationId(applicationId);
		Map<Long, AccountName> names = this.accounts
			.names(assigned.stream().map(ReviewAssignment::reviewerId).distinct().toList());
		List<ScoreSheet> sheets = new ArrayList<>();
		for (ReviewAssignment assignment : assigned) {
			sheets.add(sheet(assignment, names.get(assignment.reviewerId()), organisationId, criteria));
		}
		return sheets;
	}

	/** The weighted scores of the submitted sheets among these, in their order. */
	static List<BigDecimal> submittedWeights(List<ScoreSheet> sheets) {
		return sheets.stream().filter(ScoreSheet::submitted).map(ScoreSheet::weighted).toList();
	}

	/** The weighted mean of the submitted sheets among these (see {@link WeightedScores#mean}); null for none. */
	static BigDecimal mean(List<ScoreSheet> sheets) {
		return WeightedScores.mean(submittedWeights(sheets));
	}

	ScoreSheet sheet(ReviewAssignment assignment, AccountName name, long organisationId, List<GridCriterion> criteria) {
		Map<String, ScoreInput> scores = scores(assignment);
		BigDecimal weighted = null;
		if (assignment.submitted() && !criteria.isEmpty()) {
			Map<String, Integer> values = new LinkedHashMap<>();
			scores.forEach((code, input) -> values.put(code, input.score()));
			weighted = WeightedScores.weighted(values, criteria);
		}
		return new ScoreSheet(assignment.id(), assignment.reviewerId(), (name != null) ? name.displayName() : "",
				assignment.declaredNoConflict(), this.conflicts.conflicted(assignment.reviewerId(), organisationId),
				assignment.submitted(), scores, weighted);
	}

	static Map<String, ScoreInput> scores(ReviewAssignment assignment) {
		Map<String, ScoreInput> scores = new LinkedHashMap<>();
		assignment.scores().forEach((score) -> scores.put(score.criterionCode(), score.input()));
		return scores;
	}

}
