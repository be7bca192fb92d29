package org.packpress.render.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Removes from a paper what a published pack must not carry, before the paper is merged: JavaScript (the
 * document's scripts, and JavaScript actions anywhere), launch, submit-form and import-data actions, links
 * to {@code file:} URLs and to other files (GoToR, GoToE), embedded files (the EmbeddedFiles name tree,
 * associated files and file attachment annotations) and XFA forms. Actions are looked for where a PDF
 * keeps them: the open action, the document's, pages', annotations' and form fields' additional actions,
 * link and widget annotations, outline entries, and the chains of actions that follow them (Next).
 *
 * <p>A link whose action is removed stays on the page, with its description, and does nothing.
 */
final class UnsafeContent {

    private static final Map<String, String> UNSAFE_ACTIONS = Map.of(
            "JavaScript", "JavaScript action",
            "Launch", "launch action",
            "SubmitForm", "submit-form action",
            "ImportData", "import-data action",
            "GoToR", "link to another file",
            "GoToE", "link to an embedded file");
    private static final COSName JAVA_SCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName ASSOCIATED_FILES = COSName.getPDFName("AF");
    private static final COSName NEEDS_RENDERING = COSName.getPDFName("NeedsRendering");
    private static final String FILE_ATTACHMENT = "FileAttachment";

    private final List<String> removed = new ArrayList<>();
    private final Set<COSDictionary> removedAnnotations = Collections.newSetFromMap(new IdentityHashMap<>());

    private UnsafeContent() {
    }

    /**
     * Removes the unsafe content of a paper.
     *
     * @return what was removed, in words, with where it was (empty if nothing was)
     */
    static List<String> remove(PDDocument paper) {
        UnsafeContent cleaner = new UnsafeContent();
        COSDictionary catalog = paper.getDocumentCatalog().getCOSObject();
        cleaner.names(catalog);
        cleaner.catalogActions(catalog);
        cleaner.form(catalog);
        int number = 0;
        for (PDPage page : paper.getPages()) {
            cleaner.page(page.getCOSObject(), ++number);
        }
        if (catalog.getDictionaryObject(COSName.OUTLINES) instanceof COSDictionary outline) {
            cleaner.outline(outline);
        }
        if (!cleaner.removedAnnotations.isEmpty()
                && catalog.getDictionaryObject(COSName.STRUCT_TREE_ROOT) instanceof COSDictionary root) {
            cleaner.dropReferences(root);
        }
        return List.copyOf(cleaner.removed);
    }

    private void names(COSDictionary catalog) {
        if (!(catalog.getDictionaryObject(COSName.NAMES) instanceof COSDictionary names)) {
            return;
        }
        if (names.containsKey(JAVA_SCRIPT)) {
            List<String> scripts = namesIn(names.getDictionaryObject(JAVA_SCRIPT));
            removed.add("document JavaScript" + (scripts.isEmpty() ? "" : " " + quoted(scripts)));
            names.removeItem(JAVA_SCRIPT);
        }
        if (names.containsKey(EMBEDDED_FILES)) {
            List<String> files = namesIn(names.getDictionaryObject(EMBEDDED_FILES));
            removed.add("embedded file" + (files.size() == 1 ? " " : "s ") + quoted(files));
            names.removeItem(EMBEDDED_FILES);
        }
    }

    private void catalogActions(COSDictionary catalog) {
        if (catalog.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary open && !keep(open, "open action")) {
            catalog.removeItem(COSName.OPEN_ACTION);
        }
        additionalActions(catalog, "document");
        if (catalog.containsKey(ASSOCIATED_FILES)) {
            removed.add("associated files (AF)");
            catalog.removeItem(ASSOCIATED_FILES);
        }
    }

    private void form(COSDictionary catalog) {
        if (!(catalog.getDictionaryObject(COSName.ACRO_FORM) instanceof COSDictionary form)) {
            return;
        }
        if (form.containsKey(COSName.XFA)) {
            removed.add("XFA form");
            form.removeItem(COSName.XFA);
            catalog.removeItem(NEEDS_RENDERING);
        }
        if (form.getDictionaryObject(COSName.FIELDS) instanceof COSArray fields) {
            fields(fields);
        }
    }

    private void fields(COSArray fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.getObject(i) instanceof COSDictionary field) {
                String where = "form field " + quoted(List.of(textOf(field.getDictionaryObject(COSName.T), "unnamed")));
                action(field, where);
                additionalActions(field, where);
                if (field.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
                    fields(kids);
                }
            }
        }
    }

    private void page(COSDictionary page, int number) {
        additionalActions(page, "page " + number);
        if (!(page.getDictionaryObject(COSName.ANNOTS) instanceof COSArray annotations)) {
            return;
        }
        COSArray kept = new COSArray();
        for (int i = 0; i < annotations.size(); i++) {
            if (!(annotations.getObject(i) instanceof COSDictionary annotation)) {
                kept.add(annotations.get(i));
                continue;
            }
            String subtype = annotation.getNameAsString(COSName.SUBTYPE);
            if (FILE_ATTACHMENT.equals(subtype)) {
                removed.add("file attachment annotation (page " + number + ")");
                removedAnnotations.add(annotation);
                continue;
            }
            String where = ("Link".equals(subtype) ? "link" : subtype + " annotation") + " on page " + number;
            action(annotation, where);
            additionalActions(annotation, where);
            kept.add(annotations.get(i));
        }
        if (kept.size() != annotations.size()) {
            page.setItem(COSName.ANNOTS, kept);
        }
    }

    private void outline(COSDictionary node) {
        for (COSBase item = node.getDictionaryObject(COSName.FIRST); item instanceof COSDictionary entry;
                item = entry.getDictionaryObject(COSName.NEXT)) {
            action(entry, "outline entry " + quoted(List.of(textOf(entry.getDictionaryObject(COSName.TITLE), ""))));
            outline(entry);
        }
    }

    /** The /A action of an annotation, field or outline entry, removed if unsafe. */
    private void action(COSDictionary holder, String where) {
        if (holder.getDictionaryObject(COSName.A) instanceof COSDictionary action && !keep(action, where)) {
            holder.removeItem(COSName.A);
        }
    }

    /** The additional actions (AA: triggers to actions) of a holder, each removed if unsafe. */
    private void additionalActions(COSDictionary holder, String where) {
        if (!(holder.getDictionaryObject(COSName.AA) instanceof COSDictionary triggers)) {
            return;
        }
        for (COSName trigger : List.copyOf(triggers.keySet())) {
            if (triggers.getDictionaryObject(trigger) instanceof COSDictionary action
                    && !keep(action, where + ", trigger " + trigger.getName())) {
                triggers.removeItem(trigger);
            }
        }
        if (triggers.size() == 0) {
            holder.removeItem(COSName.AA);
        }
    }

    /** Whether an action is safe; the unsafe actions chained after a safe one (Next) are removed from it. */
    private boolean keep(COSDictionary action, String where) {
        String unsafe = unsafe(action);
        if (unsafe != null) {
            removed.add(unsafe + " (" + where + ")");
            return false;
        }
        COSBase next = action.getDictionaryObject(COSName.NEXT);
        if (next instanceof COSDictionary single && !keep(single, where)) {
            action.removeItem(COSName.NEXT);
        } else if (next instanceof COSArray chain) {
            COSArray kept = new COSArray();
            for (int i = 0; i < chain.size(); i++) {
                if (!(chain.getObject(i) instanceof COSDictionary each) || keep(each, where)) {
                    kept.add(chain.get(i));
                }
            }
            action.setItem(COSName.NEXT, kept);
        }
        return true;
    }

    /** What makes an action unsafe, in words, or null if it is safe. */
    private static String unsafe(COSDictionary action) {
        String type = action.getNameAsString(COSName.S);
        if ("URI".equals(type)) {
            String uri = textOf(action.getDictionaryObject(COSName.URI), "");
            return uri.strip().regionMatches(true, 0, "file:", 0, 5) ? "link to " + uri.strip() : null;
        }
        if ("Launch".equals(type)) {
            String file = fileOf(action.getDictionaryObject(COSName.F));
            return file.isEmpty() ? UNSAFE_ACTIONS.get(type) : UNSAFE_ACTIONS.get(type) + " of " + file;
        }
        if (UNSAFE_ACTIONS.containsKey(type)) {
            return UNSAFE_ACTIONS.get(type);
        }
        return action.containsKey(COSName.JS) ? "JavaScript in a " + type + " action" : null;
    }

    /** Removes the structure tree's object references to annotations that were removed. */
    private void dropReferences(COSDictionary element) {
        COSBase kids = element.getDictionaryObject(COSName.K);
        if (kids instanceof COSArray array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if (array.getObject(i) instanceof COSDictionary kid) {
                    if (removedAnnotations.contains(referencedBy(kid))) {
                        array.remove(i);
                    } else {
                        dropReferences(kid);
                    }
                }
            }
        } else if (kids instanceof COSDictionary kid) {
            if (removedAnnotations.contains(referencedBy(kid))) {
                element.removeItem(COSName.K);
            } else {
                dropReferences(kid);
            }
        }
    }

    private static COSBase referencedBy(COSDictionary kid) {
        return "OBJR".equals(kid.getNameAsString(COSName.TYPE)) ? kid.getDictionaryObject(COSName.OBJ) : null;
    }

    /** The names of a name tree (JavaScript, EmbeddedFiles), in order. */
    private static List<String> namesIn(COSBase tree) {
        List<String> names = new ArrayList<>();
        if (tree instanceof COSDictionary node) {
            if (node.getDictionaryObject(COSName.NAMES) instanceof COSArray pairs) {
                for (int i = 0; i < pairs.size(); i += 2) {
                    names.add(textOf(pairs.getObject(i), ""));
                }
            }
            if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
                for (int i = 0; i < kids.size(); i++) {
                    names.addAll(namesIn(kids.getObject(i)));
                }
            }
        }
        return names;
    }

    private static String fileOf(COSBase specification) {
        if (specification instanceof COSDictionary dictionary) {
            COSBase name = dictionary.containsKey(COSName.UF) ? dictionary.getDictionaryObject(COSName.UF)
                    : dictionary.getDictionaryObject(COSName.F);
            return textOf(name, "");
        }
        return textOf(specification, "");
    }

    private static String textOf(COSBase value, String otherwise) {
        return value instanceof COSString string ? string.getString() : otherwise;
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }
}
