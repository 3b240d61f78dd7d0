package fr.apec.novapec.laureate;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the published laureate projects for the public showcase. */
@Service
public class LaureateService {

	private final LaureateQueries queries;

	LaureateService(LaureateQueries queries) {
		this.queries = queries;
	}

	/** Every published laureate, the most recent year first, then by name. */
	@Transactional(readOnly = true)
	public List<LaureateCard> publishedLaureates() {
		return this.queries.publishedCards();
	}

	/** Counts over the published laureates only. */
	@Transactional(readOnly = true)
	public ShowcaseFigures figures() {
		return this.queries.figures();
	}

}
