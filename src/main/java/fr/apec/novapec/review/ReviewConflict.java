package fr.apec.novapec.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A reviewer's declared conflict of interest with an organisation, known by its SIRET: it covers every
 * application of that organisation, those submitted after the declaration too, and is never copied onto
 * them. It is not withdrawn.
 */
@Entity
@Table(name = "review_conflict")
class ReviewConflict {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "reviewer_id", nullable = false)
	private long reviewerId;

	@Column(nullable = false)
	private String siret;

	@Column(name = "application_id")
	private Long applicationId;

	@Column(name = "declared_at", nullable = false)
	private Instant declaredAt;

	protected ReviewConflict() {
	}

}
