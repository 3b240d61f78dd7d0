package fr.apec.novapec.budget;

import java.math.BigDecimal;

/** What the rest of the portal may know of a programme year: its year and its budget. */
public record AnnualBudget(int year, BigDecimal budget) {
}
