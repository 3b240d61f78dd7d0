/**
 * The public face of the portal, read-only and open to all: the home page with the programme's key
 * figures and the laureate showcase.
 */
package fr.apec.novapec.showcase;
