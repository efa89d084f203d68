package org.civility.web.problem;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that could not begin or commit ({@code @Transactional} wraps the failure in a
 * {@link TransactionalException}). Without this mapper, Jersey's own mapper for that type rethrows it and the
 * container answers a bare 500; a lost database connection at commit is a 503 DATABASE-UNAVAILABLE like any other
 * outage, the rest is answered as {@link UnexpectedExceptionMapper} answers it.
 */
@Provider
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(TransactionalException e) {
        return UnexpectedExceptionMapper.map(e, headers, uri);
    }
}
