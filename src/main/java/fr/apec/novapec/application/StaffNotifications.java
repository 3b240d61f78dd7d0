package fr.apec.novapec.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.apec.novapec.account.StaffDirectory;
import fr.apec.novapec.account.StaffMember;
import fr.apec.novapec.shared.Formats;
import fr.apec.novapec.shared.mail.MailOutbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the staff of an application's regional teams (every region of it, lead or not) that it was submitted,
 * resubmitted or that its applicant wrote, as each chose on its account page: a mail at each event, queued
 * in the transaction of the event; a daily digest, for which the event is kept in application_staff_notice
 * until the morning job mails it; or nothing. A mail never carries what the applicant wrote, only a link.
 * <p>
 * The notices are a mail queue rather than part of the application's aggregate, so they stay plain SQL like
 * the outbox they feed. The digest claims its notices with one {@code update ... returning} over rows locked
 * with {@code skip locked}: two instances running the job at once never mail the same notice twice.
 */
@Component
class StaffNotifications {

	/** What staff are told of. */
	enum Event {

		SUBMITTED, RESUBMITTED, MESSAGE

	}

	private final StaffDirectory staff;

	private final MailOutbox mail;

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffNotifications(StaffDirectory staff, MailOutbox mail, JdbcClient jdbc, Clock clock) {
		this.staff = staff;
		this.mail = mail;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Tells the staff of the application's regions of this event, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	void tell(GrantApplication application, Event event) {
		Instant now = Instant.now(this.clock);
		for (StaffMember member : this.staff.staffOfRegions(application.regionCodes())) {
			switch (member.notification()) {
				case EACH_EVENT -> {
					Map<String, Object> model = new LinkedHashMap<>();
					model.put("name", member.displayName());
					model.put("event", event.name());
					model.put("applicationId", application.id());
					model.put("reference", application.reference());
					model.put("title", application.title());
					this.mail.enqueue(member.email(), java.util.Locale.FRANCE, "staff-application-event", model, List.of(),
							new org.springframework.context.support.DefaultMessageSourceResolvable(
									"mail.staff-application-event.event." + event.name()),
							application.reference());
				}
				case DAILY_DIGEST -> this.jdbc.sql("""
						insert into application_staff_notice (application_id, account_id, event, at)
						values (:application, :account, :event, :at)""")
					.param("application", application.id())
					.param("account", member.id())
					.param("event", event.name())
					.param("at", Timestamp.from(now))
					.update();
				case NEVER -> {
				}
			}
		}
	}

	/** The morning job: the digest of the previous days' events (see {@link #sendDigests(Instant)}). */
	@Scheduled(cron = "${novapec.staff-digest.cron:0 0 7 * * *}", zone = "Europe/Paris")
	@Transactional
	public void sendDigests() {
		sendDigests(ZonedDateTime.now(this.clock.withZone(Formats.PARIS)).toLocalDate().atStartOfDay(Formats.PARIS)
			.toInstant());
	}

	/**
	 * Mails each staff member one digest of its notices of events before this instant not yet sent, and marks
	 * them sent, in one transaction.
	 * @return how many digests were queued
	 */
	@Transactional
	int sendDigests(Instant before) {
		List<Notice> notices = this.jdbc.sql("""
				with claimed as (
				    select id from application_staff_notice
				    where sent_at is null and at < :before
				    order by id
				    for update skip locked)
				update application_staff_notice n set sent_at = :now
				from claimed, grant_application a
				where n.id = claimed.id and a.id = n.application_id
				returning n.account_id, n.application_id, a.reference, a.title, n.event, n.at""")
			.param("before", Timestamp.from(before))
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.query((rs, row) -> new Notice(rs.getLong("account_id"), rs.getLong("application_id"),
					rs.getString("reference"), rs.getString("title"), rs.getString("event"),
					rs.getTimestamp("at").toInstant()))
			.list();
		Map<Long, List<Notice>> byAccount = new LinkedHashMap<>();
		for (Notice notice : notices) {
			byAccount.computeIfAbsent(notice.accountId(), (id) -> new ArrayList<>()).add(notice);
		}
		int sent = 0;
		for (Map.Entry<Long, List<Notice>> entry : byAccount.entrySet()) {
			// A member who left the staff, or changed its mind since, gets nothing: the notices are dropped.
			Optional<StaffMember> member = this.staff.member(entry.getKey());
			if (member.isEmpty() || member.get().notification() != fr.apec.novapec.account.StaffNotification.DAILY_DIGEST) {
				continue;
			}
			List<Notice> items = entry.getValue().stream()
				.sorted(java.util.Comparator.comparing(Notice::at))
				.toList();
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("name", member.get().displayName());
			model.put("notices", items);
			this.mail.enqueue(member.get().email(), java.util.Locale.FRANCE, "staff-digest", model, List.of(),
					items.size());
			sent++;
		}
		return sent;
	}

	/** One event of a digest. */
	public record Notice(long accountId, long applicationId, String reference, String title, String event,
			Instant at) {
	}

}
