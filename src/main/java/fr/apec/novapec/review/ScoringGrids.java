package fr.apec.novapec.review;

import java.util.List;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.selection.CallSettings;
import fr.apec.novapec.selection.SelectionService;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring grid of each call: its criteria read by everyone who reviews or follows a review (reviewers,
 * staff, administrators), the grid edited by an administrator until the call's first score sheet is saved
 * (then read-only). By the security context as well as by the URL rules: anyone else gets
 * {@link org.springframework.security.access.AccessDeniedException}.
 */
@Service
@PreAuthorize("hasAnyRole('REVIEWER','STAFF','ADMIN')")
public class ScoringGrids {

	private final ScoringGridRepository grids;

	private final SelectionService selection;

	ScoringGrids(ScoringGridRepository grids, SelectionService selection) {
		this.grids = grids;
		this.selection = selection;
	}

	/** The call whose grid the administrators' page edits: the Novapec call. */
	@PreAuthorize("hasRole('ADMIN')")
	public CallSettings defaultCall() {
		return this.selection.novapecCall();
	}

	/**
	 * The grid of this call; an empty one when it has none yet.
	 * @throws fr.apec.novapec.selection.CallNotFoundException when there is no such call
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Grid grid(long callId) {
		CallSettings call = this.selection.call(callId);
		this.grids.createIfMissing(callId);
		ScoringGrid grid = this.grids.findById(callId).orElseThrow();
		return new Grid(call.id(), call.title(), grid.criteria().stream().map(Criterion::view).toList(), grid.version(),
				grid.frozen());
	}

	/** The criteria of the call's grid, in order (none when it has no grid). */
	@Transactional(readOnly = true)
	public List<GridCriterion> criteria(long callId) {
		return this.grids.findById(callId)
			.map((grid) -> grid.criteria().stream().map(Criterion::view).toList())
			.orElse(List.of());
	}

	/**
	 * Replaces the criteria of the call's grid by these, in this order, as an administrator edited them on
	 * a page read at {@code readVersion}. The grid is locked meanwhile: the first score of the call waits.
	 * @throws GridFrozenException when a score of the call was saved
	 * @throws GridChangedException when the grid changed since the page was read
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void replace(long callId, List<GridCriterion> criteria, long readVersion, CurrentAccount who) {
		if (criteria.isEmpty() || criteria.stream().map(GridCriterion::code).distinct().count() != criteria.size()) {
			throw new IllegalArgumentException("A grid has criteria with distinct codes");
		}
		this.selection.call(callId);
		this.grids.createIfMissing(callId);
		ScoringGrid grid = this.grids.findForUpdate(callId).orElseThrow();
		grid.replace(criteria, readVersion);
		try {
			this.grids.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new GridChangedException();
		}
	}

	/**
	 * A call's grid as its page shows it.
	 * @param callId the call
	 * @param callTitle its title
	 * @param criteria in order
	 * @param version what an edit sends back
	 * @param frozen whether a score was saved (read-only)
	 */
	public record Grid(long callId, String callTitle, List<GridCriterion> criteria, long version, boolean frozen) {
	}

}
