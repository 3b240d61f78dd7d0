package fr.apec.novapec.support;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Nu HTML Checker as the accessibility tests run it: a valid page passes, and what HTML does not allow
 * (an attribute it does not know, such as htmx's short form, a duplicate id, an element where it cannot
 * be) is an error, so that a page checked with no error is one the checker really read.
 */
class HtmlValidatorTests {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="fr">
			<head><meta charset="utf-8"><title>Les projets lauréats</title></head>
			<body>
			<main id="contenu">
			<h1>Les projets lauréats</h1>
			<form id="filtres" method="get" action="/laureats" %s>
			<label for="q">Rechercher</label> <input id="q" name="q" type="search">
			<button type="submit">Filtrer</button>
			</form>
			%s
			</main>
			</body>
			</html>
			""";

	@Test
	void aValidPageHasNoErrorEvenWithHtmxDataAttributes() {
		assertThat(HtmlValidator.errors(PAGE.formatted("data-hx-get=\"/laureats\" data-hx-target=\"#resultats\"", "")))
			.isEmpty();
	}

	@Test
	void anAttributeHtmlDoesNotAllowIsAnError() {
		List<String> errors = HtmlValidator.errors(PAGE.formatted("hx-get=\"/laureats\" hx-target=\"#resultats\"", ""));
		assertThat(errors).hasSize(2)
			.anySatisfy((error) -> assertThat(error).startsWith("7:").contains("Attribute “hx-get” not allowed"))
			.anySatisfy((error) -> assertThat(error).contains("Attribute “hx-target” not allowed"));
	}

	@Test
	void aDuplicateIdAndAListItemOutsideAListAreErrors() {
		assertThat(HtmlValidator.errors(PAGE.formatted("", "<p id=\"q\">Doublon</p>"))).singleElement()
			.asString().contains("Duplicate ID “q”");
		assertThat(HtmlValidator.errors(PAGE.formatted("", "<li>Seul</li>"))).singleElement()
			.asString().contains("Element “li” not allowed as child of element “main”");
	}

	@Test
	void aPageWithoutItsDoctypeAndTitleIsAnError() {
		assertThat(HtmlValidator.errors("<html lang=\"fr\"><body><p>Rien</p></body></html>")).hasSizeGreaterThanOrEqualTo(2)
			.anySatisfy((error) -> assertThat(error).containsIgnoringCase("doctype"))
			.anySatisfy((error) -> assertThat(error).contains("“title”"));
	}

}
