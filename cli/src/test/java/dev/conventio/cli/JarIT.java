package dev.conventio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built self-contained jar as a user does, {@code java -jar conventio-cli-VERSION-all.jar},
 * in a child JVM whose standard streams are pipes.
 */
class JarIT {

    @TempDir
    Path dir;

    /** What the child printed and returned. */
    private static final class Child {
        final int exitCode;
        final String out;
        final String err;

        Child(int exitCode, String out, String err) {
            this.exitCode = exitCode;
            this.out = out;
            this.err = err;
        }
    }

    private static Child java(String stdin, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("conventio.jar");
        assertThat(jar).as("the conventio.jar system property, set by the POM").isNotNull();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar);
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command), stdin);
    }

    /** Runs a script of src/main/sh with sh, on a copy of the jar. */
    private static Child script(String script, Path jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", Path.of("src/main/sh", script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CONVENTIO_JAR", jar.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return run(builder, "");
    }

    private static Child run(ProcessBuilder builder, String stdin) throws IOException, InterruptedException {
        // A locale whose charset is ASCII: the output must be UTF-8 all the same.
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove("LANG");
        Process process = builder.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process, true));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process, false));
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child ends").isTrue();
        return new Child(process.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(Process process, boolean out) {
        try {
            return (out ? process.getInputStream() : process.getErrorStream()).readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theJarIsSelfContainedAndValidatesAFile() throws Exception {
        Path file = Cli.write(dir, "h.json", Cli.document("history.json"));

        Child child = java("", "validate", file.toString());

        assertThat(child.err).as("no progress bar on a pipe").isEmpty();
        assertThat(child.out).isEqualTo("1 file: 1 valid, 0 invalid, 0 errors\n");
        assertThat(child.exitCode).isZero();
    }

    @Test
    void theJarReadsStandardInputAndExitsOneOnAnInvalidDocument() throws Exception {
        Child child = java(ValidateCommandTest.unknownMember(), "validate", "-");

        assertThat(child.exitCode).isEqualTo(1);
        assertThat(child.out).startsWith("<stdin>:3:3: format.field.unknown at /x: ");
    }

    @Test
    void theJarWritesUtf8WhateverTheLocale() throws Exception {
        Child child = java(Cli.document("history.json"), "consolidate", "--as-of", "2020-06-30", "--format", "text", "-");

        assertThat(child.exitCode).isZero();
        assertThat(child.out).contains("Version consolidée au 30 juin 2020", "[avenant n° 2, article 2]");
    }

    @Test
    void theJarReportsItsVersionAndUsageErrors() throws Exception {
        Child version = java("", "--version");
        Child usage = java("", "validate", "--format", "yaml", "x.json");

        assertThat(version.out).startsWith("conventio " + System.getProperty("project.version") + "\n");
        assertThat(usage.exitCode).isEqualTo(2);
        assertThat(usage.err).startsWith("Invalid value for option '--format'");
    }

    @Test
    void theLauncherRunsTheJarWithTheArchiveThatConventioCdsMade() throws Exception {
        Path jar = Files.copy(Path.of(System.getProperty("conventio.jar")), dir.resolve("conventio-cli-1-all.jar"));
        Path file = Cli.write(dir, "h.json", Cli.document("history.json"));

        Child cds = script("conventio-cds", jar);
        Child launched = script("conventio", jar, "validate", file.toString());

        assertThat(cds.exitCode).as(cds.err).isZero();
        assertThat(cds.out).isEqualTo("conventio-cds: wrote " + dir.resolve("conventio-cli-1-all.jsa") + "\n");
        assertThat(dir.resolve("conventio-cli-1-all.jsa")).isNotEmptyFile();
        assertThat(launched.exitCode).as(launched.err).isZero();
        assertThat(launched.out).isEqualTo("1 file: 1 valid, 0 invalid, 0 errors\n");
    }

    @Test
    void conventioCdsTrainsOnTheDocumentsGivenAndLeavesNoArchiveWhenTheirRunFails() throws Exception {
        Path jar = Files.copy(Path.of(System.getProperty("conventio.jar")), dir.resolve("conventio-cli-1-all.jar"));
        Path archive = dir.resolve("conventio-cli-1-all.jsa");
        Path file = Cli.write(dir, "h.json", Cli.document("history.json"));

        Child trained = script("conventio-cds", jar, file.toString());
        boolean archived = Files.size(archive) > 0;
        Child failed = script("conventio-cds", jar, dir.resolve("none.json").toString());

        assertThat(trained.exitCode).as(trained.err).isZero();
        assertThat(trained.out).isEqualTo("conventio-cds: wrote " + archive + "\n");
        assertThat(archived).isTrue();
        assertThat(failed.exitCode).isEqualTo(2);
        assertThat(failed.err).endsWith("conventio-cds: the training run failed (exit 2); no archive written\n");
        assertThat(archive).doesNotExist();
    }

    @Test
    void theLauncherWithoutAJarIsAnError() throws Exception {
        Child child = script("conventio", dir.resolve("none.jar"), "--version");

        assertThat(child.exitCode).isEqualTo(2);
        assertThat(child.err).startsWith("conventio: no conventio-cli-*-all.jar");
    }

    @Test
    void theJarCarriesNoModuleDescriptorOfTheJarsItMerged() throws Exception {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(new File(System.getProperty("conventio.jar")))) {
            assertThat(jar.stream().map(java.util.jar.JarEntry::getName).filter(name -> name.endsWith("module-info.class")))
                    .isEmpty();
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("dev.conventio.cli.Conventio");
        }
        assertThat(Files.size(Path.of(System.getProperty("conventio.jar")))).isGreaterThan(1_000_000L);
    }
}
