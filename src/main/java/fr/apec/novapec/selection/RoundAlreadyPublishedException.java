package fr.apec.novapec.selection;

import java.time.Instant;

/** The round was published already (by another click, another tab or another person): nothing was changed. */
public class RoundAlreadyPublishedException extends RuntimeException {

	private final Instant publishedAt;

	public RoundAlreadyPublishedException(Long id, Instant publishedAt) {
		super(String.format("The round %d was already published at %s", id, publishedAt));
		this.publishedAt = publishedAt;
	}

	public Instant publishedAt() {
		return this.publishedAt;
	}

}
