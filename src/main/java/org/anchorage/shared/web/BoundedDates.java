package org.anchorage.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates in JSON bodies are ISO strings ({@code 2026-12-01}, {@code 2026-12-01T09:30}) with a year from
 * {@value DateInput#FIRST_YEAR} to {@value DateInput#LAST_YEAR}, the same bounds as the NHS.UK date input. A
 * date like {@code +999999999-12-31} is refused by field, as 400, instead of failing in the database.
 */
@Configuration(proxyBeanMethods = false)
class BoundedDates {

    @Bean
    JacksonModule boundedDatesModule() {
        SimpleModule module = new SimpleModule("anchorage-bounded-dates");
        module.addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, LocalDate::parse, LocalDate::getYear));
        module.addDeserializer(LocalDateTime.class, new Bounded<>(LocalDateTime.class, LocalDateTime::parse, LocalDateTime::getYear));
        return module;
    }

    static final class Bounded<T> extends StdScalarDeserializer<T> {

        private final transient Function<String, T> parse;
        private final transient Function<T, Integer> year;

        Bounded(Class<T> type, Function<String, T> parse, Function<T, Integer> year) {
            super(type);
            this.parse = parse;
            this.year = year;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getString().strip();
            if (text.isEmpty()) {
                return null;
            }
            T value;
            try {
                value = parse.apply(text);
            } catch (DateTimeException e) {
                throw InvalidFormatException.from(p, "must be a date like 2026-12-01", text, handledType());
            }
            int y = year.apply(value);
            if (y < DateInput.FIRST_YEAR || y > DateInput.LAST_YEAR) {
                throw InvalidFormatException.from(p, "must be a date between " + DateInput.FIRST_YEAR + " and "
                        + DateInput.LAST_YEAR, text, handledType());
            }
            return value;
        }
    }
}
