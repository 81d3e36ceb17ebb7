package org.anchorage.opportunities.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.anchorage.opportunities.LiveOpportunities;
import org.anchorage.opportunities.Opportunity;
import org.anchorage.shared.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The opportunities as feeds, filtered by the same query as the page: JSON Feed 1.1 (each item carrying its schema.org
 * JobPosting as the {@code _job_posting} extension) and Atom 1.0 (written with the JDK's XML stream writer, so every
 * value is escaped by the writer, not by hand). A bad query answers 400 problem details naming the field.
 */
@Controller
class OpportunityFeeds {

    static final String TITLE = "Jobs and placements open now";
    static final MediaType JSON_FEED = MediaType.parseMediaType("application/feed+json;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private final LiveOpportunities live;
    private final JobPostings postings;

    OpportunityFeeds(LiveOpportunities live, JobPostings postings) {
        this.live = live;
        this.postings = postings;
    }

    @GetMapping("/opportunities.json")
    ResponseEntity<String> json(@ModelAttribute SearchForm search) {
        LiveOpportunities.Found found = live.search(search.search());
        if (!found.ok()) {
            return refused(found);
        }
        String base = base();
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", TITLE);
        feed.put("home_page_url", base + "/opportunities" + search.query());
        feed.put("feed_url", base + "/opportunities.json" + search.query());
        feed.put("description", "Jobs and paid placements in health and care open now through the programme, soonest closing first "
                + "(nearest first when searched from a postcode). Each item carries its schema.org JobPosting as _job_posting.");
        feed.put("language", "en-GB");
        feed.put("items", found.opportunities().stream().map(o -> {
            Map<String, Object> item = new LinkedHashMap<>();
            String url = base + "/opportunities/" + o.id();
            item.put("id", o.id().toString());
            item.put("url", url);
            if (o.applyUrl() != null) {
                item.put("external_url", o.applyUrl());
            }
            item.put("title", o.title() + " – " + o.employer());
            item.put("summary", summary(o));
            item.put("content_text", o.description());
            if (o.postedAt() != null) {
                item.put("date_published", rfc3339(o.postedAt()));
            }
            item.put("tags", List.of(o.kind().label(), o.roleFamilyLabel()));
            item.put("_job_posting", postings.of(o, url));
            return item;
        }).toList());
        return ResponseEntity.ok().contentType(JSON_FEED).body(postings.write(feed));
    }

    @GetMapping("/opportunities.atom")
    ResponseEntity<String> atom(@ModelAttribute SearchForm search) throws XMLStreamException {
        LiveOpportunities.Found found = live.search(search.search());
        if (!found.ok()) {
            return refused(found);
        }
        String base = base();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM_NS);
        text(xml, "id", base + "/opportunities" + search.query());
        text(xml, "title", TITLE);
        Instant updated = found.opportunities().stream().map(Opportunity::postedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(Instant.parse("2026-01-01T00:00:00Z"));
        text(xml, "updated", rfc3339(updated));
        link(xml, "self", "application/atom+xml", base + "/opportunities.atom" + search.query());
        link(xml, "alternate", "text/html", base + "/opportunities" + search.query());
        xml.writeStartElement("author");
        text(xml, "name", "Anchorage");
        xml.writeEndElement();
        for (Opportunity o : found.opportunities()) {
            xml.writeStartElement("entry");
            text(xml, "id", "urn:uuid:" + o.id());
            text(xml, "title", o.title() + " – " + o.employer());
            text(xml, "updated", rfc3339(o.postedAt() == null ? updated : o.postedAt()));
            link(xml, "alternate", "text/html", base + "/opportunities/" + o.id());
            xml.writeStartElement("category");
            xml.writeAttribute("term", o.roleFamily());
            xml.writeAttribute("label", o.roleFamilyLabel());
            xml.writeEndElement();
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(summary(o));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM).body(out.toString());
    }

    /** "Band 3, £24,465 a year, 37.5 hours a week, permanent. Grays (RM17). Closes 20 December 2026." */
    static String summary(Opportunity o) {
        StringBuilder s = new StringBuilder(o.kind().label()).append(": ");
        if (!o.band().isEmpty()) {
            s.append(o.band()).append(", ");
        }
        s.append(o.pay()).append(", ").append(o.hours()).append(", ").append(o.contractLabel().toLowerCase(java.util.Locale.UK))
                .append(". ").append(o.where()).append(". Closes ").append(org.anchorage.shared.web.Display.date(o.closesOn())).append('.');
        return s.toString();
    }

    private ResponseEntity<String> refused(LiveOpportunities.Found found) {
        var problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "Bad request", found.problems().getFirst().getMessage(),
                found.problems().stream().map(p -> ApiProblems.fieldError(p.field(), p.getMessage())).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(postings.write(problem));
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String rfc3339(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
