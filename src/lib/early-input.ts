/**
 * What the reader did before the app was ready, as the page's boot script
 * (site-generation/first-paint.ts) kept it: the last button, checkbox or radio
 * pressed, and the fields typed into or changed.
 */
interface EarlyInput {
  control: HTMLElement | null;
  fields: Set<Element>;
  notice: HTMLElement | null;
  /** The app's code could not be loaded. */
  failed: boolean;
}

declare global {
  interface Window {
    ladderEarly?: EarlyInput;
  }
}

// React keeps its own copy of a field's value and ignores an event that does not change it; setting
// the value through the element's prototype, as typing does, leaves that copy behind, so React sees
// the change (the same way Testing Library's user-event types).
function setNativeValue(field: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
  const prototype = Object.getPrototypeOf(field) as object;
  Reflect.set(prototype, 'value', value, field);
}

/** The option the HTML selected, which the app rendered. */
function renderedOption(select: HTMLSelectElement): string {
  const options = [...select.options];
  return (options.find((option) => option.defaultSelected) ?? options[0])?.value ?? '';
}

/**
 * The field as the app shows it now: the same element once hydrated, or, where
 * the app rendered the page afresh over a first frame, the field of the same
 * name in the form of the same name.
 */
function currentField(field: Element): Element | null {
  if (field.isConnected) return field;
  const name = field.getAttribute('name');
  const form = field.closest('form')?.getAttribute('aria-label');
  if (!name || !form) return null;
  return document.querySelector(`form[aria-label="${CSS.escape(form)}"] [name="${CSS.escape(name)}"]`);
}

function replayField(early: Element) {
  const field = currentField(early);
  if (field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    const typed = 'value' in early ? String(early.value) : '';
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) return;
    // Through React's own setter first, so that its copy holds the rendered value, then as typed.
    field.value = field instanceof HTMLSelectElement ? renderedOption(field) : field.defaultValue;
    setNativeValue(field, typed);
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  }
}

/**
 * Marks the document hydrated, so the boot script lets events through, and
 * does what the reader asked for meanwhile: the fields' values go to the app,
 * and the control pressed is pressed again, now that it has its handler. On a
 * page rendered afresh over a first frame the control is gone (only the notice
 * is taken away), and a field's value goes to the field that took its place.
 */
export function takeEarlyInput(): void {
  document.documentElement.dataset.hydrated = '';
  const early = window.ladderEarly;
  if (!early) return;
  window.ladderEarly = undefined;
  for (const field of early.fields) replayField(field);
  early.notice?.remove();
  const control = early.control;
  if (control) {
    control.removeAttribute('aria-busy');
    if (control.isConnected) control.click();
  }
}
