/**
 * Choosing a marking from exactly what the server offers this author (GET /api/marking-options): the
 * levels within their clearance in their own party's words, the compartments they are read into, the
 * parties, the dissemination controls, the persons and delegations. Nothing else can be picked.
 */
import type { MarkingOptions } from '../api/types.js';
import { bannerFor, type MarkingChoice, type ReleasabilityChoice } from '../compose/draft-form.js';
import { useT } from '../messages/locale.context.js';
import { FieldError } from './feedback.js';
import { Checkbox, Radio, SelectField } from './form-fields.js';
import { MarkingPreview } from './marking-preview.js';

interface MarkingPickerProps {
  readonly options: MarkingOptions;
  readonly value: MarkingChoice;
  readonly onChange: (next: MarkingChoice) => void;
  readonly error?: string | undefined;
}

function toggle(list: readonly string[], item: string, on: boolean): string[] {
  const without = list.filter((entry) => entry !== item);
  return on ? [...without, item] : without;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function Compartments({ options, value, onChange }: Omit<MarkingPickerProps, 'error'>) {
  const t = useT();
  return (
    <fieldset className="fieldset fieldset--nested">
      <legend>{t('marking.compartments')}</legend>
      {options.compartments.length === 0 ? (
        <p className="field__hint">{t('marking.noCompartments')}</p>
      ) : null}
      {options.compartments.map((compartment) => (
        <Checkbox
          key={compartment.name}
          id={`marking-compartment-${slug(compartment.name)}`}
          value={compartment.name}
          label={compartment.name}
          hint={compartment.description}
          checked={value.compartments.includes(compartment.name)}
          onChange={(on) =>
            onChange({ ...value, compartments: toggle(value.compartments, compartment.name, on) })
          }
        />
      ))}
    </fieldset>
  );
}

function Releasability({ options, value, onChange }: Omit<MarkingPickerProps, 'error'>) {
  const t = useT();
  const ownParty = options.parties.find((party) => party.code === options.party);
  const choose = (releasability: ReleasabilityChoice) => onChange({ ...value, releasability });
  return (
    <fieldset className="fieldset fieldset--nested">
      <legend>{t('marking.releasability')}</legend>
      <Radio
        id="marking-releasability-coalition"
        name="marking-releasability"
        value="coalition"
        label={t('marking.coalition')}
        checked={value.releasability === 'coalition'}
        onSelect={() => choose('coalition')}
      />
      <Radio
        id="marking-releasability-rel-to"
        name="marking-releasability"
        value="rel-to"
        label={t('marking.relTo')}
        checked={value.releasability === 'rel-to'}
        onSelect={() => choose('rel-to')}
      />
      {value.releasability === 'rel-to' ? (
        <fieldset className="fieldset fieldset--nested fieldset--indented">
          <legend>{t('marking.relToParties')}</legend>
          {options.parties.map((party) => {
            const isOwn = party.code === options.party;
            return (
              <Checkbox
                key={party.code}
                id={`marking-rel-to-${slug(party.code)}`}
                value={party.code}
                label={
                  isOwn
                    ? t('marking.ownParty', {
                        name: t('label.codeAndName', { code: party.code, name: party.name }),
                      })
                    : t('label.codeAndName', { code: party.code, name: party.name })
                }
                checked={isOwn || value.relTo.includes(party.code)}
                disabled={isOwn}
                onChange={(on) => onChange({ ...value, relTo: toggle(value.relTo, party.code, on) })}
              />
            );
          })}
        </fieldset>
      ) : null}
      {options.controls.includes('NOFORN') ? (
        <Radio
          id="marking-releasability-noforn"
          name="marking-releasability"
          value="noforn"
          label={t('marking.noforn', { party: ownParty?.name ?? options.party })}
          checked={value.releasability === 'noforn'}
          onSelect={() => choose('noforn')}
        />
      ) : null}
    </fieldset>
  );
}

function PersonalFor({ options, value, onChange }: Omit<MarkingPickerProps, 'error'>) {
  const t = useT();
  return (
    <>
      <Checkbox
        id="marking-personal-for"
        label={t('marking.personalFor')}
        checked={value.personalFor}
        onChange={(on) => onChange({ ...value, personalFor: on })}
      />
      {value.personalFor ? (
        <fieldset className="fieldset fieldset--nested fieldset--indented">
          <legend>{t('marking.personalForPeople')}</legend>
          {options.parties.map((party) => {
            const candidates = options.personalForCandidates.filter(
              (candidate) => candidate.party === party.code,
            );
            if (candidates.length === 0) return null;
            return (
              <div key={party.code} className="choice-group">
                <p className="choice-group__title">{party.name}</p>
                {candidates.map((candidate) => (
                  <Checkbox
                    key={candidate.name}
                    id={`marking-personal-for-${slug(candidate.name)}`}
                    value={candidate.name}
                    label={t('label.nameAndCode', { name: candidate.displayName, code: candidate.name })}
                    checked={value.personalForNames.includes(candidate.name)}
                    onChange={(on) =>
                      onChange({
                        ...value,
                        personalForNames: toggle(value.personalForNames, candidate.name, on),
                      })
                    }
                  />
                ))}
              </div>
            );
          })}
        </fieldset>
      ) : null}
    </>
  );
}

function Embargo({ options, value, onChange }: Omit<MarkingPickerProps, 'error'>) {
  const t = useT();
  const hasDelegation = options.delegations.length > 0;
  return (
    <>
      <Checkbox
        id="marking-embargo"
        label={t('marking.embargo')}
        checked={value.embargo}
        disabled={!hasDelegation && !value.embargo}
        hint={hasDelegation ? undefined : t('marking.embargoNoDelegation')}
        onChange={(on) => onChange({ ...value, embargo: on })}
      />
      {value.embargo && hasDelegation ? (
        <fieldset className="fieldset fieldset--nested fieldset--indented">
          <legend>{t('marking.delegations')}</legend>
          {options.delegations.map((delegation) => (
            <Checkbox
              key={delegation.id}
              id={`marking-delegation-${delegation.id}`}
              value={delegation.id}
              label={t('label.nameAndCode', { name: delegation.name, code: delegation.party })}
              checked={value.negotiatingOffices.includes(delegation.id)}
              onChange={(on) =>
                onChange({
                  ...value,
                  negotiatingOffices: toggle(value.negotiatingOffices, delegation.id, on),
                })
              }
            />
          ))}
        </fieldset>
      ) : null}
    </>
  );
}

export function MarkingPicker({ options, value, onChange, error }: MarkingPickerProps) {
  const t = useT();
  const { controls } = options;
  const hasControls =
    controls.includes('ORCON') ||
    controls.includes('PERSONAL FOR') ||
    controls.includes('EMBARGO UNTIL AGREED');
  return (
    <fieldset
      className={`fieldset marking-picker${error ? ' fieldset--invalid' : ''}`}
      id="marking"
      aria-describedby={error ? 'marking-error' : undefined}
    >
      <legend className="fieldset__legend">{t('marking.legend')}</legend>
      <FieldError id="marking-error" message={error} />
      <div className="marking-picker__grid">
        <div className="marking-picker__choices">
          <SelectField
            id="marking-level"
            label={t('marking.level')}
            value={value.levelRank === null ? '' : String(value.levelRank)}
            placeholder={t('marking.levelNone')}
            options={options.levels.map((level) => ({ value: String(level.rank), label: level.name }))}
            onChange={(rank) => onChange({ ...value, levelRank: rank === '' ? null : Number(rank) })}
          />
          <Compartments options={options} value={value} onChange={onChange} />
          <Releasability options={options} value={value} onChange={onChange} />
          {hasControls ? (
            <fieldset className="fieldset fieldset--nested">
              <legend>{t('marking.controls')}</legend>
              {controls.includes('ORCON') ? (
                <Checkbox
                  id="marking-orcon"
                  label={t('marking.orcon')}
                  checked={value.orcon}
                  onChange={(on) => onChange({ ...value, orcon: on })}
                />
              ) : null}
              {controls.includes('PERSONAL FOR') ? (
                <PersonalFor options={options} value={value} onChange={onChange} />
              ) : null}
              {controls.includes('EMBARGO UNTIL AGREED') ? (
                <Embargo options={options} value={value} onChange={onChange} />
              ) : null}
            </fieldset>
          ) : null}
        </div>
        <MarkingPreview banner={bannerFor(value, options)} party={options.party} parties={options.parties} />
      </div>
    </fieldset>
  );
}
