package org.cemc.study.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What made a study's results, as one SHA-256: every file of the study's folder (study.yaml, its case and data,
 * by path and content; hidden files and the output folder left out) and the solver options. A job's result
 * depends on nothing else, so equal fingerprints mean results that belong together.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    /**
     * @param studyFolder the folder of study.yaml
     * @param out the study's output folder, left out where it lies inside {@code studyFolder}
     * @param solverOptions the solver options every job runs with, as text (solver, time limit, gap, method)
     */
    public static String of(Path studyFolder, Path out, String solverOptions) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Path outside = out.toAbsolutePath().normalize();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(studyFolder)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(f -> !f.toAbsolutePath().normalize().startsWith(outside))
                        .filter(f -> !isHidden(studyFolder.relativize(f)))
                        .sorted().toList();
            }
            for (Path file : files) {
                digest.update(studyFolder.relativize(file).toString().replace('\\', '/')
                        .getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            digest.update(solverOptions.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the study's files in " + studyFolder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
