/**
 * PDF documents for every feature: {@link fr.apec.novapec.shared.pdf.PdfDocuments} lays out a Thymeleaf
 * template as a tagged, archivable PDF with the portal's embedded fonts. Exposed to the other modules as the
 * named interface {@code pdf}.
 */
@org.springframework.modulith.NamedInterface("pdf")
package fr.apec.novapec.shared.pdf;
