package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.application.ApplicationDraft.City;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregate's step saves against the database's links between its children: a city lies in one of the
 * application's regions and beneficiaries are planned for a public it targets, so each save must write its
 * rows in an order the foreign keys accept, whatever changes at once; and the history is only appended to.
 */
@IntegrationTest
class GrantApplicationStepSavesTests {

	@Autowired
	Applications applications;

	@Autowired
	ApplicationDrafting drafting;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestApplications test;

	@Test
	void regionsCitiesAndTheLeadChangeTogetherInOneSave() {
		TestApplications.Draft draft = this.test.newDraft("Territoires changeants");
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Territories(List.of("11", "76"), "11",
				List.of(new City("Paris", "11", false), new City("Montpellier", "76", true))));
		// A region goes with its city, another comes with a new one, the lead moves, a city stays.
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Territories(List.of("76", "84"), "84",
				List.of(new City("Montpellier", "76", true), new City("Lyon", "84", false))));
		ApplicationDraft saved = this.applications.draft(draft.id(), as(draft.member()));
		assertThat(saved.regions()).containsExactlyInAnyOrder("76", "84");
		assertThat(saved.leadRegion()).isEqualTo("84");
		assertThat(saved.cities()).containsExactly(new City("Montpellier", "76", true), new City("Lyon", "84", false));
		assertThat(this.jdbc.sql("select position from application_city where application_id = ? order by position")
			.param(draft.id())
			.query(Integer.class)
			.list()).containsExactly(1, 2);
		// And back to no region at all.
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Territories(List.of(), null, List.of()));
		saved = this.applications.draft(draft.id(), as(draft.member()));
		assertThat(saved.regions()).isEmpty();
		assertThat(saved.cities()).isEmpty();
	}

	@Test
	void aPublicUntickedTakesItsBeneficiariesAndTheTotalFollows() {
		TestApplications.Draft draft = this.test.newDraft("Publics changeants");
		this.drafting.save(draft.id(), as(draft.member()),
				new DraftParts.ThemeAndPublics("emploi", List.of("cadres", "jeunes-diplomes")));
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Schedule(
				Map.of("cadres", 40, "jeunes-diplomes", 25), LocalDate.of(2027, 3, 1), 18));
		assertThat(this.test.row(draft.id())).containsEntry("planned_beneficiaries", 65);
		this.drafting.save(draft.id(), as(draft.member()),
				new DraftParts.ThemeAndPublics("emploi", List.of("cadres")));
		ApplicationDraft saved = this.applications.draft(draft.id(), as(draft.member()));
		assertThat(saved.publics()).containsExactly("cadres");
		assertThat(saved.planned()).containsExactly(Map.entry("cadres", 40));
		assertThat(this.test.row(draft.id())).containsEntry("planned_beneficiaries", 40);
		// Beneficiaries for a public not targeted are left out.
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Schedule(
				Map.of("cadres", 10, "jeunes-diplomes", 5), LocalDate.of(2027, 3, 1), 18));
		assertThat(this.applications.draft(draft.id(), as(draft.member())).planned())
			.containsExactly(Map.entry("cadres", 10));
	}

	@Test
	void listsAreRenumberedFromOneAndReplacedWhole() {
		TestApplications.Draft draft = this.test.newDraft("Listes");
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Budget(new BigDecimal("1000.00"),
				new BigDecimal("500.00"), List.of(new ApplicationDraft.CoFunder("A", new BigDecimal("10.00")),
						new ApplicationDraft.CoFunder("B", new BigDecimal("20.00")))));
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Budget(new BigDecimal("1000.00"),
				new BigDecimal("500.00"), List.of(new ApplicationDraft.CoFunder("B", new BigDecimal("20.00")))));
		assertThat(this.applications.draft(draft.id(), as(draft.member())).coFunders())
			.containsExactly(new ApplicationDraft.CoFunder("B", new BigDecimal("20.00")));
		assertThat(this.jdbc.sql("select position from co_funder where application_id = ?")
			.param(draft.id())
			.query(Integer.class)
			.list()).containsExactly(1);
	}

	@Test
	void theHistoryIsOnlyAppendedTo() {
		TestApplications.Draft draft = this.test.newSubmitted("Historique");
		List<Long> before = historyIds(draft);
		this.test.transitions().withdraw(draft.id(), as(draft.member()), "Plus besoin");
		List<Long> after = historyIds(draft);
		assertThat(after).hasSize(before.size() + 1).startsWith(before.toArray(new Long[0]));
		assertThat(this.applications.history(draft.id(), as(draft.member()))).last()
			.satisfies((change) -> assertThat(change.reason()).isEqualTo("Plus besoin"));
	}

	private List<Long> historyIds(TestApplications.Draft draft) {
		return this.jdbc.sql("select id from application_status_change where application_id = ? order by id")
			.param(draft.id())
			.query(Long.class)
			.list();
	}

}
