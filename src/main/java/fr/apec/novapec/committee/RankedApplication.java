package fr.apec.novapec.committee;

import java.math.BigDecimal;

import fr.apec.novapec.application.RoundApplication;

/**
 * An application of a round with its weighted score.
 * @param score the weighted mean of its submitted score sheets, or null while none is submitted
 */
public record RankedApplication(RoundApplication application, BigDecimal score) {

}
