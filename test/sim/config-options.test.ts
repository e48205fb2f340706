// Unit tests of configuration option queries (seed 003 "Configuration namespace").
import { expect } from '@open-wc/testing';
import {
  contextualSections,
  invalidOptionText,
  queryOptions,
} from '../../src/sim/config-options.js';
import {
  defaultSections,
  defaultTransactions,
  DISPOSITION_CODES,
} from '../../src/sim/data/config-data.js';

const sections = defaultSections();

describe('configuration options', () => {
  it('reads [interaction-workspace] by default (seed getOption example)', () => {
    expect(queryOptions(sections, 'interaction.case-data.frame-color')).to.deep.equal({
      'interaction-workspace': { 'interaction.case-data.frame-color': '#FFBA00' },
    });
  });

  it('reads a section with Section/option, and several at once', () => {
    expect(
      queryOptions(sections, ['voice.auto-answer', 'CustomSection/option.customer.customer.code']),
    ).to.deep.equal({
      'interaction-workspace': { 'voice.auto-answer': 'false' },
      CustomSection: { 'option.customer.customer.code': 'ACME-42' },
    });
    expect(
      queryOptions(sections, 'interaction-workspace / interaction.disposition.key-name'),
    ).to.deep.equal({
      'interaction-workspace': { 'interaction.disposition.key-name': 'DispositionCode' },
    });
  });

  it('expands a wildcard at the end only', () => {
    const r = queryOptions(sections, 'privilege.outbound.*');
    expect(Object.keys(r['interaction-workspace'])).to.include.members([
      'privilege.outbound.can-reschedule',
      'privilege.outbound.can-set-call-result',
    ]);
    expect(
      Object.keys(r['interaction-workspace']).every((k) => k.startsWith('privilege.outbound.')),
    ).to.equal(true);
    expect(
      Object.keys(queryOptions(sections, 'voice.auto*')['interaction-workspace']),
    ).to.deep.equal(['voice.auto-answer', 'voice.auto-answer.timer']);
    for (const bad of ['*.mark-done', '*.auto', '*', 'voice.*.x', 'Custom*/option']) {
      expect(() => queryOptions(sections, bad), bad).to.throw(invalidOptionText(bad));
    }
  });

  it('leaves unknown options out, and gives disposition codes as a tree list', () => {
    expect(queryOptions(sections, 'no.such.option')).to.deep.equal({});
    expect(
      queryOptions(sections, 'interaction.disposition.value-business-attribute')[
        'interaction-workspace'
      ]['interaction.disposition.value-business-attribute'],
    ).to.deep.equal(DISPOSITION_CODES);
  });

  it('applies IW_OverrideOptions overrides (seed getContextualOption example)', () => {
    const ctx = contextualSections(sections, defaultTransactions(), {
      IW_OverrideOptions: 'CaseDataColor',
    });
    expect(queryOptions(ctx, 'interaction.case-data.frame-color')).to.deep.equal({
      'interaction-workspace': { 'interaction.case-data.frame-color': '#FF000088' },
    });
    expect(
      queryOptions(
        contextualSections(sections, defaultTransactions(), {}),
        'interaction.case-data.frame-color',
      )['interaction-workspace']['interaction.case-data.frame-color'],
    ).to.equal('#FFBA00');
  });
});
