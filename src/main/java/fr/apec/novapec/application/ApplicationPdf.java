package fr.apec.novapec.application;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.reference.Region;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The whole application as a PDF, the document a member keeps and the receipt carries: rendered from
 * {@code templates/application/pdf.html} (labels from the message bundle, amounts and dates through
 * {@code @formats}, as on the pages), parsed by jsoup and laid out by openhtmltopdf. The PDF is tagged
 * (PDF/UA) and archivable (PDF/A-3u), with its title and language, and embeds the DejaVu Sans font
 * shipped in the jar, so accents and typographic spaces come out right on any machine; a character it
 * has no glyph for, such as most emoji, is written as its name (see {@link PrintableText}).
 */
@Component
class ApplicationPdf {

	static final String MEDIA_TYPE = "application/pdf";

	private static final String FONT_FAMILY = "DejaVu Sans";

	private final ITemplateEngine templates;

	private final ReferenceDataService reference;

	private final ApplicationContext context;

	private final byte[] regular;

	private final byte[] bold;

	private final PrintableText printable;

	private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	ApplicationPdf(ITemplateEngine templates, ReferenceDataService reference, ApplicationContext context) {
		this.templates = templates;
		this.reference = reference;
		this.context = context;
		this.regular = font("fonts/DejaVuSans.ttf");
		this.bold = font("fonts/DejaVuSans-Bold.ttf");
		this.printable = PrintableText.forFonts(this.regular, this.bold);
		// openhtmltopdf writes a few INFO lines to the console for every PDF; only its warnings are worth a line.
		XRLog.listRegisteredLoggers().forEach((name) -> XRLog.setLevel(name, java.util.logging.Level.WARNING));
	}

	/** The file name under which the PDF of this application is downloaded or attached. */
	static String fileName(long applicationId) {
		return "candidature-" + applicationId + ".pdf";
	}

	/**
	 * The PDF of the application in this language.
	 * @param filing the organisation's SIRET, and when and by whom it was last submitted (null for a draft)
	 * @param attestation who certified it at its last submission, or null when nobody has
	 * @param documents the documents of its vault attached to it
	 */
	byte[] render(ApplicationDraft draft, Filing filing, Attestation attestation, List<DocumentRow> documents,
			Locale locale) {
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		// @formats writes amounts and dates in the locale of the thread: the PDF's, for the time it takes.
		LocaleContextHolder.setLocale(locale);
		try {
			Context variables = new Context(locale);
			variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
					new ThymeleafEvaluationContext(this.context, null));
			variables.setVariable("draft", draft);
			variables.setVariable("submittedAt", filing.submittedAt());
			variables.setVariable("filing", filing);
			variables.setVariable("attestation", attestation);
			variables.setVariable("documents", documents);
			variables.setVariable("regions", this.reference.regions()
				.stream()
				.collect(Collectors.toMap(Region::code, Function.identity())));
			String html = this.templates.process("application/pdf", variables);
			return layOut(html);
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	private byte[] layOut(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
			builder.useColorProfile(this.srgb);
			builder.useFont(() -> new java.io.ByteArrayInputStream(this.regular), FONT_FAMILY, 400, FontStyle.NORMAL,
					true);
			builder.useFont(() -> new java.io.ByteArrayInputStream(this.bold), FONT_FAMILY, 700, FontStyle.NORMAL,
					true);
			builder.withProducer("Novapec");
			Document document = Jsoup.parse(html);
			// A character the fonts cannot draw would print as « # »: each text says it by its name instead.
			document.traverse((node, depth) -> {
				if (node instanceof TextNode text) {
					text.text(this.printable.of(text.getWholeText()));
				}
			});
			builder.withW3cDocument(new W3CDom().fromJsoup(document), "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] font(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The font " + path + " is missing from the jar", ex);
		}
	}

}
