import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse, linkCardPaths } from '../../../data/link-cards.ts';
import type { LinkCard } from '../../../pure/link-card.ts';

/** Each article's preview card (src/pure/link-card.ts), a few hundred bytes, fetched by a
 * page only when a reader points at, focuses or taps a link to the article. */
export const getStaticPaths = (() => linkCardPaths('en')) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: LinkCard }> = ({ props }) => cardResponse(props.card);
