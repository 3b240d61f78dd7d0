package fr.apec.novapec.application;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static fr.apec.novapec.application.ApplicationStatus.DRAFT;
import static fr.apec.novapec.application.ApplicationStatus.IN_REVIEW;
import static fr.apec.novapec.application.ApplicationStatus.REJECTED;
import static fr.apec.novapec.application.ApplicationStatus.RETURNED;
import static fr.apec.novapec.application.ApplicationStatus.SELECTED;
import static fr.apec.novapec.application.ApplicationStatus.SUBMITTED;
import static fr.apec.novapec.application.ApplicationStatus.WITHDRAWN;

/**
 * The application lifecycle of DESIGN.md as data: for each state, the states it may go to and who may
 * take it there. Every other change is refused. A new application is created as a DRAFT by an applicant
 * (a change from no state, which this table represents with {@code null}).
 */
public final class Lifecycle {

	private static final Map<ApplicationStatus, Map<ApplicationStatus, Actor>> ALLOWED = new EnumMap<>(
			ApplicationStatus.class);

	static {
		allow(DRAFT, SUBMITTED, Actor.APPLICANT);
		allow(SUBMITTED, RETURNED, Actor.STAFF);
		allow(RETURNED, SUBMITTED, Actor.APPLICANT);
		allow(SUBMITTED, IN_REVIEW, Actor.STAFF);
		// Staff of the lead region's team find it not eligible, with a reason mailed to its members.
		allow(SUBMITTED, REJECTED, Actor.STAFF);
		allow(IN_REVIEW, SELECTED, Actor.COMMITTEE);
		allow(IN_REVIEW, REJECTED, Actor.COMMITTEE);
		allow(DRAFT, WITHDRAWN, Actor.APPLICANT);
		allow(SUBMITTED, WITHDRAWN, Actor.APPLICANT);
		allow(RETURNED, WITHDRAWN, Actor.APPLICANT);
	}

	private Lifecycle() {
	}

	private static void allow(ApplicationStatus from, ApplicationStatus to, Actor by) {
		ALLOWED.computeIfAbsent(from, (status) -> new EnumMap<>(ApplicationStatus.class)).put(to, by);
	}

	/** The states this one may go to, each with who may make the change; empty for a final state. */
	public static Map<ApplicationStatus, Actor> next(ApplicationStatus from) {
		return Collections.unmodifiableMap(ALLOWED.getOrDefault(from, Map.of()));
	}

	/** Who may change an application from this state ({@code null}: creation) to that one, if anyone. */
	public static Optional<Actor> actorFor(ApplicationStatus from, ApplicationStatus to) {
		if (from == null) {
			return (to == DRAFT) ? Optional.of(Actor.APPLICANT) : Optional.empty();
		}
		return Optional.ofNullable(next(from).get(to));
	}

	/** Whether this actor may make this change. */
	public static boolean allows(ApplicationStatus from, ApplicationStatus to, Actor by) {
		return actorFor(from, to).map((actor) -> actor == by).orElse(false);
	}

	/**
	 * Checks the change.
	 * @throws IllegalTransitionException when the table does not allow it to this actor
	 */
	static void check(long applicationId, ApplicationStatus from, ApplicationStatus to, Actor by) {
		if (!allows(from, to, by)) {
			throw new IllegalTransitionException(applicationId, from, to, by);
		}
	}

	/** Whether an applicant may still change what the application says. */
	public static boolean editable(ApplicationStatus status) {
		return status == DRAFT || status == RETURNED;
	}

}
