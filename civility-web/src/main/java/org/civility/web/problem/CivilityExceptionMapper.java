package org.civility.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.civility.core.shared.CivilityException;

/** Every domain rejection, broken invariant or denied access becomes problem+json. */
@Provider
public class CivilityExceptionMapper implements ExceptionMapper<CivilityException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(CivilityException e) {
        return Problems.of(e, headers, uri);
    }
}
