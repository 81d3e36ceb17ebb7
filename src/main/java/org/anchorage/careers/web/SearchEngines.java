package org.anchorage.careers.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What search engines may read: the public pages residents look for (home, "Can I join?", the self-referral, the
 * roles in health and care, the easy-read pages and the statements), never the signed-in service, the API or a
 * certificate check; and a sitemap of those pages, with each published role and its easy-read version.
 */
@Controller
class SearchEngines {

    static final java.util.List<String> PUBLIC_PAGES = java.util.List.of("/", "/can-i-join", "/events", "/self-referral", "/privacy",
            "/accessibility", "/about-the-data", "/roles", "/easy-read", "/can-i-join/easy-read", "/opportunities");

    private final org.anchorage.careers.Roles roles;

    SearchEngines(org.anchorage.careers.Roles roles) {
        this.roles = roles;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        StringBuilder robots = new StringBuilder("User-agent: *\n");
        // "Allow: /roles" lets each role's page in too; "/can-i-join" its easy-read version.
        PUBLIC_PAGES.stream().filter(p -> !p.equals("/can-i-join/easy-read"))
                .forEach(p -> robots.append(p.equals("/") ? "Allow: /$\n" : "Allow: " + p + "\n"));
        robots.append("Disallow: /\n").append("Sitemap: ").append(base()).append("/sitemap.xml\n");
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(robots.toString());
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        String base = base();
        java.util.List<String> pages = new java.util.ArrayList<>(PUBLIC_PAGES);
        for (var shown : roles.published()) {
            pages.add("/roles/" + shown.role().slug());
            pages.add("/roles/" + shown.role().slug() + "/easy-read");
        }
        pages.forEach(p -> xml.append("  <url><loc>").append(base).append(p).append("</loc></url>\n"));
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    /** The address the request came to (scheme, host and port as the server sees them, or as a trusted proxy tells it). */
    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
