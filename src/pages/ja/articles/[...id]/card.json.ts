import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse, linkCardPaths } from '../../../../data/link-cards.ts';
import type { LinkCard } from '../../../../pure/link-card.ts';

/** The Japanese pages' preview cards: the translation's title and description where there is
 * one, and the series' facts in Japanese (names from the data). */
export const getStaticPaths = (() => linkCardPaths('ja')) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: LinkCard }> = ({ props }) => cardResponse(props.card);
