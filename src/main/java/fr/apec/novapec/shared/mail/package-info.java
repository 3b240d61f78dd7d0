/**
 * Mail for every feature: {@link fr.apec.novapec.shared.mail.MailOutbox} renders a template, queues it in
 * the caller's transaction and delivers it later. Exposed to the other modules as the named interface
 * {@code mail}.
 */
@org.springframework.modulith.NamedInterface("mail")
package fr.apec.novapec.shared.mail;
