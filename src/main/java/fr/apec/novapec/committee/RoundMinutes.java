package fr.apec.novapec.committee;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.RoundDecisionQueries;
import fr.apec.novapec.application.RoundDecisionQueries.Decision;
import fr.apec.novapec.review.ReviewAssignments;
import fr.apec.novapec.review.ScoreSheet;
import fr.apec.novapec.review.WeightedScores;
import fr.apec.novapec.selection.RoundSummary;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.shared.pdf.PdfDocuments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a committee round as a PDF: each decided application with its weighted score (the mean of
 * its reviewers' submitted sheets, from the review module), the decision, the amount awarded or the reason for
 * a rejection, and the reviewers who recused themselves (declared a conflict of interest). Staff only.
 */
@Service
@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
public class RoundMinutes {

	private final SelectionService selection;

	private final RoundDecisionQueries decisions;

	private final ReviewAssignments reviews;

	private final PdfDocuments pdfs;

	RoundMinutes(SelectionService selection, RoundDecisionQueries decisions, ReviewAssignments reviews,
			PdfDocuments pdfs) {
		this.selection = selection;
		this.decisions = decisions;
		this.reviews = reviews;
		this.pdfs = pdfs;
	}

	/** The file name of the minutes of this round. */
	public static String fileName(long roundId) {
		return "proces-verbal-session-" + roundId + ".pdf";
	}

	/**
	 * The minutes of the round, in the language of the request.
	 * @throws fr.apec.novapec.selection.RoundNotFoundException when there is no such round (a 404)
	 */
	@Transactional(readOnly = true)
	public byte[] pdf(long roundId) {
		RoundSummary round = this.selection.publicationState(roundId).round();
		List<Line> lines = this.decisions.decisions(roundId).stream().map(this::line).toList();
		return this.pdfs.render("committee/minutes",
				Map.of("round", round, "lines", lines, "undecided", this.decisions.tally(roundId).undecided()),
				LocaleContextHolder.getLocale());
	}

	private Line line(Decision decision) {
		ReviewAssignments.Evaluation evaluation = this.reviews.evaluation(decision.applicationId());
		List<String> recused = evaluation.sheets()
			.stream()
			.filter(ScoreSheet::conflicted)
			.map(ScoreSheet::reviewerName)
			.toList();
		return new Line(decision, evaluation.application().organisationName(), WeightedScores.shown(evaluation.mean()),
				recused);
	}

	/**
	 * A line of the minutes.
	 *
	 * @param score the mean weighted score, 2 decimals, or null when no sheet was submitted
	 * @param recused the names of the reviewers who declared a conflict of interest
	 */
	public record Line(Decision decision, String organisationName, BigDecimal score, List<String> recused) {

		public boolean selected() {
			return this.decision.status() == ApplicationStatus.SELECTED;
		}

	}

}
