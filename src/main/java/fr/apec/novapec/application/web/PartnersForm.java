package fr.apec.novapec.application.web;

import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.ApplicationDraft.Partner;
import fr.apec.novapec.application.DraftParts;

import org.springframework.validation.Errors;

/** The partners step: up to five partners, each a name and an optional role, as typed. */
public class PartnersForm {

	static final int ROWS = 5;

	private List<PartnerRow> partners = new ArrayList<>();

	static PartnersForm of(ApplicationDraft draft) {
		PartnersForm form = new PartnersForm();
		for (Partner partner : draft.partners()) {
			PartnerRow row = new PartnerRow();
			row.name = partner.name();
			row.role = partner.role();
			form.partners.add(row);
		}
		return form.padded();
	}

	PartnersForm padded() {
		if (this.partners.size() > ROWS) {
			this.partners = new ArrayList<>(this.partners.subList(0, ROWS));
		}
		while (this.partners.size() < ROWS) {
			this.partners.add(new PartnerRow());
		}
		return this;
	}

	/**
	 * Checks the rows used (a row left blank is skipped); every problem becomes an error on its field.
	 * @return the part to save, or null when there are errors
	 */
	DraftParts.Partners validate(Errors errors) {
		List<Partner> rows = new ArrayList<>();
		int count = Math.min(this.partners.size(), ROWS);
		for (int i = 0; i < count; i++) {
			PartnerRow row = this.partners.get(i);
			String name = Texts.trim(row.name);
			String role = Texts.trim(row.role);
			String field = "partners[" + i + "].";
			if (name == null && role == null) {
				continue;
			}
			if (name == null) {
				errors.rejectValue(field + "name", "application.partner.name.required");
			}
			else if (name.length() > 200) {
				errors.rejectValue(field + "name", "application.partner.name.tooLong");
			}
			if (role != null && role.length() > 200) {
				errors.rejectValue(field + "role", "application.partner.role.tooLong");
			}
			rows.add(new Partner(name, role));
		}
		return errors.hasErrors() ? null : new DraftParts.Partners(rows);
	}

	public List<PartnerRow> getPartners() {
		return this.partners;
	}

	public void setPartners(List<PartnerRow> partners) {
		this.partners = (partners != null) ? partners : new ArrayList<>();
	}

	/** One partner row as typed. */
	public static class PartnerRow {

		private String name;

		private String role;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

	}

}
