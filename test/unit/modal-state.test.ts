import { describe, expect, it } from 'vitest';
import { readModalInputs } from '../../src/slack/modal-state.ts';

describe('reading a submitted modal', () => {
  it('when a form holds every kind of input Hexin uses, then each block reads as its text and its chosen values', () => {
    const values = {
      title: { input: { type: 'plain_text_input', value: 'Visit 30 shops' } },
      empty: { input: { type: 'plain_text_input', value: null } },
      category: { input: { type: 'static_select', selected_option: { value: 'support' } } },
      due: { input: { type: 'datepicker', selected_date: '2026-12-31' } },
      owner: { input: { type: 'users_select', selected_user: 'UMEI' } },
      holders: { input: { type: 'multi_users_select', selected_users: ['UMEI', 'UJOE'] } },
      sign: { input: { type: 'checkboxes', selected_options: [{ value: 'signed' }] } },
      score: { input: { type: 'number_input', value: '8' } },
    };
    expect(readModalInputs(values, 'input')).toEqual({
      title: { text: 'Visit 30 shops', values: ['Visit 30 shops'] },
      empty: { text: '', values: [] },
      category: { text: 'support', values: ['support'] },
      due: { text: '2026-12-31', values: ['2026-12-31'] },
      owner: { text: 'UMEI', values: ['UMEI'] },
      holders: { text: '', values: ['UMEI', 'UJOE'] },
      sign: { text: '', values: ['signed'] },
      score: { text: '8', values: ['8'] },
    });
  });

  it('when an action id is named, then only that input of each block is read; without one, the block’s only input', () => {
    const values = { a: { other: { value: 'x' } }, b: { input: { value: 'y' } } };
    expect(readModalInputs(values, 'input')).toEqual({ b: { text: 'y', values: ['y'] } });
    expect(readModalInputs(values)).toEqual({ a: { text: 'x', values: ['x'] }, b: { text: 'y', values: ['y'] } });
  });

  it('when the state is tampered with, then what is not in Slack’s shape reads as empty and nothing throws', () => {
    expect(readModalInputs(null)).toEqual({});
    expect(readModalInputs('state')).toEqual({});
    expect(readModalInputs({ a: 'x' })).toEqual({});
    const values = JSON.parse(
      '{"number":{"input":{"value":42}},"options":{"input":{"selected_option":"support"}},"__proto__":{"input":{"value":"p"}}}',
    );
    const read = readModalInputs(values, 'input');
    expect(read.number).toEqual({ text: '', values: [] });
    expect(read.options).toEqual({ text: '', values: [] });
    // No form has a block named "__proto__": it is dropped, and never becomes the result's prototype.
    expect(Object.keys(read).sort()).toEqual(['number', 'options']);
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
  });
});
