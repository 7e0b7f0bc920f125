package org.practicereview.documents.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The logical structure of a tagged PDF: a Document element with headings, paragraphs and tables,
 * each tied to the marked content that draws it, and a parent tree so readers can go back from
 * content to structure. Decoration and page furniture are marked as artifacts.
 */
public final class Tagging {

    /** Drawing that may fail, run inside a marked-content sequence. */
    @FunctionalInterface
    public interface Drawing {
        void draw() throws IOException;
    }

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Map<PDPage, COSArray> parentsByPage = new IdentityHashMap<>();
    /** The parents of each page's marked content, indexed by the page's StructParents key. */
    private final List<COSArray> parentsByKey = new ArrayList<>();

    public Tagging(PDDocument pdf) {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        document = element(StandardStructureTypes.DOCUMENT, root);
    }

    /** A new element under the Document element. */
    public PDStructureElement element(String type) {
        return element(type, document);
    }

    public PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        if (parent instanceof PDStructureElement structureElement) {
            structureElement.appendKid(element);
        } else {
            ((PDStructureTreeRoot) parent).appendKid(element);
        }
        return element;
    }

    /** Draws content as part of the element: one marked-content sequence, referenced from it. */
    public void mark(PDPageContentStream stream, PDPage page, PDStructureElement element, Drawing drawing)
            throws IOException {
        COSArray parents = parentsByPage.computeIfAbsent(page, this::register);
        int mcid = parents.size();
        stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        drawing.draw();
        stream.endMarkedContent();
        parents.add(element);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(mcid);
        reference.setPage(page);
        element.appendKid(reference);
    }

    /** Draws decoration or page furniture that readers should skip. */
    public void artifact(PDPageContentStream stream, Drawing drawing) throws IOException {
        stream.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        stream.endMarkedContent();
    }

    /** Writes the parent tree; call once, after the last page is drawn. */
    public void finish() {
        COSArray nums = new COSArray();
        for (int key = 0; key < parentsByKey.size(); key++) {
            nums.add(COSInteger.get(key));
            nums.add(parentsByKey.get(key));
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        root.setParentTreeNextKey(parentsByKey.size());
    }

    private COSArray register(PDPage page) {
        page.setStructParents(parentsByKey.size());
        COSArray parents = new COSArray();
        parentsByKey.add(parents);
        return parents;
    }
}
