/** The overlay's element building (components/dom.ts): text stays text, and children are put in order without moving the ones in place. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fill, h, syncChildren } from '../../components/dom';
import { installDom } from '../helpers/overlay-dom';

beforeEach(() => {
  installDom();
});

describe('h and fill', () => {
  it('sets attributes: true as present, false / null / undefined as absent, numbers as text', () => {
    const element = h('details', { class: 'a b', open: true, hidden: false, title: null, 'aria-label': undefined, tabindex: -1 });
    expect(element.getAttribute('class')).toBe('a b');
    expect(element.getAttribute('open')).toBe('');
    expect(element.getAttribute('tabindex')).toBe('-1');
    for (const name of ['hidden', 'title', 'aria-label']) expect(element.hasAttribute(name), name).toBe(false);
  });

  it('adds `on<type>` as a listener, not an attribute', () => {
    let clicks = 0;
    const button = h('button', {
      onclick: () => {
        clicks++;
      },
    });
    button.dispatchEvent(new window.Event('click'));
    expect(clicks).toBe(1);
    expect(button.hasAttribute('onclick')).toBe(false);
  });

  it('makes strings Text nodes, never markup', () => {
    const element = h('p', null, '<b>1.00</b>', h('span', null, 'x'), null, false, undefined);
    expect(element.textContent).toBe('<b>1.00</b>x');
    expect([...element.children].map((child) => child.tagName.toLowerCase())).toEqual(['span']);
  });

  it('fill replaces what the element held', () => {
    const element = h('div', null, 'old', h('span'));
    expect(fill(element, { class: 'new' }, 'new')).toBe(element);
    expect(element.textContent).toBe('new');
    expect(element.children).toHaveLength(0);
  });
});

describe('syncChildren', () => {
  it('puts the wanted nodes in order, removes the others, and leaves the ones in place where they are', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => h('span', { id }));
    const parent = h('div', null, a!, c!, d!);
    const removed: Node[] = [];
    // A node that is moved is removed first: record removals to see that a and c never are.
    const remove = parent.removeChild.bind(parent);
    const insert = parent.insertBefore.bind(parent);
    parent.removeChild = <T extends Node>(node: T) => (removed.push(node), remove(node));
    parent.insertBefore = <T extends Node>(node: T, before: Node | null) => {
      if (node.parentNode === parent) removed.push(node);
      return insert(node, before);
    };
    syncChildren(parent, [a, null, b, false, c]);
    expect([...parent.children].map((child) => child.id)).toEqual(['a', 'b', 'c']);
    expect(removed).toEqual([d]);
  });
});
