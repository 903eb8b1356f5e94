package org.cemc.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.stream.Collectors;

/** Parses case.yaml into a {@link CaseDocument}, turning the parser's complaints into messages naming the field. */
final class CaseDocumentParser {
    private CaseDocumentParser() {
    }

    static CaseDocument parse(CaseSource source) {
        String yaml = source.yaml();
        if (!source.exists(CaseReader.CASE_FILE)) {
            throw new InvalidCaseException(yaml + " does not exist: a case is a folder holding " + CaseReader.CASE_FILE
                    + " and the CSV files it names (see docs/case-format.md).");
        }
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try (Reader reader = source.open(CaseReader.CASE_FILE)) {
            CaseDocument doc = mapper.readValue(reader, CaseDocument.class);
            if (doc == null) {
                throw new InvalidCaseException(yaml + " is empty.");
            }
            return doc;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            throw new InvalidCaseException(yaml + ", field " + path(e) + ": unknown field \"" + e.getPropertyName()
                    + "\"; the fields allowed there are " + known + ".");
        } catch (MismatchedInputException e) {
            String found = e instanceof InvalidFormatException invalid ? ", found \"" + invalid.getValue() + "\"" : "";
            throw new InvalidCaseException(yaml + ", field " + path(e) + ": expected " + expected(e.getTargetType())
                    + found + ".");
        } catch (JsonMappingException e) {
            throw new InvalidCaseException(yaml + ", field " + path(e) + ": cannot be read ("
                    + e.getOriginalMessage() + ").");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new InvalidCaseException(yaml + where + ": not valid YAML (" + e.getOriginalMessage() + ").");
        } catch (IOException e) {
            throw new InvalidCaseException(yaml + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    /** What a YAML value of this Java type looks like, in the words of docs/case-format.md. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list (lines starting with \"- \")";
        }
        return "a mapping of fields (key: value)";
    }

    /** The field in the words of the messages, e.g. {@code guest_evs[0].battery_kwh}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.length() == 0 ? "(top level)" : path.toString();
    }
}
