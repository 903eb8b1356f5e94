package org.cemc.study.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.cemc.input.InvalidCaseException;
import org.cemc.input.YamlFields;

/**
 * study.yaml as written, before validation (docs/studies.md, "The study file"). Every field is optional here so that
 * a missing one gets a message naming it rather than a parser error; values a variant gives are kept as the text
 * written, as {@link Variant} holds them. Field names are the YAML keys in snake_case.
 */
record StudyFile(String name, @JsonProperty("case") String caseFolder, String zone, String start,
                 RealYearEntry realYear, DatesEntry dates, GuestEvsEntry guestEvs, Long chargerSeed,
                 VariantsEntry variants) {
    static final String FILE = "study.yaml";

    record RealYearEntry(String weather, String loadProfile, Integer year, String houses) {
    }

    record DatesEntry(String from, String to) {
    }

    record GuestEvsEntry(Long seed) {
    }

    /** Either a sweep (each parameter's values, crossed) or a list of named variants, in the file's order. */
    record VariantsEntry(LinkedHashMap<String, List<String>> sweep, List<LinkedHashMap<String, String>> list) {
    }

    /** Parses {@code file}; every problem is one paragraph naming the file and the field. */
    static StudyFile parse(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidCaseException(file + ": cannot be read (" + e.getMessage() + ").");
        }
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        try {
            StudyFile study = mapper.readValue(text, StudyFile.class);
            if (study == null) {
                throw new InvalidCaseException(file + " is empty; docs/studies.md (\"The study file\") shows one.");
            }
            return study;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            throw new InvalidCaseException(file + ", field " + YamlFields.path(e) + ": unknown field \""
                    + e.getPropertyName() + "\"; the fields allowed there are " + known + ".");
        } catch (MismatchedInputException e) {
            throw new InvalidCaseException(file + ", field " + YamlFields.path(e) + ": expected "
                    + YamlFields.expected(e.getTargetType()) + ".");
        } catch (JsonMappingException e) {
            throw new InvalidCaseException(file + ", field " + YamlFields.path(e) + ": cannot be read ("
                    + e.getOriginalMessage() + ").");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new InvalidCaseException(file + where + ": not valid YAML (" + e.getOriginalMessage() + ").");
        }
    }
}
