package dev.conventio.format.codec;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every member of every object of the format, as the codec declares them: the rows of docs/format-2.md. */
final class FormatRows {

    /** One member of one object. */
    record Row(String object, String member) {
        @Override
        public String toString() {
            return object + "." + member;
        }
    }

    private FormatRows() {
    }

    /** The rows of the documents that are read, and of what they hold. */
    static Set<Row> read() {
        Set<Row> rows = new LinkedHashSet<>();
        for (DocumentCodec<?> codec : List.of(DocumentCodec.CONVENTION, DocumentCodec.AMENDMENT, DocumentCodec.HISTORY)) {
            document(codec, rows);
        }
        return rows;
    }

    /** Every row, those of the consolidated view, which is only written, included. */
    static Set<Row> all() {
        Set<Row> rows = read();
        document(DocumentCodec.CONSOLIDATED, rows);
        return rows;
    }

    private static void document(DocumentCodec<?> codec, Set<Row> rows) {
        rows.add(new Row(DocumentCodec.DOCUMENT, Names.FORMAT_VERSION.text()));
        rows.add(new Row(DocumentCodec.DOCUMENT, Names.DOCUMENT.text()));
        walk(codec.members(), rows);
    }

    private static void walk(Object codec, Set<Row> rows) {
        if (codec instanceof ObjectCodec) {
            ObjectCodec<?> object = (ObjectCodec<?>) codec;
            for (Member<?, ?> member : object.members()) {
                if (rows.add(new Row(object.object(), member.name().text()))) {
                    walk(member.codec(), rows);
                }
            }
        } else if (codec instanceof UnionCodec) {
            UnionCodec<?> union = (UnionCodec<?>) codec;
            if (rows.add(new Row(union.object(), Names.TYPE.text()))) {
                for (UnionCodec.Variant<?> variant : union.variants()) {
                    walk(variant.codec(), rows);
                }
            }
        } else if (codec instanceof Scalars.ListCodec) {
            walk(((Scalars.ListCodec<?>) codec).element(), rows);
        }
    }
}
