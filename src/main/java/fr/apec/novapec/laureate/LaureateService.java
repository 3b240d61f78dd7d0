package fr.apec.novapec.laureate;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the published laureate projects for the public showcase and the open data.
 * <p>
 * Answers are cached in memory under the showcase version, a counter that the database bumps in the
 * same transaction as any change to the laureates (see migration V9). Every call reads that counter
 * first, so a publication shows at once on every instance, and otherwise the showcase costs one tiny
 * query per call. These are single reads that need no transaction of their own.
 */
@Service
public class LaureateService {

	private final LaureateQueries queries;

	private final LaureateProjectRepository projects;

	private final Cache<Key, Object> cache = Caffeine.newBuilder()
		.maximumSize(5_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	LaureateService(LaureateQueries queries, LaureateProjectRepository projects) {
		this.queries = queries;
		this.projects = projects;
	}

	/**
	 * Records the beneficiaries the laureate project of this application reached, as approved by staff, in
	 * the caller's transaction: the showcase version changes with it (trigger of V9), so the figure shows at
	 * once where the organisation agreed to publish it.
	 * @return whether the application has a laureate project (when not, nothing changed)
	 * @throws IllegalArgumentException if {@code reached} is negative
	 */
	@Transactional
	public boolean recordReachedBeneficiaries(long applicationId, int reached) {
		return this.projects.findByApplicationId(applicationId).map((project) -> {
			project.recordReachedBeneficiaries(reached);
			return true;
		}).orElse(false);
	}

	/** One page of published laureates matching the filter; best matches first when it searches. */
	public LaureatePage search(LaureateFilter filter) {
		return cached("search", filter, () -> this.queries.search(filter));
	}

	/** The published laureate with this slug; empty when there is none or it is not published. */
	public Optional<Laureate> published(String slug) {
		return cached("slug", slug, () -> this.queries.published(slug));
	}

	/** Every published laureate, most recent year first, then by name. */
	public List<Laureate> allPublished() {
		return cached("all", null, this.queries::allPublished);
	}

	/** The most recently selected published laureates (committee day, or publication day), then by name. */
	public List<Laureate> latest(int count) {
		return cached("latest", count, () -> this.queries.latest(count));
	}

	/** The slugs of every published laureate, for the sitemap. */
	public List<String> publishedSlugs() {
		return cached("slugs", null, this.queries::publishedSlugs);
	}

	/** The years that have published laureates, most recent first. */
	public List<Integer> publishedYears() {
		return cached("years", null, this.queries::publishedYears);
	}

	/** Counts over the published laureates only, and only over published beneficiary figures. */
	public ShowcaseFigures figures() {
		return cached("figures", null, this.queries::figures);
	}

	/** Figures for each of the 18 regions, in the usual order of regions. */
	public List<RegionFigures> regionFigures() {
		return cached("regions", null, this.queries::regionFigures);
	}

	/** The current showcase version: it changes whenever a published laureate changes. */
	public long showcaseVersion() {
		return this.queries.showcaseVersion();
	}

	@SuppressWarnings("unchecked")
	private <T> T cached(String question, Object argument, Supplier<T> answer) {
		Key key = new Key(this.queries.showcaseVersion(), question, argument);
		return (T) this.cache.get(key, (missing) -> answer.get());
	}

	private record Key(long version, String question, Object argument) {
	}

}
