package fr.apec.novapec.account;

/**
 * An account as other modules name it: who a member is, who acted, where to mail them.
 *
 * @param id the account's id
 * @param email its login, in the normalised form it is stored in
 * @param displayName the name it gave
 * @param enabled whether it may still sign in (a disabled account gets no mail)
 */
public record AccountName(long id, String email, String displayName, boolean enabled) {
}
