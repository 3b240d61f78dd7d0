package fr.apec.novapec.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Example dates for the hints of date fields, as typed ({@code 01/03/2027}), computed from today so that an
 * example is never a day already past. Templates call it as {@code ${@exampleDates.projectStart()}}.
 */
@Component("exampleDates")
public class ExampleDates {

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final Clock clock;

	ExampleDates(Clock clock) {
		this.clock = clock;
	}

	/** A plausible start for a project applied for today: the first day of the month three months ahead. */
	public String projectStart() {
		return TYPED.format(LocalDate.now(this.clock).plusMonths(3).withDayOfMonth(1));
	}

	/** A plausible end of validity for a certificate: the last day of next year. */
	public String endOfValidity() {
		return TYPED.format(LocalDate.of(LocalDate.now(this.clock).getYear() + 1, 12, 31));
	}

}
