package org.anchorage.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The stylesheets, scripts and images, fingerprinted: every {@code @{/css/anchorage.css}} link in a page becomes
 * {@code /css/anchorage-<md5 of its content>.css}, which a browser keeps for a year without asking again, so a
 * resident's second page costs only its HTML. The plain address still answers (a page cached before a release,
 * a bookmark), kept only ten minutes, since its content may change under it with a release. Pages themselves stay
 * {@code no-store} (identity's PageCaching skips only answers that already carry a Cache-Control).
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

    /** The folders under static/ that are served, each as {@code /<folder>/**}. */
    static final List<String> FOLDERS = List.of("nhsuk", "css", "js", "assets");

    static final CacheControl FINGERPRINTED = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();
    static final CacheControl PLAIN = CacheControl.maxAge(10, TimeUnit.MINUTES).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(PLAIN)
                    .resourceChain(true)
                    .addResolver(new Fingerprints())
                    // Before the CSS rewriting in the list, so it wraps the rewritten stylesheet.
                    .addTransformer(new StillForAYear())
                    // The NHS.UK stylesheet's url(/assets/images/…) icons are fingerprinted too.
                    .addTransformer(new CssLinkResourceTransformer());
        }
    }

    /** Rewrites the {@code @{...}} links Thymeleaf writes (through encodeURL) to their fingerprinted addresses. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> fingerprintedLinks() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> filter = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        filter.addUrlPatterns("/*");
        return filter;
    }

    /**
     * Content fingerprints; an asset asked for by its fingerprinted name is answered as immutable for a year,
     * by its plain name with the handler's short {@link #PLAIN}.
     */
    static final class Fingerprints extends VersionResourceResolver {
        Fingerprints() {
            addContentVersionStrategy("/**");
        }

        @Override
        protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
                                                   List<? extends Resource> locations, ResourceResolverChain chain) {
            Resource plain = chain.resolveResource(request, requestPath, locations);
            if (plain != null) {
                return plain;
            }
            Resource fingerprinted = super.resolveResourceInternal(request, requestPath, locations, chain);
            return fingerprinted == null ? null : new ForAYear(fingerprinted, headersOf(fingerprinted));
        }
    }

    /** A transformed asset (the stylesheet with its links rewritten) keeps the year its fingerprinted original had. */
    static final class StillForAYear implements ResourceTransformer {
        @Override
        public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
                throws IOException {
            Resource transformed = chain.transform(request, resource);
            return resource instanceof ForAYear year && transformed != resource
                    ? new ForAYear(transformed, year.getResponseHeaders()) : transformed;
        }
    }

    private static HttpHeaders headersOf(Resource resource) {
        HttpHeaders headers = new HttpHeaders();
        if (resource instanceof HttpResource http) {
            headers.putAll(http.getResponseHeaders()); // the fingerprint as ETag
        }
        headers.setCacheControl(FINGERPRINTED);
        return headers;
    }

    /**
     * The resource itself, with the one-year immutable Cache-Control beside its own headers. Its description
     * differs from the plain resource's, so the chain's caches (keyed by it) keep the two apart.
     */
    private static final class ForAYear extends AbstractResource implements HttpResource {
        private final Resource original;
        private final HttpHeaders headers;

        ForAYear(Resource original, HttpHeaders headers) {
            this.original = original;
            this.headers = headers;
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            return headers;
        }

        @Override
        public boolean exists() {
            return original.exists();
        }

        @Override
        public boolean isReadable() {
            return original.isReadable();
        }

        @Override
        public boolean isFile() {
            return original.isFile();
        }

        @Override
        public URL getURL() throws IOException {
            return original.getURL();
        }

        @Override
        public URI getURI() throws IOException {
            return original.getURI();
        }

        @Override
        public File getFile() throws IOException {
            return original.getFile();
        }

        @Override
        public long contentLength() throws IOException {
            return original.contentLength();
        }

        @Override
        public long lastModified() throws IOException {
            return original.lastModified();
        }

        @Override
        public Resource createRelative(String relativePath) throws IOException {
            return original.createRelative(relativePath);
        }

        @Override
        public String getFilename() {
            return original.getFilename();
        }

        @Override
        public String getDescription() {
            return "fingerprinted " + original.getDescription();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return original.getInputStream();
        }
    }
}
