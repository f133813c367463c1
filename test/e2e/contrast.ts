/**
 * WCAG 2 contrast, measured in the page. The page functions (measureContrast, focusedIndicator) are
 * passed to `evaluate` and run in the browser, so each is self-contained (no imports, no outer
 * variables: what they need from our code comes in the request); that is why both contrast
 * measurements live in one function sharing its colour maths.
 */
import type { Page } from '@playwright/test';
import { highlightName, LAYERS } from '../../entrypoints/content/highlight-css';

export interface ContrastProblem {
  text: string;
  element: string;
  color: string;
  background: string;
  ratio: number;
  required: number;
}

type TextContrast = { measured: number; problems: ContrastProblem[] };
/** `layers`: our highlights' names, in the order they are painted (highlight-css.ts). */
type ContrastRequest = { kind: 'text' | 'highlights'; hostSelector: string | null; layers: string[] };
type LayersContrast = { rules: string[]; measured: HighlightContrast[] };

export interface HighlightContrast {
  layers: string;
  text: string;
  color: string;
  background: string;
  ratio: number;
}

/**
 * Every visible element with text of its own, in the document or in the open shadow roots of
 * `hostSelector`'s elements (searched into nested open shadow roots): the contrast of its computed
 * colour against its effective background (its own and its ancestors' background colours composited,
 * across shadow boundaries, over white). Returns the elements below 4.5:1 (3:1 for large text: ≥ 24px,
 * or ≥ 18.66px and bold), and how many were measured.
 */
export function auditContrast(target: Page, hostSelector: string | null): Promise<TextContrast> {
  const request: ContrastRequest = { kind: 'text', hostSelector, layers: [] };
  return target.evaluate(measureContrast, request) as Promise<TextContrast>;
}

/**
 * The figures painted on the page, in their own colour over their own effective background, under
 * every stack of our highlight layers a figure can get: each look alone, and each primary look with the
 * current-figure layer, the flash, or both (the colours the browser computes for our ::highlight()
 * layers, in the order the layers are painted). A layer that sets its own text colour (the flash) is
 * drawn in that colour.
 */
export function highlightContrast(target: Page): Promise<LayersContrast> {
  const request: ContrastRequest = { kind: 'highlights', hostSelector: null, layers: LAYERS.map(highlightName) };
  return target.evaluate(measureContrast, request) as Promise<LayersContrast>;
}

