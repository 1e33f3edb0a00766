// Scripts run in a webview that find text a user cannot read whole.

/**
 * Every element of the view whose own text is cut by its box (overflow hidden or ellipsis) and
 * carries no title to read it whole, and every text that runs out of the box drawn around it (a
 * card's border) or out of the window sideways, where only a box that scrolls would let it be read.
 */
export const CUT_TEXT = `
  const cut = [];
  const says = e => e.textContent.trim().slice(0, 60);
  for (const e of document.querySelectorAll('body *')) {
    if (e.closest('svg') || ![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const box = e.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    const style = getComputedStyle(e);
    if ((style.overflowX !== 'visible' || style.textOverflow === 'ellipsis') && e.scrollWidth > e.clientWidth + 1) {
      if (!e.closest('[title]')) cut.push('clipped: ' + says(e));
      continue;
    }
    let around = e.parentElement;
    for (; around && around !== document.body; around = around.parentElement) {
      const s = getComputedStyle(around);
      if (s.overflowX !== 'visible' || parseFloat(s.borderLeftWidth) > 0 && parseFloat(s.borderRightWidth) > 0) break;
    }
    const inside = around && around !== document.body;
    if (inside && getComputedStyle(around).overflowX !== 'visible') continue;
    const right = inside ? around.getBoundingClientRect().right : document.documentElement.clientWidth;
    if (box.right > right + 1) cut.push((inside ? 'out of its box: ' : 'past the window: ') + says(e));
  }
  return cut;`;
