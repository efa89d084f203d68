package org.civility.portal.notice;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.civility.core.notice.Subject;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.volunteer.PhoneNumber;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.core.volunteer.VolunteerStatus;
import org.civility.notices.NoticeRecipients;

import static java.util.Objects.requireNonNull;

/**
 * Who a unit's SMS notices reach in this portal: the active volunteers whose home unit is the notice's unit, at the
 * phone they registered with. They joined that station's (or institute's, center's) volunteer force, which is whom
 * its activities are announced to; a suspended volunteer gets nothing until reactivated, and the volunteers of the
 * units below are not included (a notice is one unit's). The subject does not narrow it: every activity notice goes
 * to the unit's whole force. Residents who are not volunteers cannot subscribe yet; their own subscriptions, per
 * unit and subject, are future work (ADR 0037).
 *
 * <p>No mailboxes: the portal keeps none, so {@link NoticesConfiguration} refuses {@code mail} for every channel
 * and for alerts.
 *
 * <p>Asked at every attempt by the notifier, from the dispatcher's managed scheduler thread and outside its
 * transactions, so the volunteers are read in a transaction of their own (joined if one is running), a page of
 * {@value #PAGE} at a time.
 */
@ApplicationScoped
public class VolunteerNoticeRecipients implements NoticeRecipients {

    static final int PAGE = PageRequest.MAX_LIMIT;
    private static final Logger LOG = Logger.getLogger(VolunteerNoticeRecipients.class.getName());

    private VolunteerRepository volunteers;

    /** For the container's proxy. */
    protected VolunteerNoticeRecipients() {
    }

    @Inject
    public VolunteerNoticeRecipients(VolunteerRepository volunteers) {
        this.volunteers = requireNonNull(volunteers, "volunteers");
    }

    /** @return the phones of the unit's active volunteers, each once, in the repository's order; never null */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<PhoneNumber> phones(UnitId unit, Subject subject) {
        requireNonNull(unit, "unit");
        Set<PhoneNumber> phones = new LinkedHashSet<>();
        PageRequest request = PageRequest.first(PAGE);
        while (true) {
            Page<Volunteer> page = volunteers.byUnit(unit, request);
            page.items().stream()
                    .filter(volunteer -> volunteer.status() == VolunteerStatus.ACTIVE)
                    .map(Volunteer::phone)
                    .forEach(phones::add);
            if (!page.hasMore() || page.items().isEmpty()) {
                return List.copyOf(phones);
            }
            request = new PageRequest(request.offset() + page.items().size(), PAGE);
        }
    }

    /** Logs the unit, the masked number and the provider's code, so that staff can correct the volunteer's phone. */
    @Override
    public void phoneRejected(UnitId unit, PhoneNumber phone, String reason) {
        LOG.warning(() -> "civility notices: the SMS provider refused the number " + phone.masked() + " of a volunteer"
                + " of unit " + unit + " as invalid (" + reason + "); it is skipped for this notice, correct it on the"
                + " volunteer's record");
    }
}
