package org.civility.web.publicity;

import org.civility.core.organisation.UnitId;
import org.civility.web.publicity.PublicityDtos.PublicStationPageDto;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A station's public page is computed once per period however often it is asked for. */
class PublicPagesTest {

    private final UnitId station = new UnitId(UUID.randomUUID());
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void keepsAPageForTheConfiguredTime() {
        PublicPages pages = pages("PT1M");

        PublicStationPageDto first = pages.get(station, this::compute);
        PublicStationPageDto second = pages.get(station, this::compute);

        assertThat(second).isSameAs(first);
        assertThat(computed).hasValue(1);
        assertThat(pages.maxAgeSeconds()).isEqualTo(60);
        pages.get(new UnitId(UUID.randomUUID()), this::compute);
        assertThat(computed).as("another station's page is its own").hasValue(2);
    }

    @Test
    void keepsNothingWhenTheTimeIsZero() {
        PublicPages pages = pages("PT0S");

        pages.get(station, this::compute);
        pages.get(station, this::compute);

        assertThat(computed).hasValue(2);
        assertThat(pages.maxAgeSeconds()).isZero();
    }

    private PublicStationPageDto compute() {
        computed.incrementAndGet();
        return new PublicStationPageDto(station.toString(), "圆东村新时代文明实践站", null, List.of(), List.of(), 2026, List.of());
    }

    private static PublicPages pages(String cacheFor) {
        PublicPages pages = new PublicPages();
        pages.cacheFor = cacheFor;
        return pages;
    }
}
