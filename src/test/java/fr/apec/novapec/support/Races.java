package fr.apec.novapec.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** What the race tests share: waiting on the latch that holds a transaction open, never for ever. */
public final class Races {

	private Races() {
	}

	/** Waits until the latch opens, 30 seconds at most, so that a broken test fails instead of hanging. */
	public static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
