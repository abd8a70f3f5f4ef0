package org.irm.bench;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.docx4j.TraversalUtil;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.Tag;
import org.irm.catalogue.I18nLabels;
import org.irm.config.TemplateSource;
import org.irm.docx.DocxReader;
import org.irm.identity.IdentitySeal;
import org.irm.submission.CatalogueShelf;
import org.irm.submission.DocumentInspector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one Word document, warm, in one thread: each operation reads the next document of the
 * set (so operations per second are documents per second, and {@code -prof gc}'s
 * {@code gc.alloc.rate.norm} is bytes allocated per document).
 *
 * <ul>
 *   <li>{@link #staxFloor}: unzip and a bare StAX pass over the XML parts our reader parses
 *       ({@link XmlParts}; the custom XML items, which our reader keeps as text, are only
 *       inflated), doing nothing with the events: what reading the bytes costs at all;</li>
 *   <li>{@link #irmReader}: {@link DocxReader}, every content control, comment, revision, bookmark,
 *       property and custom XML part;</li>
 *   <li>{@link #irmInspect}: what {@code irm inspect} does: type detection and screening, reading,
 *       the identity's seal, every answer located, validation against the catalogue;</li>
 *   <li>{@link #docx4jLoad}: docx4j loading the package and walking the main document's content
 *       controls (their tags);</li>
 *   <li>{@link #poiOpen}: POI opening the file as an XWPFDocument and walking its body elements;</li>
 *   <li>{@link #tikaText}: Tika's AutoDetectParser extracting the text.</li>
 * </ul>
 * Files are read from disk (the page cache, after warm-up) by every contender alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// The JAXP StAX lookup gives the JDK's parser, as in irm (Irm sets the same): docx4j, POI and Tika are
// measured as their users get them, and only our reader and the floor parse with Woodstox.
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
    "-Dorg.slf4j.simpleLogger.log.org.docx4j=error",
    "-Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl",
    "-Djavax.xml.stream.XMLOutputFactory=com.sun.xml.internal.stream.XMLOutputFactoryImpl"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class ReadingBenchmark {

    /** The key {@code bench/run} seals its checklist with: published, for benchmarks only. */
    static final String BENCH_KEY = "irm-bench-public-key-not-secret-01";

    @Param({BenchDocuments.FULL, BenchDocuments.ONE_PAGE, BenchDocuments.REAL})
    public String documents;

    private List<Path> files;
    private List<List<String>> xmlParts;
    private int next;
    private XMLInputFactory stax;
    private DocxReader reader;
    private DocumentInspector inspector;
    private AutoDetectParser tika;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        files = BenchDocuments.set(documents);
        xmlParts = new ArrayList<>();
        for (Path file : files) {
            xmlParts.add(XmlParts.of(file));
        }
        // The floor parses with the parser our reader uses (Woodstox), as safely (no DTDs, no entity
        // expansion): what is left over it is what our reader adds.
        stax = new com.ctc.wstx.stax.WstxInputFactory();
        stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        stax.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        stax.setProperty(XMLInputFactory.IS_COALESCING, false);
        stax.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        reader = new DocxReader();
        TemplateSource templates = TemplateSource.bundled();
        inspector = new DocumentInspector(new IdentitySeal(BENCH_KEY.getBytes(StandardCharsets.UTF_8)),
                new CatalogueShelf(templates, I18nLabels.load(templates)));
        tika = new AutoDetectParser();
    }

    private int nextIndex() {
        int index = next;
        next = (next + 1) % files.size();
        return index;
    }

    @Benchmark
    public long staxFloor() throws Exception {
        int index = nextIndex();
        long events = 0;
        try (ZipFile zip = new ZipFile(files.get(index).toFile())) {
            for (String part : xmlParts.get(index)) {
                try (InputStream in = zip.getInputStream(zip.getEntry(part))) {
                    if (XmlParts.keptAsText(part)) {
                        events += in.readAllBytes().length;
                        continue;
                    }
                    XMLStreamReader xml = stax.createXMLStreamReader(in);
                    while (xml.hasNext()) {
                        events += xml.next();
                    }
                    xml.close();
                }
            }
        }
        return events;
    }

    @Benchmark
    public Object irmReader() throws Exception {
        return reader.read(files.get(nextIndex()));
    }

    @Benchmark
    public Object irmInspect() {
        return inspector.inspect(files.get(nextIndex()));
    }

    @Benchmark
    public long docx4jLoad() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(files.get(nextIndex()).toFile());
        long[] tags = {0};
        new TraversalUtil(pkg.getMainDocumentPart().getContent(), new TraversalUtil.CallbackImpl() {
            @Override
            public List<Object> apply(Object o) {
                if (o instanceof SdtElement sdt && sdt.getSdtPr() != null) {
                    Tag tag = sdt.getSdtPr().getTag();
                    tags[0] += tag == null ? 1 : tag.getVal().length();
                }
                return null;
            }
        });
        return tags[0];
    }

    @Benchmark
    public long poiOpen() throws Exception {
        File file = files.get(nextIndex()).toFile();
        OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ);
        try (XWPFDocument document = new XWPFDocument(pkg)) {
            long seen = 0;
            for (IBodyElement element : document.getBodyElements()) {
                seen += element instanceof XWPFSDT sdt ? sdt.getTag() == null ? 1 : sdt.getTag().length() : 1;
            }
            return seen;
        } finally {
            pkg.revert();
        }
    }

    @Benchmark
    public int tikaText() throws Exception {
        BodyContentHandler text = new BodyContentHandler(-1);
        try (TikaInputStream in = TikaInputStream.get(files.get(nextIndex()))) {
            tika.parse(in, text, new Metadata(), new ParseContext());
        }
        return text.toString().length();
    }
}
