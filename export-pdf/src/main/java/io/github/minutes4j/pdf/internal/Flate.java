package io.github.minutes4j.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Compresses a render's streams with the Flate filter at zlib's fastest level (1), not at PDFBox's
 * default (6): the embedded font subsets ({@link SubsetFont}) and the pages' content streams,
 * which the engine writes uncompressed for it ({@link PageRenderer}).
 *
 * <p>Compressing was a third of an export's CPU time in a profile of the December 2021 minutes
 * (JFR, 6 December 2026): PDFBox compressed the content streams at level 6 inside the engine's
 * drawing, about 12 % of the export, and the subsets took about 9 % at level 1. Level 1 compresses
 * text and font programs almost as well at a fraction of the time: for the fonts of the June 2022
 * minutes it took 0.6-0.7 ms where level 6 took 1.0-1.5 ms, for 700 bytes more (20.5 KB against
 * 19.8 KB).
 *
 * <p>One per render; not thread-safe. Closing it frees the compressor's native memory.
 */
final class Flate implements AutoCloseable {

  private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
  private final byte[] buffer = new byte[16 * 1024];

  /**
   * A new stream of the document holding the data, compressed.
   *
   * @param document the document the stream belongs to
   * @param data the stream's data, uncompressed
   * @return the stream, with {@code /Filter /FlateDecode}
   * @throws IOException if PDFBox cannot store the stream
   */
  COSStream stream(PDDocument document, byte[] data) throws IOException {
    COSStream stream = document.getDocument().createCOSStream();
    write(stream, data);
    return stream;
  }

  /**
   * Compresses the content streams of a page the engine has finished drawing, those that have no
   * filter yet. Called for each page as the next one is asked for ({@link SharedArtifacts}), and
   * then once for all pages ({@link #allPages}): compressed only at the end, the pages of a
   * 576-page document held about 85 MB more of live heap at its peak (235 MB against 150 MB).
   *
   * @param page a page whose drawing is finished
   * @throws IOException if PDFBox cannot read or store a stream
   */
  void finished(PDPage page) throws IOException {
    pageContents(page);
  }

  /**
   * Compresses the content streams of every page of the document that have no filter yet (the
   * last page; the others were compressed as they were finished). Walks the page tree once: looking
   * a page up by its number walks the tree from its root, which for each page of a 574-page
   * document made the time grow with the square of the pages.
   *
   * @param document the document, whose pages are all drawn
   * @throws IOException if PDFBox cannot read or store a stream
   */
  void allPages(PDDocument document) throws IOException {
    for (PDPage page : document.getPages()) {
      pageContents(page);
    }
  }

  private void pageContents(PDPage page) throws IOException {
    COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    if (contents instanceof COSStream) {
      compress((COSStream) contents);
    } else if (contents instanceof COSArray) {
      COSArray streams = (COSArray) contents;
      for (int i = 0; i < streams.size(); i++) {
        if (streams.getObject(i) instanceof COSStream) {
          compress((COSStream) streams.getObject(i));
        }
      }
    }
  }

  private void compress(COSStream stream) throws IOException {
    if (stream.containsKey(COSName.FILTER)) {
      return;
    }
    byte[] data;
    try (InputStream in = stream.createRawInputStream()) {
      data = in.readAllBytes();
    }
    write(stream, data);
  }

  private void write(COSStream stream, byte[] data) throws IOException {
    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    deflater.reset();
    deflater.setInput(data);
    deflater.finish();
    try (OutputStream out = stream.createRawOutputStream()) {
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
    }
  }

  @Override
  public void close() {
    deflater.end();
  }
}
