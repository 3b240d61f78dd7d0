package fr.apec.novapec.application;

import fr.apec.novapec.account.CurrentAccount;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import fr.apec.novapec.application.ApplicationDraft.City;
import fr.apec.novapec.application.ApplicationDraft.CoFunder;
import fr.apec.novapec.application.ApplicationDraft.Indicator;
import fr.apec.novapec.application.ApplicationDraft.Partner;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.DocumentUpload;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.organisation.MemberRow;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.shared.Formats;
import fr.apec.novapec.shared.mail.MailAttachment;
import fr.apec.novapec.shared.mail.MailOutbox;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of applications: those of a member's organisations, and how many there are in each state.
 */
@Service
public class ApplicationQueries {

	private final JdbcClient jdbc;

	ApplicationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The applications of every organisation the account with this login belongs to, most recently
	 * changed first. Membership is part of the query, so no other organisation's application can appear.
	 */
	@Transactional(readOnly = true)
	public List<ApplicationRow> applicationsOfMember(CurrentAccount who) {
		String email = who.email();
		return this.jdbc.sql("""
				select g.id, g.reference, g.title, o.name as organisation_name, g.status, r.label as round_label,
				       g.updated_at
				from grant_application g
				join organisation o on o.id = g.organisation_id
				join membership m on m.organisation_id = o.id
				join account a on a.id = m.account_id
				left join selection_round r on r.id = g.round_id
				where a.email = :email
				order by g.updated_at desc, g.id desc
				""")
			.param("email", normalise(email))
			.query((rs, row) -> new ApplicationRow(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
					rs.getString("organisation_name"), ApplicationStatus.valueOf(rs.getString("status")),
					rs.getString("round_label"), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/** How many applications are in each state; every state is present, with zero where none is. */
	@Transactional(readOnly = true)
	public Map<ApplicationStatus, Long> countsByStatus() {
		Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
		for (ApplicationStatus status : ApplicationStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) as n from grant_application group by status")
			.query((RowCallbackHandler) (rs) -> counts.put(ApplicationStatus.valueOf(rs.getString("status")),
					rs.getLong("n")));
		return counts;
	}

	private static String normalise(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
