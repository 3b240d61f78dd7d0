package fr.apec.novapec.laureate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A city where a laureate project acts, at its place in the order they are named (from 1);
 * {@code priorityNeighbourhood} flags a quartier prioritaire de la ville (QPV).
 */
@Embeddable
record LaureateCity(@Column(name = "position", nullable = false) short position,
		@Column(name = "name", nullable = false) String name,
		@Column(name = "region_code", nullable = false, length = 2) String regionCode,
		@Column(name = "priority_neighbourhood", nullable = false) boolean priorityNeighbourhood) {
}
