package org.isnad.merge;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When two reports may be about one event, by their dates, statuses and publication. */
class TimeWindowTest {
    static final LocalDate SEPT_5 = LocalDate.of(2023, 9, 5);
    static final LocalDate SEPT_13 = LocalDate.of(2023, 9, 13);

    @Test
    void aMeetingPlannedForThisMonthMeetsOneHeldOnThe13th() {
        assertTrue(TimeWindow.of("2023-09", "Planned", SEPT_5).meets(TimeWindow.of("2023-09-13", "Occurred", SEPT_13)));
    }

    @Test
    void theApril2019MeetingMeetsNeither() {
        TimeWindow april = TimeWindow.of("2019-04", "Occurred", SEPT_5);
        assertFalse(april.meets(TimeWindow.of("2023-09", "Planned", SEPT_5)));
        assertFalse(april.meets(TimeWindow.of("2023-09-13", "Occurred", SEPT_13)));
    }

    @Test
    void twoGivenDatesADayApartMayBeOneVisitButTwoDaysApartMayNot() {
        TimeWindow thirteenth = TimeWindow.of("2023-09-13", "Occurred", SEPT_13);
        assertTrue(thirteenth.meets(TimeWindow.of("2023-09-14", "Occurred", SEPT_13.plusDays(1))));
        assertFalse(thirteenth.meets(TimeWindow.of("2023-09-15", "Occurred", SEPT_13.plusDays(2))));
    }

    @Test
    void aMeetingPlannedInAReportOfTheNextDayIsNotTheOneHeldTheDayBefore() {
        assertFalse(TimeWindow.of(null, "Planned", SEPT_13.plusDays(1)).meets(TimeWindow.of("2023-09-13", "Occurred", SEPT_13)));
    }

    @Test
    void aPlannedDateAlreadyPastAtPublicationIsNotTrusted() {
        TimeWindow misread = TimeWindow.of("2023-06", "Planned", LocalDate.of(2024, 5, 21));
        assertFalse(misread.precise());
        assertTrue(misread.meets(TimeWindow.of("2024-06", "Planned", LocalDate.of(2024, 5, 20))));
    }

    @Test
    void aReportWithNoDatesAtAllMeetsAny() {
        assertTrue(TimeWindow.of(null, "Occurred", null).meets(TimeWindow.of("2019-04", "Occurred", SEPT_5)));
    }
}
