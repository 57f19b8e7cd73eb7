type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** What a person did to one field of a part that React is about to render afresh (HydrateOnFocus). */
export type InputSnapshot = { id: string; name: string; type: string; value: string; checked: boolean; selection: [number, number] | null };

function snapshotInput(field: Field): InputSnapshot {
  const selectable = field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && /^(text|search|tel|url|email|password)$/.test(field.type));
  return {
    id: field.id,
    name: field.name,
    type: field instanceof HTMLInputElement ? field.type : field.tagName.toLowerCase(),
    value: field.value,
    checked: field instanceof HTMLInputElement && field.checked,
    selection: selectable && field.selectionStart !== null ? [field.selectionStart, field.selectionEnd ?? field.selectionStart] : null,
  };
}

/**
 * Puts the snapshot back into the matching field of the new HTML: the same id, or for a checkbox
 * or radio button the same name and value. A box that changes is clicked, so the component's own
 * onChange sees it (the initiative question shows its name field that way); text is set directly
 * (the fields are uncontrolled). Hidden fields carry the server's values and stay as they are.
 */
function restoreInput(box: HTMLElement, saved: InputSnapshot) {
  if (saved.type === "hidden" || !saved.name) return;
  if (saved.type === "checkbox" || saved.type === "radio") {
    const choice = box.querySelector<HTMLInputElement>(`input[name="${CSS.escape(saved.name)}"][value="${CSS.escape(saved.value)}"]`);
    if (choice && choice.checked !== saved.checked && (saved.type === "checkbox" || saved.checked)) choice.click();
    return;
  }
  const field = (saved.id && document.getElementById(saved.id)) || box.querySelector<Field>(`[name="${CSS.escape(saved.name)}"]`);
  if (!field || !("value" in field)) return;
  if (field.value !== saved.value) (field as Field).value = saved.value;
  if (saved.selection && field === document.activeElement && "setSelectionRange" in field) (field as HTMLInputElement).setSelectionRange(...saved.selection);
}

/** Every field of the part and which one had the focus. */
export function snapshotInputs(box: HTMLElement) {
  return { inputs: [...box.querySelectorAll<Field>("input, textarea, select")].map(snapshotInput), focused: box.contains(document.activeElement) ? document.activeElement?.id : undefined };
}

/** Focus back first (a caret position needs it), then what was typed and ticked. */
export function restoreInputs(box: HTMLElement, { inputs, focused }: ReturnType<typeof snapshotInputs>) {
  if (focused) document.getElementById(focused)?.focus();
  for (const input of inputs) restoreInput(box, input);
}
