package org.briefings.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stands in front of Tika's Tesseract parser, so every page image on its way to Tesseract passes
 * here: an image file (PNG, JPEG, TIFF and each of its pages, GIF, BMP), an image attached to an
 * e-mail or packed in an archive, and a PDF page without a text layer that Tika's PDF parser
 * rendered for OCR (it hands the page to the OCR parser it finds in the parse context, which is the
 * parser this one is part of). Here each page is
 *
 * <ul>
 *   <li>counted against the file's {@link OcrBudget}: pages beyond the page limit, or after the OCR
 *       deadline, are not read, and Tesseract's own timeout is cut to the time left;</li>
 *   <li>straightened ({@link Deskew}) when it is turned by a few degrees, which Tesseract's layout
 *       analysis does not survive.</li>
 * </ul>
 *
 * <p>A page that needs no straightening is handed on as it came, byte for byte. An image Java's
 * ImageIO cannot decode (JPEG 2000, a CMYK JPEG) is handed on unstraightened.
 */
final class OcrPageParser extends ParserDecorator {

    private static final long serialVersionUID = 1L;

    OcrPageParser(Parser tesseract) {
        super(tesseract);
    }

    /**
     * Nothing once the file's budget is spent. Tika's PDF parser asks this before it renders a page
     * for OCR, so pages beyond the limit are not even rendered (rendering a page at 300 dpi costs
     * about as much as a tenth of reading it).
     */
    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        OcrBudget budget = context.get(OcrBudget.class);
        return budget != null && budget.spent() ? Set.of() : super.getSupportedTypes(context);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        TesseractOCRConfig config = context.get(TesseractOCRConfig.class);
        OcrBudget budget = context.get(OcrBudget.class);
        if (budget == null || config == null || config.isSkipOcr()) {
            super.parse(stream, handler, metadata, context);
            return;
        }
        try (TemporaryResources tmp = new TemporaryResources()) {
            TikaInputStream tis = TikaInputStream.get(stream, tmp, metadata);
            Prepared page = prepare(tis.getPath(), budget, tmp);
            if (page.pages() == 0) {
                return; // over the budget: not read, counted
            }
            config.setTimeoutSeconds(
                    (int) Math.max(1, Math.ceil(budget.timeLeft().toMillis() / 1000.0)));
            try {
                if (page.file() == null) {
                    super.parse(tis, handler, metadata, context);
                } else {
                    try (TikaInputStream prepared = TikaInputStream.get(page.file())) {
                        super.parse(prepared, handler, metadata, context);
                    }
                }
            } catch (TikaException e) {
                TesseractLeftovers.deleteInTemporaryFolder(); // Tika keeps Tesseract's output of a failed page
                if (!budget.timeLeft().isZero()) {
                    throw e;
                }
                budget.timedOut(page.pages()); // Tesseract stopped at the deadline: the text so far is kept
            }
        }
    }

    /**
     * What to hand to Tesseract.
     *
     * @param pages pages to read (0: none, over the budget)
     * @param file  a rewritten image (straightened, or fewer pages), or null for the original
     */
    private record Prepared(int pages, Path file) {}

    private static Prepared prepare(Path original, OcrBudget budget, TemporaryResources tmp) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(original.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return new Prepared(budget.take(1), null);
            }
            ImageReader reader = readers.next();
            int allowed = 0;
            try {
                reader.setInput(in);
                int count = Math.max(1, reader.getNumImages(true));
                allowed = budget.take(count);
                if (allowed == 0) {
                    return new Prepared(0, null);
                }
                return count == 1 ? single(reader, budget, tmp) : several(reader, allowed, count, budget, tmp);
            } catch (IOException | RuntimeException e) {
                // ImageIO cannot decode it (a CMYK JPEG, an odd TIFF): Tesseract may still read it
                return new Prepared(allowed > 0 ? allowed : budget.take(1), null);
            } finally {
                reader.dispose();
            }
        }
    }

    private static Prepared single(ImageReader reader, OcrBudget budget, TemporaryResources tmp) throws IOException {
        BufferedImage image = reader.read(0);
        Deskew.Estimate skew = Deskew.estimate(image);
        if (!skew.worthStraightening()) {
            return new Prepared(1, null);
        }
        budget.straightened(skew.degrees());
        Path png = tmp.createTempFile(".png");
        ImageIO.write(Deskew.straighten(image, skew), "png", png.toFile());
        return new Prepared(1, png);
    }

    /** The pages of a multi-page image allowed, each straightened as needed, as one TIFF. */
    private static Prepared several(
            ImageReader reader, int allowed, int count, OcrBudget budget, TemporaryResources tmp) throws IOException {
        Path tiff = tmp.createTempFile(".tiff");
        boolean changed = allowed < count;
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(tiff))) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Deflate");
            writer.prepareWriteSequence(null);
            for (int i = 0; i < allowed; i++) {
                BufferedImage image = reader.read(i); // one page in memory at a time
                Deskew.Estimate skew = Deskew.estimate(image);
                if (skew.worthStraightening()) {
                    budget.straightened(skew.degrees());
                    image = Deskew.straighten(image, skew);
                    changed = true;
                }
                writer.writeToSequence(new IIOImage(image, null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return new Prepared(allowed, changed ? tiff : null);
    }
}
