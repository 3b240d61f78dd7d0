/**
 * Laureate projects: the public record of every funded project, whether created when a round is
 * published or loaded as history (the December 2024 laureates). It owns laureate_project and its
 * children (organisations, regions, publics, cities) and showcase_version. Writes go through the
 * {@code LaureateProject} aggregate; the showcase's questions are answered by read models filled by one
 * query each ({@code LaureateQueries}), whose SQL names only these tables and the reference tables: the
 * round that chose a laureate is named by id, its label and committee day copied onto the laureate.
 */
package fr.apec.novapec.laureate;
