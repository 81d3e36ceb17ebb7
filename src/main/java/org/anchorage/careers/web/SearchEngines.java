package org.anchorage.careers.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What search engines may read: the public pages residents look for (home, "Can I join?", the self-referral and
 * the statements), never the signed-in service, the API or a certificate check; and a sitemap of those pages.
 */
@Controller
class SearchEngines {

    static final java.util.List<String> PUBLIC_PAGES = java.util.List.of("/", "/can-i-join", "/events", "/self-referral", "/privacy",
            "/accessibility", "/about-the-data", "/opportunities");

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        StringBuilder robots = new StringBuilder("User-agent: *\n");
        PUBLIC_PAGES.forEach(p -> robots.append(p.equals("/") ? "Allow: /$\n" : "Allow: " + p + "\n"));
        robots.append("Disallow: /\n").append("Sitemap: ").append(base()).append("/sitemap.xml\n");
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(robots.toString());
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        String base = base();
        PUBLIC_PAGES.forEach(p -> xml.append("  <url><loc>").append(base).append(p).append("</loc></url>\n"));
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    /** The address the request came to (scheme, host and port as the server sees them, or as a trusted proxy tells it). */
    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
