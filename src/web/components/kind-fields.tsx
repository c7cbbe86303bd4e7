/** The heading fields of each form: telegram from/to/number, who was present, an intelligence source and grade. */
import type { DocumentFields } from '../api/types.js';
import { fieldsOfKind, type DraftForm } from '../compose/draft-form.js';
import { useT } from '../messages/locale.context.js';
import { SelectField, TextAreaField, TextField } from './form-fields.js';
import { useGradeMeaning } from './labels.js';

const reliabilityGrades = ['A', 'B', 'C', 'D', 'E', 'F'];
const credibilityGrades = ['1', '2', '3', '4', '5', '6'];

interface KindFieldsProps {
  readonly form: DraftForm;
  readonly update: (patch: Partial<DraftForm>) => void;
  readonly errorOf: (area: string) => string | undefined;
}

export function KindFields({ form, update, errorOf }: KindFieldsProps) {
  const t = useT();
  const meaning = useGradeMeaning();
  const field = (name: keyof DocumentFields) => {
    const error = errorOf(`fields.${name}`);
    const id = `field-${name}`;
    switch (name) {
      case 'subject':
        return (
          <TextField
            key={name}
            id={id}
            label={t('compose.subject')}
            value={form.subject}
            error={error}
            maxLength={300}
            onChange={(subject) => update({ subject })}
          />
        );
      case 'from':
        return (
          <TextField
            key={name}
            id={id}
            label={t('compose.from')}
            value={form.from}
            error={error}
            maxLength={200}
            onChange={(from) => update({ from })}
          />
        );
      case 'to':
        return (
          <TextField
            key={name}
            id={id}
            label={t('compose.to')}
            value={form.to}
            error={error}
            maxLength={200}
            onChange={(to) => update({ to })}
          />
        );
      case 'number':
        return (
          <TextField
            key={name}
            id={id}
            label={t('compose.number')}
            value={form.number}
            error={error}
            maxLength={50}
            onChange={(number) => update({ number })}
          />
        );
      case 'place':
        return (
          <TextField
            key={name}
            id={id}
            label={t('compose.place')}
            value={form.place}
            error={error}
            maxLength={200}
            onChange={(place) => update({ place })}
          />
        );
      case 'source':
        return (
          <TextField
            key={name}
            id={id}
            label={t('compose.source')}
            value={form.source}
            error={error}
            maxLength={300}
            onChange={(source) => update({ source })}
          />
        );
      case 'participants':
        return (
          <TextAreaField
            key={name}
            id={id}
            label={t('compose.participants')}
            hint={t('compose.participantsHint')}
            value={form.participants}
            error={error}
            rows={5}
            onChange={(participants) => update({ participants })}
          />
        );
      case 'places':
        return (
          <TextAreaField
            key={name}
            id={id}
            label={t('compose.places')}
            hint={t('compose.placesHint')}
            value={form.places}
            error={error}
            rows={3}
            onChange={(places) => update({ places })}
          />
        );
      case 'reliability':
        return (
          <SelectField
            key={name}
            id={id}
            label={t('compose.reliability')}
            value={form.reliability}
            error={error}
            placeholder={t('compose.gradeNone')}
            options={reliabilityGrades.map((grade) => ({
              value: grade,
              label: t('label.gradeAndMeaning', { grade, meaning: meaning('reliability', grade) ?? '' }),
            }))}
            onChange={(reliability) => update({ reliability })}
          />
        );
      case 'credibility':
        return (
          <SelectField
            key={name}
            id={id}
            label={t('compose.credibility')}
            value={form.credibility}
            error={error}
            placeholder={t('compose.gradeNone')}
            options={credibilityGrades.map((grade) => ({
              value: grade,
              label: t('label.gradeAndMeaning', { grade, meaning: meaning('credibility', grade) ?? '' }),
            }))}
            onChange={(credibility) => update({ credibility })}
          />
        );
    }
  };
  return <div className="kind-fields">{fieldsOfKind[form.kind].map(field)}</div>;
}
