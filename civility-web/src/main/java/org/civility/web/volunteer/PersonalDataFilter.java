package org.civility.web.volunteer;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers of {@link PersonalData} resources differ by caller (masked or in full) and may hold ID and
 * phone numbers: no shared or browser cache may keep them.
 */
@Provider
@PersonalData
public class PersonalDataFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.getHeaders().putSingle(HttpHeaders.VARY, "Authorization, Accept-Language");
    }
}
