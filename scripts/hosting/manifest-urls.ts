// The addresses a manifest makes Office load: pages, scripts, functions metadata, icons, help.
import { DOMParser, onErrorStopParsing, type Element } from "@xmldom/xmldom";

const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Image", "Url"]);

/** Every distinct DefaultValue URL of the manifest, in document order. Throws on XML that is not well formed. */
export function manifestUrls(xml: string): string[] {
  const document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, "text/xml");
  const urls = new Set<string>();
  const visit = (element: Element) => {
    const value = element.getAttribute("DefaultValue");
    if (URL_ELEMENTS.has(element.localName ?? "") && value) urls.add(value);
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === node.ELEMENT_NODE) visit(node as Element);
    }
  };
  visit(document.documentElement as Element);
  return [...urls];
}
