package org.civility.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civility.core.access.Actor;
import org.civility.core.audit.AuditEntry;
import org.civility.core.audit.AuditService;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.web.account.AccountDtos.AuditEntryDto;
import org.civility.web.support.Downloads;
import org.civility.web.support.Inputs;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The append-only audit trail: every account change and every read of a care recipient's details, for the heads of
 * a subtree (VIEW_AUDIT_TRAIL), over a period of days ({@code from} and {@code to} inclusive, in the portal's zone),
 * oldest first; as JSON pages or, with {@code Accept: text/csv}, as one CSV file to keep.
 */
@Path("v1/audit-entries")
@RequestScoped
@Transactional
@Tag(name = "audit", description = "The audit trail of account changes and care-detail reads")
public class AuditResource {

    /** The most entries one CSV export holds. */
    static final int MAX_EXPORT = 50_000;

    @Inject
    Actor actor;

    @Inject
    AuditService service;

    @Inject
    ZoneId zone;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit entries of ?unit='s subtree between ?from= and ?to= (days), paged; needs VIEW_AUDIT_TRAIL")
    public PageDto<AuditEntryDto> list(@QueryParam("unit") String unit, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("offset") Integer offset,
                                       @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(entries(unit, from, to, page), page.limit(), AuditEntryDto::of);
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "The same entries as one CSV file (UTF-8 with BOM, at most 50,000 rows)")
    public Response export(@QueryParam("unit") String unit, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        StringBuilder csv = new StringBuilder("\uFEFFat,actor,action,subject,subjectName,units,detail\r\n");
        PageRequest page = new PageRequest(0, PageRequest.MAX_LIMIT);
        int rows = 0;
        while (rows < MAX_EXPORT) {
            Page<AuditEntry> batch = entries(unit, from, to, page);
            for (AuditEntry e : batch.items()) {
                csv.append(String.join(",", cell(e.at().atZone(zone).toOffsetDateTime().toString()), cell(e.actor()),
                        cell(e.action().name()), cell(e.subject()), cell(e.subjectName()),
                        cell(String.join(" ", e.units().stream().map(UnitId::toString).sorted().toList())),
                        cell(e.detail()))).append("\r\n");
                rows++;
            }
            if (!batch.hasMore()) {
                break;
            }
            page = new PageRequest(page.offset() + page.limit(), page.limit());
        }
        String name = "audit-" + from + "-" + to + ".csv";
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name, name)).build();
    }

    private Page<AuditEntry> entries(String unit, String from, String to, PageRequest page) {
        LocalDate first = Inputs.date(from, "from");
        LocalDate last = Inputs.date(to, "to");
        Instant start;
        Instant end;
        try {
            start = first.atStartOfDay(zone).toInstant();
            end = last.plusDays(1).atStartOfDay(zone).toInstant();
        } catch (DateTimeException outOfRange) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "from/to", "reason", "date out of range");
        }
        return service.entries(actor, Inputs.unitId(unit, "unit"), start, end, page);
    }

    /** A CSV cell, quoted, with formula-looking text defused (a spreadsheet must not run it). */
    private static String cell(String text) {
        String t = text == null ? "" : text;
        if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        return '"' + t.replace("\"", "\"\"") + '"';
    }
}
