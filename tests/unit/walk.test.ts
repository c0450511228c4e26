import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { SKIP, walk } from '../../src/pure/walk.ts';
import { articleParser } from '../../src/content-lint/processor.ts';

const tree = (): Root => articleParser().parse('A *b* c.\n\n> Quoted *d*.\n\n- e\n') as Root;

describe('walk', () => {
  it('visits the tree itself, then every node in document order', () => {
    const types: string[] = [];
    walk(tree(), (node) => {
      types.push(node.type);
    });
    expect(types).toEqual(['root', 'paragraph', 'text', 'emphasis', 'text', 'text', 'blockquote', 'paragraph', 'text', 'emphasis', 'text', 'text', 'list', 'listItem', 'paragraph', 'text']);
  });

  it('visits only the nodes of a type, with their index and parent', () => {
    const seen: string[] = [];
    walk(tree(), 'emphasis', (node, index, parent) => {
      seen.push(`${parent?.type ?? ''}[${String(index)}] ${node.children.length}`);
    });
    expect(seen).toEqual(['paragraph[1] 1', 'paragraph[1] 1']);
  });

  it('does not go into a node whose visitor says SKIP', () => {
    const texts: string[] = [];
    walk(tree(), (node) => {
      if (node.type === 'blockquote') return SKIP;
      if (node.type === 'text') texts.push(node.value);
      return undefined;
    });
    expect(texts).toEqual(['A ', 'b', ' c.', 'e']);
  });

  it('goes on from the index a visitor returns, past the siblings it inserted', () => {
    const root = tree();
    let visits = 0;
    walk(root, 'paragraph', (_node, index, parent) => {
      visits += 1;
      if (index === undefined || !parent || parent.type !== 'root') return undefined;
      parent.children.splice(index + 1, 0, { type: 'thematicBreak' });
      return index + 2;
    });
    expect(visits).toBe(3);
    expect(root.children.map((node) => node.type)).toEqual(['paragraph', 'thematicBreak', 'blockquote', 'list']);
  });
});
