package fr.apec.novapec.laureate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An organisation named by a laureate project: a carrier or a partner, at its place in the order they are
 * named (carriers and partners share one numbering, from 1).
 */
@Embeddable
record LaureateOrganisation(@Column(name = "position", nullable = false) short position,
		@Column(name = "name", nullable = false) String name,
		@Enumerated(EnumType.STRING) @Column(name = "role", nullable = false, length = 10) Role role) {

	enum Role {

		CARRIER, PARTNER

	}

}
