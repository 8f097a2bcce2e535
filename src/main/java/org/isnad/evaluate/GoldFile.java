package org.isnad.evaluate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One hand annotation of one article, in the shared scorer's format: the entities it names (with
 * the spellings that count as them), its meetings and claims located by 0-based line, and spans
 * that are neither right nor wrong ({@code optional}). Read with {@link GoldReader}.
 *
 * @param file      where the annotation was read from
 * @param text      the article it annotates
 * @param language  the article's language as the annotator gave it, or null
 * @param published publication date, for resolving relative dates, or null
 */
public record GoldFile(Path file, Path text, String language, LocalDate published, List<Entity> entities,
                       List<Meeting> meetings, List<Claim> claims, List<String> optional) {
    public GoldFile {
        entities = List.copyOf(entities);
        meetings = List.copyOf(meetings);
        claims = List.copyOf(claims);
        optional = List.copyOf(optional);
    }

    /** The article's name: the file name without {@code .gold.json}, as the scorer prints it. */
    public String name() {
        return GoldReader.stem(file);
    }

    /** Every entity name, to tell named participants from generic ones ("international participants"). */
    public Set<String> names() {
        Set<String> names = new HashSet<>();
        entities.forEach(e -> names.add(e.name()));
        return names;
    }

    /**
     * @param type   Person, Organization, State or Place
     * @param qid    the Wikidata id a correct link gives, or null when none is asserted
     * @param altQids other ids that are not wrong (a capital standing for its state)
     */
    public record Entity(String type, String qid, List<String> altQids, String name, List<String> forms) {
        public Entity {
            altQids = List.copyOf(altQids);
            forms = List.copyOf(forms);
        }

        /** Every id that counts as this entity's. */
        public Set<String> qids() {
            Set<String> ids = new HashSet<>(altQids);
            if (qid != null) {
                ids.add(qid);
            }
            return ids;
        }
    }

    /** @param participants entity names, or generic descriptions that name no entity */
    public record Meeting(String id, List<String> participants, String status, List<Integer> lines) {
        public Meeting {
            participants = List.copyOf(participants);
            lines = List.copyOf(lines);
        }
    }

    /**
     * @param claimants entity names, or descriptions starting with "anonymous"
     * @param stance    what the claimant does: assert, deny, warn, urge, accuse, promise or condemn
     * @param via       the entity name of the outlet or office that relayed the claim, or null
     */
    public record Claim(String id, int line, List<String> claimants, String stance, String via) {
        public Claim {
            claimants = List.copyOf(claimants);
        }

        /** An unnamed source: any claimant the extractor found that is none of the gold entities is right. */
        public boolean anonymous() {
            return claimants.stream().anyMatch(c -> c.startsWith("anonymous"));
        }
    }
}
