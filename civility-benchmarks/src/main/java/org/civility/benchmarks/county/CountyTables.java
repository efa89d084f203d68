package org.civility.benchmarks.county;

import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The tables one batch of the county fills, in the order their foreign keys need them copied. */
final class CountyTables {

    final CopyTable volunteers = new CopyTable("civ_volunteer", "id, home_unit_id, real_name, resident_id, phone,"
            + " origin, guardian_name, guardian_phone, guardian_relation, guardian_consent_at, registered_at, status,"
            + " version");
    final CopyTable volunteerSkills = new CopyTable("civ_volunteer_skill", "volunteer_id, skill");
    final CopyTable teams = new CopyTable("civ_team", "id, unit_id, kind, name, formed_at, version");
    final CopyTable teamMembers = new CopyTable("civ_team_member",
            "team_id, volunteer_id, category, profession, joined_at");
    final CopyTable menuItems = new CopyTable("civ_menu_item", "id, unit_id, name, description, active, version");
    final CopyTable activities = new CopyTable("civ_activity", "id, unit_id, form, title, description, starts_at,"
            + " ends_at, booking_id, capacity, planned_at, status, version");
    final CopyTable activityThemes = new CopyTable("civ_activity_theme", "activity_id, theme");
    final CopyTable offers = new CopyTable("civ_service_offer",
            "id, owner_kind, owner_id, unit_id, grid, latitude, longitude, note, active, version");
    final CopyTable offerSkills = new CopyTable("civ_service_offer_skill", "offer_id, skill");
    final CopyTable offerWindows = new CopyTable("civ_service_offer_window",
            "offer_id, position, day_of_week, start_minute, end_minute");
    final CopyTable orders = new CopyTable("civ_service_order", "id, unit_id, handling_unit_id, requester, placed_by,"
            + " recipient, menu_item_id, wish, description, placed_at, waiting_since, status, offered_kind, offered_id,"
            + " accepted_by, rejection_reason, report, rating_stars, rating_comment, showcase_consent, duplicate_of,"
            + " duplicate_confirmed, version");
    final CopyTable orderSteps = new CopyTable("civ_service_order_step",
            "order_id, position, step_action, actor, taken_at, note");
    final CopyTable records = new CopyTable("civ_service_record", "id, unit_id, seq_no, volunteer_id, activity_id,"
            + " description, place, location, start_at, end_at, scheduled_end, minutes, record_source, flags,"
            + " recorded_by, recorded_at, corrects_id, previous_hash, hash");
    final CopyTable heads = new CopyTable("civ_service_record_head", "unit_id, seq_no, hash, seal");

    private final List<CopyTable> inOrder = List.of(volunteers, volunteerSkills, teams, teamMembers, menuItems,
            activities, activityThemes, offers, offerSkills, offerWindows, orders, orderSteps, records, heads);

    /** Copies every table, parents first, adding the rows sent to {@code counts} by table name. */
    void copy(CopyManager copy, Map<String, Long> counts) throws SQLException, IOException {
        for (CopyTable table : inOrder) {
            long sent = table.copy(copy);
            counts.merge(table.table(), sent, Long::sum);
        }
    }

    long rows() {
        return inOrder.stream().mapToLong(CopyTable::rows).sum();
    }

    /** The names of the tables filled here. */
    List<String> names() {
        return inOrder.stream().map(CopyTable::table).toList();
    }
}
