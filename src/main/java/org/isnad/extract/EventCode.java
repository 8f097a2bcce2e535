package org.isnad.extract;

/**
 * How an event is classed for exchange with event datasets: its Isnad type (the name of its file in
 * {@code data/events/}) and, where the type's file gives them for the event's status and mode, its
 * PLOVER category and mode (the successor of CAMEO used by POLECAT) and the CAMEO code mapped to it.
 *
 * @param eventType  "meeting", "agreement", …
 * @param plover     PLOVER category (CONSULT, AGREE, REJECT…), or null
 * @param ploverMode PLOVER mode (visit, phone, meet, sign…), or null
 * @param cameo      CAMEO code ("042"), or null
 */
public record EventCode(String eventType, String plover, String ploverMode, String cameo) {
}
