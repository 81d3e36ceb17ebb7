package org.anchorage.outreach.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.anchorage.outreach.OutreachEvent;

/** Outreach events as an iCalendar (RFC 5545) feed residents and partners can subscribe to, in UTC times. */
final class EventCalendar {

    private EventCalendar() {}

    static String of(List<OutreachEvent> events, String siteUrl, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Anchorage//Outreach events//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        for (OutreachEvent e : events) {
            VEvent event = new VEvent(e.startsAt(), e.endsAt(), e.title());
            event.replace(new DtStamp(now));
            event.add(new Uid(e.id() + "@anchorage"));
            event.add(new Location(e.placeName() + ", " + e.address() + ", " + e.postcode()));
            String about = e.kind().label() + " run by " + e.programmeName() + "."
                    + (e.description().isBlank() ? "" : "\n" + e.description())
                    + (e.accessInfo().isBlank() ? "" : "\nAccess: " + e.accessInfo());
            event.add(new Description(about));
            event.add(new Url(URI.create(siteUrl + "/events/" + e.id())));
            event.add(new Status(e.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
