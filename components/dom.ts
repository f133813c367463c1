/**
 * Plain-DOM building for what the content script shows on a page (the overlay carries no UI framework
 * into every page it runs on; the side panel keeps Preact). Strings only ever become Text nodes or
 * attribute values: nothing is parsed as markup.
 */

/** Attributes by name (`true`: present and empty; false, null, undefined: absent); `on<type>`: a listener. */
export type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;
export type Child = Node | string | null | undefined | false;

/** Sets `attributes` on `element` and makes `children` its only children. */
export function fill<E extends HTMLElement>(element: E, attributes: Attributes | null, ...children: Child[]): E {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value != null) element.setAttribute(name, String(value));
  }
  element.replaceChildren(...children.filter((child): child is Node | string => child != null && child !== false));
  return element;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attributes, ...children);
}

/**
 * Makes `parent`'s children `nodes` (the absent ones left out), in that order, without moving a node
 * that is already in place: moving a node takes the focus from it, or from the control inside it.
 * The nodes keep one order for the life of `parent`, so after removing the unwanted ones only the
 * newcomers need inserting.
 */
export function syncChildren(parent: Node, nodes: ReadonlyArray<Node | null | undefined | false>): void {
  const wanted = nodes.filter((node): node is Node => !!node);
  for (const child of [...parent.childNodes]) if (!wanted.includes(child)) parent.removeChild(child);
  let at = parent.firstChild;
  for (const node of wanted) {
    if (node === at) at = at.nextSibling;
    else parent.insertBefore(node, at);
  }
}
