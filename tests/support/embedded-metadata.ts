/**
 * Reads a page's meta tags as Zotero's Embedded Metadata translator (with the RDF translator
 * it hands Dublin Core and Open Graph to) reads them, for the fields a citation needs: the
 * item type, title, creators, website title, date and URL. The rules follow the translators
 * (zotero/translators, "Embedded Metadata.js" and "RDF.js"): any Highwire `citation_title`
 * makes a journal article unless Dublin Core or Open Graph name a type; `og:type` "article"
 * or `DC.type` "Text" only guess a journal article, "website" makes a web page; authors come
 * from `citation_author`, else `DC.creator`; the website title from `og:site_name`.
 */
export interface EmbeddedItem {
  itemType: string;
  title: string | undefined;
  creators: string[];
  websiteTitle: string | undefined;
  date: string | undefined;
  url: string | undefined;
}

/** `meta` maps each `name` or `property` to its contents, in page order. */
export function embeddedItem(meta: ReadonlyMap<string, readonly string[]>): EmbeddedItem {
  const first = (...names: string[]) => names.map((name) => meta.get(name)?.[0]).find((value) => value !== undefined);
  const highwire = [...meta.keys()].filter((name) => name.startsWith('citation_'));
  const hwType = meta.has('citation_journal_title') ? 'journalArticle' : meta.has('citation_technical_report_institution') ? 'report' : undefined;
  const hwGuess = highwire.includes('citation_title') ? 'journalArticle' : undefined;
  const ogType = first('og:type');
  const dcType = first('DC.type', 'DCTERMS.type')?.toLowerCase();
  const definite = ogType === 'website' ? 'webpage' : dcType === 'webpage' ? 'webpage' : undefined;
  const guess = ogType === 'article' || dcType === 'text' ? 'journalArticle' : undefined;
  return {
    itemType: definite ?? hwType ?? hwGuess ?? guess ?? 'webpage',
    title: first('citation_title', 'DC.title', 'og:title'),
    creators: [...(meta.get('citation_author') ?? meta.get('DC.creator') ?? [])],
    websiteTitle: first('citation_journal_title', 'DC.source', 'og:site_name'),
    date: first('citation_date', 'citation_publication_date', 'og:published_time', 'article:published_time', 'DC.date'),
    url: first('citation_public_url', 'og:url'),
  };
}
