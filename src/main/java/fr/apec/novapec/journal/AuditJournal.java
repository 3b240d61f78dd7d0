package fr.apec.novapec.journal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.apec.novapec.account.AccountName;
import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.shared.AuditedAction;
import fr.apec.novapec.shared.Formats;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit journal: it appends every {@link AuditedAction} published in the portal, in the transaction of the
 * action (so an action and its line are committed or rolled back together), and gives it to staff, for one
 * application or as a whole, newest first, with the names of who acted. Lines are never changed nor removed:
 * there is no method for it, and the database refuses it anyway.
 */
@Service
public class AuditJournal {

	private final JournalQueries queries;

	private final AccountService accounts;

	AuditJournal(JournalQueries queries, AccountService accounts) {
		this.queries = queries;
		this.accounts = accounts;
	}

	/**
	 * Appends the action, synchronously, in the transaction that published it: an action published outside a
	 * transaction is a mistake of its module, refused here rather than journalled apart from its action.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(AuditedAction action) {
		this.queries.insert(action);
	}

	/** Every line of the application's journal, newest first, with who acted; staff and administrators only. */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional(readOnly = true)
	public List<JournalEntry> entriesOf(long applicationId) {
		return named(this.queries.ofApplication(applicationId));
	}

	/**
	 * One page of the whole journal narrowed by the filter, newest first, in a fixed number of statements
	 * whatever the page's size: the accounts matching the actor searched (when there is one), the count, the
	 * page's lines, then the names of their actors.
	 * @param page from 1; a page past the end is empty
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional(readOnly = true)
	public JournalPage page(JournalFilter filter, int page, int size) {
		Long[] actors = (filter.actor() != null && !filter.actor().isBlank())
				? this.accounts.idsMatching(filter.actor()).toArray(Long[]::new) : null;
		JournalQueries.Criteria criteria = new JournalQueries.Criteria(filter.action(), actors, filter.applicationId(),
				(filter.from() != null) ? filter.from().atStartOfDay(Formats.PARIS).toInstant() : null,
				(filter.to() != null) ? filter.to().plusDays(1).atStartOfDay(Formats.PARIS).toInstant() : null);
		int number = Math.max(page, 1);
		long total = this.queries.count(criteria);
		List<JournalEntry> items = named(this.queries.page(criteria, size, (long) (number - 1) * size));
		return new JournalPage(items, total, number, size);
	}

	private List<JournalEntry> named(List<JournalQueries.Row> rows) {
		List<Long> ids = rows.stream().map(JournalQueries.Row::actorId).filter(Objects::nonNull).distinct().toList();
		Map<Long, AccountName> names = ids.isEmpty() ? Map.of() : this.accounts.names(ids);
		return rows.stream().map((row) -> {
			AccountName name = (row.actorId() != null) ? names.get(row.actorId()) : null;
			return new JournalEntry(row.id(), row.applicationId(), row.actorId(),
					(name != null) ? name.displayName() : null, (name != null) ? name.email() : null, row.action(),
					row.detail(), row.reason(), row.at());
		}).toList();
	}

}
