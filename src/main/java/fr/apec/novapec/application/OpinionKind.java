package fr.apec.novapec.application;

/** What a regional team thinks of a multiregional application it co-reviews. */
public enum OpinionKind {

	FAVOURABLE, RESERVED, UNFAVOURABLE

}
