import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { FieldError } from "./field-error";
import { fieldId } from "./field-id";

/**
 * Form pieces shared by the public forms: label, hint and error next to each field, linked by id.
 * The word before an error ("Fehler: ", for screen readers) comes from "common.forms" (FieldError,
 * a client component: the public layout and the signed-in area's ClientMessages give it).
 */

export { fieldId };

function Described({ name, hint, error }: { name: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${fieldId(name)}-hinweis`} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {error && <FieldError name={name} error={error} />}
    </>
  );
}

function describedBy(name: string, hint?: ReactNode, error?: string) {
  return [hint ? `${fieldId(name)}-hinweis` : null, error ? `${fieldId(name)}-fehler` : null].filter(Boolean).join(" ") || undefined;
}

type Common = { name: string; label: ReactNode; hint?: ReactNode; error?: string; optionalLabel?: string };

export function TextField({ name, label, hint, error, optionalLabel, multiline, ...input }: Common & { multiline?: boolean } & InputHTMLAttributes<HTMLInputElement> & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const props = {
    id: fieldId(name),
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(name, hint, error),
    className: `field ${error ? "border-accent border-4" : ""}`,
  };
  return (
    <div className="mb-5">
      <label htmlFor={fieldId(name)} className="mb-1 block font-semibold">
        {label}
        {optionalLabel && <span className="font-normal"> ({optionalLabel})</span>}
      </label>
      <Described name={name} hint={hint} error={error} />
      {multiline ? <textarea rows={4} {...props} {...(input as TextareaHTMLAttributes<HTMLTextAreaElement>)} /> : <input type="text" {...props} {...(input as InputHTMLAttributes<HTMLInputElement>)} />}
    </div>
  );
}

export function SelectField({ name, label, hint, error, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className="mb-5">
      <label htmlFor={fieldId(name)} className="mb-1 block font-semibold">
        {label}
      </label>
      <Described name={name} hint={hint} error={error} />
      <select id={fieldId(name)} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, hint, error)} className={`field ${error ? "border-accent border-4" : ""}`} {...select}>
        {children}
      </select>
    </div>
  );
}

/** Radio buttons or checkboxes in a fieldset; the first one carries the id the error summary links to. */
export function ChoiceGroup({
  name,
  label,
  hint,
  error,
  optionalLabel,
  type,
  options,
  inputProps,
  isChecked,
}: Common & { type: "radio" | "checkbox"; options: { value: string; label: string }[]; inputProps: (value: string) => InputHTMLAttributes<HTMLInputElement>; isChecked: (value: string) => boolean }) {
  return (
    <fieldset className="mb-5" aria-describedby={describedBy(name, hint, error)}>
      <legend className="mb-1 font-semibold">
        {label}
        {optionalLabel && <span className="font-normal"> ({optionalLabel})</span>}
      </legend>
      <Described name={name} hint={hint} error={error} />
      {options.map((o, i) => {
        const id = i === 0 ? fieldId(name) : `${fieldId(name)}-${i}`;
        return (
          <div key={o.value} className="flex min-h-11 items-center gap-3">
            <input id={id} type={type} name={name} value={o.value} defaultChecked={isChecked(o.value)} className="size-6 shrink-0 accent-accent" {...inputProps(o.value)} />
            <label htmlFor={id}>{o.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function CheckboxField({ name, label, error, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="mb-5">
      {error && <FieldError name={name} error={error} />}
      <div className="flex items-start gap-3">
        <input id={fieldId(name)} type="checkbox" name={name} aria-invalid={error ? true : undefined} aria-describedby={error ? `${fieldId(name)}-fehler` : undefined} className="mt-1 size-6 shrink-0 accent-accent" {...input} />
        <label htmlFor={fieldId(name)}>{label}</label>
      </div>
    </div>
  );
}

/** The gov.uk-style summary at the top of a form: every problem, each a link to its field. */
export function ErrorSummary({ title, intro, errors, labels, autoFocus }: { title: string; intro: string; errors: Record<string, string>; labels: Record<string, string>; autoFocus?: boolean }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div role="alert" aria-labelledby="fehler-zusammenfassung" tabIndex={-1} autoFocus={autoFocus} className="mb-6 border-4 border-accent p-4" data-error-summary>
      <h3 id="fehler-zusammenfassung" className="mb-2 text-lg font-bold">
        {title}
      </h3>
      <p className="mb-2">{intro}</p>
      <ul className="list-disc pl-6">
        {entries.map(([name, message]) => (
          <li key={name}>
            <a href={`#${fieldId(name)}`}>{labels[name] ? `${labels[name]}: ${message}` : message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
