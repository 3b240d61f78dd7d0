/**
 * Laureate projects: the public record of every funded project, whether created when a round is
 * published or loaded as history (the December 2024 laureates). It answers the showcase's questions
 * through read models filled by one query each.
 */
package fr.apec.novapec.laureate;