/** Both measurements in one page function, so the colour arithmetic is written once (see the top). */
function measureContrast(request: ContrastRequest): TextContrast | LayersContrast {
  type Rgba = [number, number, number, number];
  // Computed colours come as rgb()/rgba(), or color(srgb …) for some colour functions.
  const parse = (value: string): Rgba => {
    const numbers = (value.match(/[\d.]+%?/g) ?? []).map((n) => (n.endsWith('%') ? parseFloat(n) / 100 : parseFloat(n)));
    if (value.startsWith('color(srgb')) return [numbers[0]! * 255, numbers[1]! * 255, numbers[2]! * 255, numbers[3] ?? 1];
    if (!/^rgba?\(/.test(value)) throw new Error(`unexpected colour ${value}`);
    return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3] ?? 1];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const luminance = ([r, g, b]: Rgba) => {
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const ratio = (a: Rgba, b: Rgba) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null);
  const background = (el: Element): Rgba => {
    const chain: Element[] = [];
    for (let at: Element | null = el; at; at = parentOf(at)) chain.push(at);
    let result: Rgba = [255, 255, 255, 1];
    for (const node of chain.reverse()) result = over(parse(getComputedStyle(node).backgroundColor), result);
    return result;
  };
  const hex = (c: Rgba) => `#${c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

  if (request.kind === 'text') {
    const hidden = (el: Element) => {
      for (let at: Element | null = el; at; at = parentOf(at)) {
        const style = getComputedStyle(at);
        if (style.clip === 'rect(0px, 0px, 0px, 0px)' || at.classList.contains('sr-only')) return true;
      }
      return false;
    };
    const elements: Element[] = [];
    const collect = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        elements.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      }
    };
    if (request.hostSelector) {
      for (const host of document.querySelectorAll(request.hostSelector)) if (host.shadowRoot) collect(host.shadowRoot);
    } else {
      collect(document);
    }
    const problems: ContrastProblem[] = [];
    let measured = 0;
    for (const el of elements) {
      if (['SCRIPT', 'STYLE', 'TITLE', 'OPTION', 'HEAD'].includes(el.tagName) || el instanceof SVGElement) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '').map((n) => n.textContent!.trim()).join(' ');
      if (!own) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || hidden(el)) continue;
      const style = getComputedStyle(el);
      const bg = background(el);
      const fg = over(parse(style.color), bg);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && parseInt(style.fontWeight, 10) >= 700);
      const required = large ? 3 : 4.5;
      const value = ratio(fg, bg);
      measured++;
      if (value < required) {
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
        problems.push({ text: own.slice(0, 40), element: name, color: hex(fg), background: hex(bg), ratio: Math.round(value * 100) / 100, required });
      }
    }
    return { measured, problems };
  }

  // What each of our highlight layers paints, as the browser computes it for <html>: in Chromium the
  // rules come from the manifest's stylesheet, out of the page's reach, and are inherited from there.
  const rootColor = getComputedStyle(document.documentElement).color;
  const paint = new Map<string, { background: Rgba | null; color: Rgba | null }>();
  for (const name of request.layers) {
    const style = getComputedStyle(document.documentElement, `::highlight(${name})`);
    const background = parse(style.backgroundColor);
    if (background[3] === 0 && style.textDecorationLine === 'none') continue;
    paint.set(name, { background: background[3] === 0 ? null : background, color: style.color === rootColor ? null : parse(style.color) });
  }
  // The painted figures' own colours and backgrounds.
  const bases = new Map<string, { text: string; color: Rgba; background: Rgba }>();
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('suanpan-')) continue;
    for (const range of highlight) {
      const element = range.startContainer.parentElement;
      if (!element) continue;
      const bg = background(element);
      const color = parse(getComputedStyle(element).color);
      const key = `${hex(color)}/${color[3]}|${hex(bg)}`;
      if (!bases.has(key)) bases.set(key, { text: (range.startContainer.textContent ?? '').slice(range.startOffset, range.endOffset), color, background: bg });
    }
  }
  const primaries = ['suanpan-error', 'suanpan-warning', 'suanpan-info'];
  const stacks: string[][] = [
    ...[...paint.keys()].map((name) => [name]),
    ...primaries.flatMap((p) => [[p, 'suanpan-current'], [p, 'suanpan-flash'], [p, 'suanpan-current', 'suanpan-flash']]),
  ];
  const measured: HighlightContrast[] = [];
  for (const base of bases.values()) {
    for (const stack of stacks) {
      let bg = base.background;
      let fg = base.color;
      for (const layer of stack) {
        const look = paint.get(layer);
        if (look?.background) bg = over(look.background, bg);
        if (look?.color) fg = look.color;
      }
      const shown = over(fg, bg);
      measured.push({ layers: stack.join('+'), text: base.text, color: hex(shown), background: hex(bg), ratio: Math.round(ratio(shown, bg) * 100) / 100 });
    }
  }
  return { rules: [...paint.keys()], measured };
}

export interface FocusStop {
  element: string;
  /** The focus came back to an element it had been on (a full round). */
  repeat: boolean;
  outline: string;
  boxShadow: string;
  visible: boolean;
}

/** The element that has the focus, through open shadow roots, and whether it shows that it has it. */
export function focusedIndicator(): FocusStop | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body || active === document.documentElement) return null;
  const style = getComputedStyle(active);
  const outlineVisible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadowVisible = style.boxShadow !== 'none' && style.boxShadow !== '';
  const label = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 30) ?? '';
  const inShadow = active.getRootNode() instanceof ShadowRoot;
  const repeat = active.hasAttribute('data-test-focused');
  active.setAttribute('data-test-focused', '');
  return {
    repeat,
    element: `${inShadow ? 'shadow ' : ''}${active.tagName.toLowerCase()}${active.classList.length ? `.${[...active.classList].join('.')}` : ''} “${label}”`,
    outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
    boxShadow: style.boxShadow,
    visible: outlineVisible || shadowVisible,
  };
}
