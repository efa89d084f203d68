package org.civility.benchmarks.county;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The practice units of a generated county (or province): centers, their institutes (第N所) and the institutes'
 * stations (某某村新时代文明实践站), with ids and region codes drawn from the seed. Each center's six-digit region
 * code is also the address code of its volunteers' resident ID numbers.
 */
record CountyMap(List<Unit> centers, List<Institute> institutes) {

    private static final String[] COUNTIES = {"清溪", "云山", "临江", "枫桥", "长乐", "安平", "青田", "石门", "桃源", "凤城"};
    private static final String FIRST = "东西南北上下前后新老大小金银石沙柳杨桃李梅竹松兰红青白黄龙凤马牛";
    private static final String SECOND = "村塘湾岭坞溪桥岗坪庄埠垄田湖山源港口头里";

    /** A center (or any unit) as its {@code civ_unit} row needs it. */
    record Unit(UUID id, String tier, String name, UUID parent, String regionCode, String address) {
    }

    /** A station with what its fill needs to know about its place in the tree. */
    record Station(int index, UUID id, UUID institute, String name, String shortName, String regionCode,
                   String addressCode) {
    }

    record Institute(int index, Unit unit, List<Station> stations) {
    }

    static CountyMap of(CountySize size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Unit> centers = new ArrayList<>();
        List<Institute> institutes = new ArrayList<>();
        int institute = 0;
        int station = 0;
        for (int c = 0; c < size.centers(); c++) {
            String code = "33%04d".formatted(102 + c);
            String county = COUNTIES[c % COUNTIES.length] + (c < COUNTIES.length ? "" : String.valueOf(c / COUNTIES.length + 1));
            Unit center = new Unit(id(random), "CENTER", county + "县新时代文明实践中心", null, code,
                    "浙江省" + county + "县人民路1号");
            centers.add(center);
            int ofCenter = CountySize.share(size.institutes(), size.centers(), c);
            for (int i = 0; i < ofCenter; i++, institute++) {
                String instituteCode = code + "%03d".formatted(i + 1);
                Unit unit = new Unit(id(random), "INSTITUTE", county + "县第" + (i + 1) + "新时代文明实践所",
                        center.id(), instituteCode, county + "县第" + (i + 1) + "街道文化站");
                List<Station> stations = new ArrayList<>();
                int ofInstitute = CountySize.share(size.stations(), size.institutes(), institute);
                for (int s = 0; s < ofInstitute; s++, station++) {
                    String village = villageName(s);
                    stations.add(new Station(station, id(random), unit.id(), village + "新时代文明实践站", village,
                            instituteCode + "%03d".formatted(s + 1), code));
                }
                institutes.add(new Institute(institute, unit, List.copyOf(stations)));
            }
        }
        return new CountyMap(List.copyOf(centers), List.copyOf(institutes));
    }

    /** Distinct among an institute's stations (the first 640 by two characters, then numbered). */
    private static String villageName(int s) {
        int combos = FIRST.length() * SECOND.length();
        String name = String.valueOf(FIRST.charAt((s * 7) % FIRST.length())) + SECOND.charAt((s / FIRST.length())
                % SECOND.length());
        return s < combos ? name + (name.endsWith("村") ? "" : "村") : name + (s / combos + 1) + "村";
    }

    private static UUID id(SplittableRandom random) {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }
}
