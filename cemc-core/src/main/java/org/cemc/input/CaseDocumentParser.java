package org.cemc.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses case.yaml into a {@link CaseDocument}, turning the parser's complaints into messages naming the field.
 * The file's size is checked before parsing, and the parser is held to the caps on text, numbers and nesting
 * ({@link SizeCaps}).
 */
final class CaseDocumentParser {
    private static final String TOO_LONG_TEXT = "text of %d characters, more than the cap of "
            + SizeCaps.YAML_TEXT_CHARS + " for any text in " + CaseReader.CASE_FILE;

    /** Jackson's message when a number is too long, e.g. "Number value length (202) exceeds ...". */
    private static final Pattern NUMBER_LENGTH = Pattern.compile("^Number value length \\((\\d+)\\)");

    private CaseDocumentParser() {
    }

    static CaseDocument parse(CaseSource source) {
        String yaml = source.yaml();
        if (!source.exists(CaseReader.CASE_FILE)) {
            throw new InvalidCaseException(yaml + " does not exist: a case is a folder holding " + CaseReader.CASE_FILE
                    + " and the CSV files it names (see docs/case-format.md).");
        }
        SizeCaps.check(source.files(), CaseReader.CASE_FILE, SizeCaps.CASE_YAML_BYTES, CaseReader.CASE_FILE,
                "give the houses and guest EVs as CSV tables (" + CaseKeys.HOUSES + ": " + CaseWriter.HOUSE_LIST_FILE
                        + ", " + CaseKeys.GUEST_EVS + ": " + CaseWriter.GUEST_EV_LIST_FILE + ") so that "
                        + CaseReader.CASE_FILE + " keeps the communities, prices and options only");
        String text = text(source);
        ObjectMapper mapper = new ObjectMapper(yamlFactory())
                .registerModule(new SimpleModule().addDeserializer(String.class, new CappedText()))
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try {
            CaseDocument doc = mapper.readValue(text, CaseDocument.class);
            if (doc == null) {
                throw new InvalidCaseException(yaml + " is empty.");
            }
            return doc;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            throw new InvalidCaseException(yaml + ", field " + YamlFields.path(e) + ": unknown field \""
                    + e.getPropertyName() + "\"; the fields allowed there are " + known + ".");
        } catch (MismatchedInputException e) {
            String found = e instanceof InvalidFormatException invalid ? ", found \"" + invalid.getValue() + "\"" : "";
            String path = YamlFields.path(e);
            String table = path.equals(CaseKeys.HOUSES) || path.equals(CaseKeys.GUEST_EVS)
                    ? " or the name of a CSV table" : "";
            throw new InvalidCaseException(yaml + ", field " + path + ": expected "
                    + YamlFields.expected(e.getTargetType()) + table + found + ".");
        } catch (JsonMappingException e) {
            String problem = e.getCause() instanceof StreamConstraintsException capped ? overCap(capped)
                    : e instanceof TooLongText ? e.getOriginalMessage()
                    : e instanceof ValueInstantiationException && e.getCause() != null ? e.getCause().getMessage()
                    : "cannot be read (" + e.getOriginalMessage() + ")";
            throw new InvalidCaseException(yaml + ", field " + YamlFields.path(e) + ": " + problem + ".");
        } catch (StreamConstraintsException e) {
            String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new InvalidCaseException(yaml + where + ": " + overCap(e) + ".");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new InvalidCaseException(yaml + where + ": not valid YAML (" + e.getOriginalMessage() + ").");
        } catch (IOException e) {
            throw new InvalidCaseException(yaml + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    /**
     * case.yaml's text, once its size is known to be within the cap, refused when a run of characters without a
     * space or line break is longer than {@link SizeCaps#YAML_RUN_CHARS}: the YAML parser scans such a run in time
     * quadratic in its length (4 M characters: 3.5 s), so this check, not the parser, refuses it.
     */
    private static String text(CaseSource source) {
        String text;
        try (Reader reader = source.open(CaseReader.CASE_FILE)) {
            StringBuilder read = new StringBuilder();
            char[] buffer = new char[1 << 16];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                read.append(buffer, 0, n);
            }
            text = read.toString();
        } catch (IOException e) {
            throw new InvalidCaseException(source.yaml() + ": cannot be read (" + e.getMessage() + ").");
        }
        int line = 1;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
            run = space ? 0 : run + 1;
            if (run > SizeCaps.YAML_RUN_CHARS) {
                int end = i;
                while (end < text.length() && " \t\n\r".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                throw new InvalidCaseException(String.format(Locale.ROOT, "%s line %d: %,d characters without a "
                        + "space or line break, more than the cap of %,d; no value of a case is this long (ids have "
                        + "at most 64 characters, names 80), and the YAML parser takes time quadratic in such a run; "
                        + "put spaces or line breaks between values%s", source.yaml(), line,
                        end - i + SizeCaps.YAML_RUN_CHARS, SizeCaps.YAML_RUN_CHARS, SizeCaps.SEE));
            }
            line += c == '\n' ? 1 : 0;
        }
        return text;
    }

    /**
     * The YAML parser held to our caps. The text cap is applied by {@link CappedText}: this version of the YAML
     * parser does not apply {@code maxStringLength}. SnakeYAML's own limit on the document's characters is set to
     * the byte cap, which it can never reach first (a character takes at least one byte): the byte cap, checked
     * before parsing, gives the one message.
     */
    private static YAMLFactory yamlFactory() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) SizeCaps.CASE_YAML_BYTES);
        return YAMLFactory.builder().loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNumberLength(SizeCaps.YAML_NUMBER_CHARS)
                        .maxNestingDepth(SizeCaps.YAML_NESTING_DEPTH).build())
                .build();
    }

    /** Which cap of {@link StreamReadConstraints} a value broke, in the words of docs/case-format.md. */
    private static String overCap(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        Matcher length = NUMBER_LENGTH.matcher(message);
        if (length.find()) {
            return "a number of " + length.group(1) + " characters, more than the cap of "
                    + SizeCaps.YAML_NUMBER_CHARS + " for any number in " + CaseReader.CASE_FILE;
        }
        if (message.startsWith("Document nesting depth")) {
            return "nested more than " + SizeCaps.YAML_NESTING_DEPTH + " levels deep, the cap for "
                    + CaseReader.CASE_FILE + " (a case nests 3 levels: " + CaseKeys.GUEST_EV_SCENARIOS + "."
                    + CaseKeys.ARRIVAL_HOUR + "." + CaseKeys.MEAN + ")";
        }
        return "above a cap of the YAML parser (" + message + ")";
    }

    /** Text read as Jackson reads it, refused above {@link SizeCaps#YAML_TEXT_CHARS} characters. */
    private static final class CappedText extends StringDeserializer {
        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.length() > SizeCaps.YAML_TEXT_CHARS) {
                throw new TooLongText(parser, tooLongText(text.length()));
            }
            return text;
        }
    }

    static String tooLongText(int length) {
        return String.format(TOO_LONG_TEXT, length);
    }

    /** A text above the cap; its message is the problem as docs/case-format.md words it. */
    private static final class TooLongText extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        TooLongText(JsonParser parser, String message) {
            super(parser, message);
        }
    }
}
