// Builds elements through DOM APIs only. Text from the API is untrusted, so it only ever becomes
// a text node (textContent) or an attribute value, never markup.

/**
 * h('p', {class: 'x', 'aria-label': 'y'}, 'text', child) -> <p class="x" aria-label="y">text<child/></p>
 * Attribute values null/undefined/false are skipped; `dataset` and `style` take objects.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The same for SVG elements. */
export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

function setAttributes(el, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name === 'style') for (const [p, v] of Object.entries(value)) el.style.setProperty(p, v);
    else if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(el, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Empties an element without touching markup. */
export function clear(el) {
  el.replaceChildren();
  return el;
}
