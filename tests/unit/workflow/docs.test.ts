import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  renderGuardTable,
  renderMermaid,
  renderStateTable,
  renderTransitionTable,
} from '../../../shared/domain/workflow';

/** Biome aligns Markdown tables; compare cells, not padding. */
const normalise = (markdown: string): string =>
  markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/ *\| */g, '|')
        .replace(/-{3,}/g, '---')
        .trimEnd(),
    )
    .join('\n');

const doc = normalise(readFileSync(new URL('../../../docs/workflow.md', import.meta.url), 'utf8'));

describe('docs/workflow.md', () => {
  it.each([
    ['transition table', renderTransitionTable],
    ['state table', renderStateTable],
    ['guard table', renderGuardTable],
    ['mermaid diagram', renderMermaid],
  ])('shows the %s as the data has it', (_name, render) => {
    expect(doc).toContain(normalise(render()));
  });
});
