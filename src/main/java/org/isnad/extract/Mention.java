package org.isnad.extract;

/** A span of the document: char offsets into its text (end exclusive) and the exact text there. */
public record Mention(int start, int end, String text) implements Comparable<Mention> {
    @Override
    public int compareTo(Mention o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
