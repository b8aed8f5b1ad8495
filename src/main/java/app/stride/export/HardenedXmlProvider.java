package app.stride.export;

import io.jenetics.jpx.XMLProvider;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;

/**
 * jpx's XML factories with DTDs and external entities off (found by jpx through {@code META-INF/services}), so GPX
 * parsing is safe even for a caller that skipped {@link SafeXml#read}.
 */
public final class HardenedXmlProvider extends XMLProvider {

    @Override
    public XMLInputFactory xmlInputFactory() {
        return SafeXml.factory();
    }

    @Override
    public DocumentBuilderFactory documentBuilderFactory() {
        final DocumentBuilderFactory f = super.documentBuilderFactory();
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's parser supports these features", e);
        }
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }
}
