/** Small form controls shared by the settings sections. */
import type { ComponentChildren } from 'preact';

export function Section({ id, title, intro, children }: { id: string; title: string; intro?: ComponentChildren; children: ComponentChildren }) {
  return (
    <section class="opt-section" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro ? <p class="opt-intro">{intro}</p> : null}
      {children}
    </section>
  );
}

/** A checkbox drawn as a switch (it stays a native checkbox for keyboards and screen readers). */
export function Toggle({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="opt-row opt-toggle-row">
      <input
        id={id}
        type="checkbox"
        role="switch"
        aria-checked={checked}
        class="opt-switch"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(ev) => onChange((ev.currentTarget as HTMLInputElement).checked)}
      />
      <div>
        <label for={id} class="opt-label">
          {label}
        </label>
        {hint ? (
          <p class="opt-hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export function RadioGroup<T extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: {
  name: string;
  legend: string;
  value: T;
  options: { value: T; label: ComponentChildren; hint?: ComponentChildren }[];
  onChange: (v: T) => void;
}) {
  return (
    <fieldset class="opt-fieldset">
      <legend class="opt-label">{legend}</legend>
      {options.map((o) => {
        const id = `${name}-${o.value}`;
        return (
          <div class="opt-radio" key={o.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={o.value}
              checked={value === o.value}
              aria-describedby={o.hint ? `${id}-hint` : undefined}
              onChange={() => onChange(o.value)}
            />
            <div>
              <label for={id}>{o.label}</label>
              {o.hint ? (
                <p class="opt-hint" id={`${id}-hint`}>
                  {o.hint}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
