package org.hub.web.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes sure the browser tests have what they need on a fresh machine: Debian's {@code chromium}
 * and {@code chromium-driver} (installed with apt-get when missing and running as root) and the
 * {@code axe-core} npm package (installed into {@code target/axe}). When neither is possible the
 * tests are skipped with a message saying what is missing, never failed for the machine's sake.
 */
final class BrowserTools {
    static final String AXE_VERSION = "4.14.1";
    static final Path AXE_FOLDER = Path.of("target", "axe");
    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/lib/chromium/chromium");
    private static final List<String> CHROMEDRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private static final Path SETUP_LOG = Path.of("target", "browser-setup.log");

    private static Tools found;

    record Tools(Path chromium, Path chromedriver, Path axeScript) {}

    private BrowserTools() {}

    /** The tools, installing what is missing; aborts (skips) the calling test when they cannot be had. */
    static synchronized Tools require() {
        if (found != null) {
            return found;
        }
        Optional<Path> chromium = first(CHROMIUM);
        Optional<Path> driver = first(CHROMEDRIVER);
        if ((chromium.isEmpty() || driver.isEmpty()) && isRoot()) {
            run(List.of("apt-get", "update", "-qq"), 600);
            run(
                    List.of(
                            "apt-get",
                            "install",
                            "-y",
                            "-qq",
                            "--no-install-recommends",
                            "chromium",
                            "chromium-driver"),
                    1200);
            chromium = first(CHROMIUM);
            driver = first(CHROMEDRIVER);
        }
        Assumptions.assumeTrue(
                chromium.isPresent() && driver.isPresent(),
                "Browser tests skipped: Debian's chromium and chromium-driver are not installed and could not be"
                        + " installed (apt-get needs root). Install them with: apt-get install chromium chromium-driver");
        Path axe = AXE_FOLDER.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(axe)) {
            try {
                Files.createDirectories(AXE_FOLDER);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            run(
                    List.of(
                            "npm",
                            "install",
                            "--no-audit",
                            "--no-fund",
                            "--no-save",
                            "--prefix",
                            AXE_FOLDER.toAbsolutePath().toString(),
                            "axe-core@" + AXE_VERSION),
                    600);
        }
        Assumptions.assumeTrue(
                Files.isRegularFile(axe),
                "Browser tests skipped: axe-core could not be installed with npm into " + AXE_FOLDER.toAbsolutePath());
        found = new Tools(chromium.get(), driver.get(), axe);
        return found;
    }

    private static Optional<Path> first(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Runs a setup command with its output appended to {@code target/browser-setup.log}; a failure is
     * left for the checks after it. The command must never inherit this JVM's stdin or stdout: under
     * Maven those belong to surefire's channel to the forked test JVM, and apt-get reading from it
     * corrupts the channel and fails the whole build ("std/in stream corrupted").
     */
    private static void run(List<String> command, int timeoutSeconds) {
        try {
            File log = SETUP_LOG.toFile();
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                    .redirectErrorStream(true);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                System.err.println("Browser test setup: " + command + " timed out; see " + SETUP_LOG.toAbsolutePath());
            } else if (process.exitValue() != 0) {
                System.err.println("Browser test setup: " + command + " exited with " + process.exitValue() + "; see "
                        + SETUP_LOG.toAbsolutePath());
            }
        } catch (IOException e) {
            System.err.println("Browser test setup: could not run " + command + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
