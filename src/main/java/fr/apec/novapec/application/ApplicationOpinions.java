package fr.apec.novapec.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.account.StaffDirectory;
import fr.apec.novapec.account.StaffMember;
import fr.apec.novapec.shared.AuditedAction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional co-review: an application goes to the team of its lead region, and the teams of its other
 * regions record an opinion on it (favourable, reserved or unfavourable, with a comment), one per region,
 * which any of that team may change while the application is submitted or in review. Every staff member
 * reads the opinions on the application's page. Only staff of the team of one of its regions other than the
 * lead one, or an administrator, give one; anyone else gets {@link AccessDeniedException}.
 */
@Service
@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
public class ApplicationOpinions {

	/** The longest comment. */
	public static final int MAX_COMMENT = 5000;

	private final ApplicationOpinionRepository repository;

	private final ApplicationAccess access;

	private final StaffDirectory staff;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApplicationOpinions(ApplicationOpinionRepository repository, ApplicationAccess access, StaffDirectory staff,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.staff = staff;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The opinions recorded on the application, by region code.
	 */
	@Transactional(readOnly = true)
	public List<Opinion> opinions(long applicationId) {
		List<Opinion> opinions = new ArrayList<>();
		for (ApplicationOpinion opinion : this.repository.findByApplicationIdOrderByRegionCode(applicationId)) {
			String author = this.staff.member(opinion.accountId()).map(StaffMember::displayName).orElse(null);
			opinions.add(new Opinion(opinion.regionCode(), opinion.opinion(), opinion.comment(), author, opinion.at(),
					opinion.version()));
		}
		return opinions;
	}

	/**
	 * The regions for which this account may give (or change) an opinion on the application now: its regions
	 * other than the lead one whose team the account belongs to (all of them for an administrator), while
	 * the application is submitted or in review; empty otherwise.
	 */
	@Transactional(readOnly = true)
	public List<String> regionsFor(long applicationId, CurrentAccount who) {
		GrantApplication application = this.access.forStaff(applicationId);
		return open(application) ? regionsFor(application, who) : List.of();
	}

	/**
	 * Records the opinion of the team of this region, or changes it.
	 * @param readVersion the version of the opinion the form showed, or null when it showed none
	 * @throws AccessDeniedException when this account may not speak for this region on this application
	 * @throws OpinionNotRecordedException when the application no longer takes opinions, or the opinion was
	 * changed since the form was read; nothing changed
	 * @throws IllegalArgumentException when the comment is blank or too long
	 */
	@Transactional
	public void give(long applicationId, CurrentAccount who, String regionCode, OpinionKind kind, String comment,
			Long readVersion) {
		if (!who.isStaff()) {
			throw new AccessDeniedException("Staff only");
		}
		if (kind == null || comment == null || comment.isBlank() || comment.length() > MAX_COMMENT) {
			throw new IllegalArgumentException("An opinion and a comment are required");
		}
		// Locked: opinions and changes of state of the application happen one after the other.
		GrantApplication application = this.access.lockedForStaff(applicationId);
		if (!application.visibleToStaff()) {
			throw new ApplicationNotFoundException();
		}
		if (!regionsFor(application, who).contains(regionCode) && open(application)) {
			throw new AccessDeniedException("Only the team of a non-lead region of the application gives an opinion");
		}
		if (!open(application)) {
			throw new OpinionNotRecordedException(applicationId, OpinionNotRecordedException.Reason.CLOSED);
		}
		Instant now = Instant.now(this.clock);
		String text = comment.strip();
		ApplicationOpinion existing = this.repository.findByApplicationIdAndRegionCode(applicationId, regionCode)
			.orElse(null);
		try {
			if (existing == null) {
				if (readVersion != null) {
					throw new OpinionNotRecordedException(applicationId, OpinionNotRecordedException.Reason.STALE);
				}
				this.repository.save(new ApplicationOpinion(applicationId, regionCode, who.id(), kind, text, now));
			}
			else {
				if (readVersion == null || readVersion != existing.version()) {
					throw new OpinionNotRecordedException(applicationId, OpinionNotRecordedException.Reason.STALE);
				}
				existing.change(who.id(), kind, text, now);
			}
			this.repository.flush();
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw new OpinionNotRecordedException(applicationId, OpinionNotRecordedException.Reason.STALE);
		}
		this.events.publishEvent(new AuditedAction(applicationId, who.id(), AuditedAction.Action.OPINION,
				regionCode + " " + kind.name(), text, now));
	}

	/** As {@link #regionsFor(long, CurrentAccount)}, of an application staff have just read. */
	List<String> regionsFor(ApplicationDraft application, CurrentAccount who) {
		return open(application.status()) ? regionsFor(application.leadRegion(), application.regions(), who)
				: List.of();
	}

	private List<String> regionsFor(GrantApplication application, CurrentAccount who) {
		return regionsFor(application.leadRegion(), application.regionCodes(), who);
	}

	private List<String> regionsFor(String lead, java.util.Collection<String> regionCodes, CurrentAccount who) {
		List<String> others = regionCodes.stream().filter((code) -> !code.equals(lead)).sorted().toList();
		if (others.isEmpty() || who.has(Role.ADMIN)) {
			return others;
		}
		if (!who.isStaff()) {
			return List.of();
		}
		Set<String> team = this.staff.regionsOf(who.id());
		return others.stream().filter(team::contains).toList();
	}

	private static boolean open(GrantApplication application) {
		return open(application.status());
	}

	private static boolean open(ApplicationStatus status) {
		return status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.IN_REVIEW;
	}

}
