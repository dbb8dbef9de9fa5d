// WCAG 4.1.3 as a screen reader meets it: the accessibility tree Chromium exposes to
// assistive technology (the DevTools protocol's Accessibility domain, the same tree the
// platform's accessibility API is fed from). A message is announced when its text is inside
// a live region (aria-live polite or assertive, role status or alert) that was already in
// the page before the message came, or when it is an alert of its own (alerts are
// announced when they appear).

/** @typedef {{ nodeId: string, parentId?: string, backendDOMNodeId?: number, ignored?: boolean, role?: { value: string }, name?: { value: string }, properties?: { name: string, value: { value: unknown } }[] }} AXNode */

/** @param {AXNode} node */
const liveOf = (node) => /** @type {string | undefined} */ (node.properties?.find((p) => p.name === 'live')?.value.value);

/**
 * The live regions now in the page (or the frame `frameId`): a set of their root nodes' DOM ids.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string} [frameId]
 */
export async function liveRegions(cdp, frameId) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree', frameId ? { frameId } : {});
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const roots = new Set();
  for (const node of nodes) {
    const live = liveOf(node);
    if (!live || live === 'off') continue;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    const parentLive = parent && liveOf(parent);
    if (!parentLive || parentLive === 'off') roots.add(node.backendDOMNodeId);
  }
  return roots;
}

/**
 * How the message `text` reaches a screen reader: `{ live, role, announced }`, or a reason
 * it does not. `before`: the live regions before the message came (liveRegions()).
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string} text
 * @param {Set<number | undefined>} before
 * @param {string} [frameId]
 */
export async function announcement(cdp, text, before, frameId) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree', frameId ? { frameId } : {});
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const holder = nodes.find((n) => !n.ignored && n.role?.value === 'StaticText' && (n.name?.value ?? '').includes(text));
  if (!holder) return { announced: false, why: `"${text}" is not in the accessibility tree` };
  // The outermost live region around it.
  let region;
  for (let node = holder; node; node = node.parentId ? byId.get(node.parentId) : undefined) {
    const live = liveOf(node);
    if (live && live !== 'off') region = node;
  }
  if (!region) return { announced: false, why: `"${text}" is in no live region` };
  const live = liveOf(region);
  const role = region.role?.value;
  const existed = before.has(region.backendDOMNodeId);
  // An alert is announced when it appears; anything else only if its region was there first.
  const announced = existed || role === 'alert';
  return { announced, live, role, why: announced ? '' : `"${text}" arrived together with its ${role} region (${live}), which is not announced` };
}

/**
 * The DevTools id of the frame whose address contains `part` (a SCORM package inside a
 * course page).
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string} part
 */
export async function frameIdOf(cdp, part) {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  /** @param {any} tree @returns {string | undefined} */
  const find = (tree) => (tree.frame.url.includes(part) ? tree.frame.id : (tree.childFrames ?? []).map(find).find(Boolean));
  return find(frameTree);
}
