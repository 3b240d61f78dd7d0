package fr.apec.novapec.shared.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
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
 * The portal's PDF documents (an application, a decision letter): a Thymeleaf template (labels from the message
 * bundle, amounts and dates through {@code @formats}, as on the pages), parsed by jsoup and laid out by
 * openhtmltopdf. The PDF is tagged (PDF/UA) and archivable (PDF/A-3u), with the title and language its template
 * gives, and embeds the DejaVu Sans font shipped in the jar, so accents and typographic spaces come out right on
 * any machine; a character it has no glyph for, such as most emoji, is written as its name (see
 * {@link PrintableText}). Templates must be well-formed XHTML.
 */
@Component
public class PdfDocuments {

	/** The media type of what {@link #render} returns. */
	public static final String MEDIA_TYPE = "application/pdf";

	private static final String FONT_FAMILY = "DejaVu Sans";

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	private final byte[] regular;

	private final byte[] bold;

	private final PrintableText printable;

	private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	PdfDocuments(ITemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.context = context;
		this.regular = font("fonts/DejaVuSans.ttf");
		this.bold = font("fonts/DejaVuSans-Bold.ttf");
		this.printable = PrintableText.forFonts(this.regular, this.bold);
		// openhtmltopdf writes a few INFO lines to the console for every PDF; only its warnings are worth a line.
		XRLog.listRegisteredLoggers().forEach((name) -> XRLog.setLevel(name, java.util.logging.Level.WARNING));
	}

	/**
	 * The PDF of this template in this language.
	 * @param template a template name, as for a page ({@code application/pdf})
	 * @param variables the template's variables
	 */
	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		// @formats writes amounts and dates in the locale of the thread: the PDF's, for the time it takes.
		LocaleContextHolder.setLocale(locale);
		try {
			Context model = new Context(locale, variables);
			model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
					new ThymeleafEvaluationContext(this.context, null));
			return layOut(this.templates.process(template, model));
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
			builder.useFont(() -> new ByteArrayInputStream(this.regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(this.bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
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
