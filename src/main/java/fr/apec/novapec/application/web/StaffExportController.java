package fr.apec.novapec.application.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.StaffApplications;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.shared.Csv;
import fr.apec.novapec.shared.Formats;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The staff inbox as a file, for staff and administrators (the URL rules of /gestion/candidatures and
 * {@link StaffApplications}' own check): the list with the filters of the page's address (a value the page would
 * leave out is left out here too), every page, in its order, as an Excel workbook or as a CSV for Excel in French.
 * Rows go from the database to the answer as they come. Not journaled: the journal keeps what is done to one
 * application, and an export reads the list as the inbox page does, which is not journaled either.
 */
@Controller
@RequestMapping(InboxForm.PATH)
class StaffExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final StaffApplications applications;

	private final ReferenceDataService reference;

	private final MessageSource messages;

	private final Clock clock;

	StaffExportController(StaffApplications applications, ReferenceDataService reference, MessageSource messages,
			Clock clock) {
		this.applications = applications;
		this.reference = reference;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/export.xlsx")
	void xlsx(@Valid @ModelAttribute("filters") InboxForm form, BindingResult errors, CurrentAccount who,
			HttpServletResponse response) throws IOException {
		InboxColumns columns = columns();
		try (InboxWorkbook workbook = new InboxWorkbook(columns.text("export.inbox.sheet"), columns.headings())) {
			this.applications.export(who, form.applied(errors).filter(), (row) -> workbook.add(columns.cells(row)));
			download(response, XLSX, "xlsx");
			workbook.write(response.getOutputStream());
		}
	}

	@GetMapping("/export.csv")
	void csv(@Valid @ModelAttribute("filters") InboxForm form, BindingResult errors, CurrentAccount who,
			HttpServletResponse response) throws IOException {
		InboxColumns columns = columns();
		download(response, "text/csv;charset=UTF-8", "csv");
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		try (Csv.Rows rows = Csv.forExcelInFrench(out, columns.headings())) {
			this.applications.export(who, form.applied(errors).filter(), (row) -> {
				try {
					rows.add(columns.cells(row));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	private InboxColumns columns() {
		return new InboxColumns(this.messages, LocaleContextHolder.getLocale(), this.reference);
	}

	/** An attachment named after today in Paris (novapec-candidatures-2026-12-02.xlsx), kept in no cache. */
	private void download(HttpServletResponse response, String mediaType, String extension) {
		String name = "novapec-candidatures-" + LocalDate.now(this.clock.withZone(Formats.PARIS)) + "." + extension;
		response.setContentType(mediaType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().cachePrivate().getHeaderValue());
		response.setHeader("X-Content-Type-Options", "nosniff");
	}

}
