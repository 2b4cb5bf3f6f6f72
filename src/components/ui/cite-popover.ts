/**
 * Citation popovers (see Cite.astro). One open at a time. Opens on mouse hover, on keyboard
 * focus and on click or tap (which also stops the jump to the note: the note stays one link
 * away in the popover's sources link and in the notes list). Closes on Escape (focus back on
 * the number), on a tap or click elsewhere, when focus leaves, or when the mouse leaves a
 * popover that hovering opened. No inline handlers: CSP-friendly.
 */
interface Citation {
  ref: HTMLAnchorElement;
  popover: HTMLElement;
  root: HTMLElement;
}

const GAP = 6;
const MARGIN = 8;
let open: { citation: Citation; pinned: boolean } | null = null;
let leaveTimer: number | undefined;
let refocusing = false;

function place({ ref, popover }: Citation): void {
  const anchor = ref.getBoundingClientRect();
  const width = popover.offsetWidth;
  const height = popover.offsetHeight;
  const left = Math.min(Math.max(anchor.left + anchor.width / 2 - width / 2, MARGIN), window.innerWidth - width - MARGIN);
  const below = anchor.bottom + GAP;
  const top = below + height <= window.innerHeight - MARGIN || anchor.top - GAP - height < MARGIN ? below : anchor.top - GAP - height;
  popover.style.left = `${Math.max(MARGIN, left)}px`;
  popover.style.top = `${top}px`;
}

function show(citation: Citation, pinned: boolean): void {
  window.clearTimeout(leaveTimer);
  if (open?.citation === citation) {
    open.pinned ||= pinned;
    return;
  }
  hide();
  citation.popover.showPopover();
  citation.ref.setAttribute('aria-expanded', 'true');
  place(citation);
  open = { citation, pinned };
}

function hide(): void {
  window.clearTimeout(leaveTimer);
  if (!open) return;
  const { citation } = open;
  open = null;
  if (citation.popover.matches(':popover-open')) citation.popover.hidePopover();
  citation.ref.setAttribute('aria-expanded', 'false');
}

function wire(citation: Citation): void {
  const { ref, root } = citation;
  ref.addEventListener('click', (event) => {
    event.preventDefault();
    show(citation, true);
  });
  ref.addEventListener('focus', () => {
    if (!refocusing) show(citation, false);
  });
  root.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (open?.citation === citation && !(next instanceof Node && root.contains(next))) hide();
  });
  root.addEventListener('pointerenter', (event) => {
    if (event.pointerType === 'mouse') show(citation, false);
  });
  root.addEventListener('pointerleave', (event) => {
    if (event.pointerType !== 'mouse' || open?.citation !== citation || open.pinned) return;
    // A short grace period lets the pointer cross the gap between the number and the popover.
    leaveTimer = window.setTimeout(() => {
      if (open?.citation === citation && !open.pinned && !root.contains(document.activeElement)) hide();
    }, 200);
  });
}

export function initCitations(): void {
  const roots = document.querySelectorAll<HTMLElement>('[data-cite]');
  for (const root of roots) {
    const ref = root.querySelector<HTMLAnchorElement>('[data-cite-ref]');
    const popover = root.querySelector<HTMLElement>('[data-cite-popover]');
    if (ref && popover && typeof popover.showPopover === 'function') wire({ ref, popover, root });
  }
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !open) return;
    const { ref } = open.citation;
    hide();
    refocusing = true;
    ref.focus();
    refocusing = false;
  });
  document.addEventListener('pointerdown', (event) => {
    if (open && !(event.target instanceof Node && open.citation.root.contains(event.target))) hide();
  });
  const follow = () => {
    if (open) place(open.citation);
  };
  window.addEventListener('scroll', follow, { passive: true });
  window.addEventListener('resize', follow, { passive: true });
}
