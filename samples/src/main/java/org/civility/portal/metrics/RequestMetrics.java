package org.civility.portal.metrics;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.lang.reflect.Method;
import java.time.Duration;

/**
 * Times every API request into the timer {@value #NAME}, tagged with its method, its route (the matched template,
 * {@code /v1/orders/{id}}: never an id, so the series stay few) and the class of its status ({@code 2xx}, {@code 4xx},
 * {@code 5xx}): request counts, latency and errors per endpoint. A request no resource matched is the route
 * {@code unmatched}. Runs first among the request filters, so refusals by other filters (401, 413) count too.
 */
@Provider
@PreMatching
@Priority(1)
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    static final String NAME = "civility.http.requests";
    private static final String STARTED = RequestMetrics.class.getName() + ".started";
    private static final Metadata METADATA = Metadata.builder().withName(NAME)
            .withDescription("API requests by method, route and status class, with their duration")
            .withUnit(MetricUnits.SECONDS).build();

    @Inject
    MetricRegistry registry;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STARTED) instanceof Long started)) {
            return;
        }
        registry.timer(METADATA, new Tag("method", request.getMethod()), new Tag("route", route()),
                new Tag("status", response.getStatus() / 100 + "xx"))
                .update(Duration.ofNanos(System.nanoTime() - started));
    }

    /** The matched resource's path template, or {@code unmatched}. */
    private String route() {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return "unmatched";
        }
        Path type = resource.getResourceClass().getAnnotation(Path.class);
        Path path = method.getAnnotation(Path.class);
        String route = "/" + (type == null ? "" : strip(type.value()))
                + (path == null ? "" : "/" + strip(path.value()));
        return route.equals("/") ? "/" : route.replaceAll("/+$", "");
    }

    private static String strip(String template) {
        return template.replaceAll("^/+|/+$", "");
    }
}
