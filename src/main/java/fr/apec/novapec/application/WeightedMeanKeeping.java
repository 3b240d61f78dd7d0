package fr.apec.novapec.application;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each application's weighted mean, as the review module computes it ({@link WeightedMeanChanged}), in
 * the application's own table, where the staff inbox filters and sorts on it. Inside the transaction that
 * changed the scores, so that the two are committed or rolled back together.
 */
@Component
class WeightedMeanKeeping {

	private final GrantApplicationRepository repository;

	WeightedMeanKeeping(GrantApplicationRepository repository) {
		this.repository = repository;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void keep(WeightedMeanChanged changed) {
		this.repository.findForUpdate(changed.applicationId())
			.orElseThrow(ApplicationNotFoundException::new)
			.scored(changed.weightedMean());
		this.repository.flush();
	}

}
