package fr.apec.novapec;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Novapec portal: ESS organisations apply for grants, Apec staff select laureates inside the
 * annual budget, and the public browses the laureates.
 */
@SpringBootApplication
public class NovapecApplication {

	public static void main(String[] args) {
		SpringApplication.run(NovapecApplication.class, args);
	}

}
