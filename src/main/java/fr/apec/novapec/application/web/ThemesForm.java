package fr.apec.novapec.application.web;

import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.DraftParts;
import fr.apec.novapec.reference.ReferenceCode;
import fr.apec.novapec.reference.ReferenceKind;

/**
 * The themes and publics step: one theme (radio buttons), the publics (check boxes). A code the page does not
 * offer (a crafted request) is an error on its field.
 */
public class ThemesForm {

	@ReferenceCode(value = ReferenceKind.THEME, message = "{application.theme.unknown}")
	private String theme;

	@ReferenceCode(value = ReferenceKind.PUBLIC, message = "{application.publics.unknown}")
	private List<String> publics = new ArrayList<>();

	static ThemesForm of(ApplicationDraft draft) {
		ThemesForm form = new ThemesForm();
		form.theme = draft.themeCode();
		form.publics = new ArrayList<>(draft.publics());
		return form;
	}

	/** The part to save, the publics in the order of {@code publicCodes}. */
	DraftParts.ThemeAndPublics toPart(List<String> publicCodes) {
		return new DraftParts.ThemeAndPublics(Texts.trim(this.theme),
				publicCodes.stream().filter(this.publics::contains).toList());
	}

	public String getTheme() {
		return this.theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public List<String> getPublics() {
		return this.publics;
	}

	public void setPublics(List<String> publics) {
		this.publics = (publics != null) ? publics : new ArrayList<>();
	}

}
