/**
 * The originator's review of a document's variation points: where its numbered copies differ from one
 * another, so that a leaked excerpt names its copy. Each point is highlighted in the original text with
 * its kind and renderings (the first is the original), and may be excluded: an excluded point reads as
 * the original in every copy. Large documents have hundreds of points: they are filtered by kind and
 * excluded a kind at a time.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { getDocument, getVariationPoints, setExcludedVariationPoints } from '../api/liaison-api.js';
import type { LiaisonDocument, VariationPoint } from '../api/types.js';
import { DocumentTabs } from '../components/document-tabs.js';
import {
  ErrorSummary,
  LoadFailure,
  Loading,
  Refusal,
  StatusMessage,
  useErrorText,
} from '../components/feedback.js';
import { Checkbox, SelectField } from '../components/form-fields.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useExpireOnUnauthenticated, useResource } from '../hooks/use-resource.js';
import { useT } from '../messages/locale.context.js';
import { messageIdFor } from '../messages/messages.js';
import { DocumentHeading } from './copies.page.js';
import { goneView } from './recalled.page.js';

interface PointsData {
  readonly document: LiaisonDocument;
  readonly points: readonly VariationPoint[];
}

async function loadPoints(id: string, signal: AbortSignal): Promise<PointsData> {
  const [document, points] = await Promise.all([getDocument(id, signal), getVariationPoints(id, signal)]);
  return { document, points };
}

const allKinds = '';

/** Characters a reader cannot see, named so that a rendering made of them can be told apart. */
const invisibleNames: Readonly<Record<string, string>> = {
  '\u00a0': 'NBSP',
  '\u200b': 'ZWSP',
  '\u200c': 'ZWNJ',
  '\u200d': 'ZWJ',
  '\u2060': 'WJ',
  '\u202f': 'NNBSP',
  '\u2009': 'THIN SPACE',
};

export function useRenderingLabel(): (text: string) => string {
  const t = useT();
  return (text) => {
    if (text === '') return t('variation.nothing');
    if (text === ' ') return t('variation.space');
    return Array.from(text, (character) => {
      const name = invisibleNames[character];
      return name ? `⟨${name}⟩` : character;
    }).join('');
  };
}

function useKindLabel(): (kind: string) => string {
  const t = useT();
  return (kind) => {
    const id = messageIdFor('variation.kind', kind);
    return id ? t(id) : kind;
  };
}

/** The original text with each point marked: a highlight, or a thin mark where something is inserted. */
function MarkedText({
  body,
  points,
  excluded,
  kind,
}: {
  readonly body: string;
  readonly points: readonly VariationPoint[];
  readonly excluded: ReadonlySet<string>;
  readonly kind: string;
}) {
  const kindLabel = useKindLabel();
  const renderingLabel = useRenderingLabel();
  const parts: ReactNode[] = [];
  let cursor = 0;
  const sorted = [...points].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const point of sorted) {
    // A point overlapping one already marked is listed, not marked twice.
    if (point.start < cursor || point.end > body.length) continue;
    if (point.start > cursor) parts.push(body.slice(cursor, point.start));
    const classes = [
      'vp',
      point.start === point.end ? 'vp--insertion' : '',
      excluded.has(point.id) ? 'vp--excluded' : '',
      kind !== allKinds && point.kind !== kind ? 'vp--muted' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const title = `${kindLabel(point.kind)}: ${point.alternatives.map(renderingLabel).join(' / ')}`;
    parts.push(
      <mark key={point.id} id={`vp-${point.id}`} className={classes} title={title} data-point-id={point.id}>
        {body.slice(point.start, point.end)}
      </mark>,
    );
    cursor = point.end;
  }
  parts.push(body.slice(cursor));
  return (
    <div className="variation-text" data-testid="variation-text">
      {parts}
    </div>
  );
}

function PointItem({
  point,
  excluded,
  onToggle,
}: {
  readonly point: VariationPoint;
  readonly excluded: boolean;
  readonly onToggle: (excluded: boolean) => void;
}) {
  const t = useT();
  const kindLabel = useKindLabel();
  const renderingLabel = useRenderingLabel();
  const [original, ...others] = point.alternatives;
  return (
    <li
      className={`point${excluded ? ' point--excluded' : ''}`}
      data-point-id={point.id}
      data-kind={point.kind}
    >
      <div className="point__head">
        <span className="point__kind">{kindLabel(point.kind)}</span>
        {point.survivesRetyping ? <span className="point__tag">{t('variation.survives')}</span> : null}
        <a className="point__show" href={`#vp-${point.id}`}>
          {t('variation.showInText')}
        </a>
      </div>
      <p className="point__renderings">
        <span className="point__original">{renderingLabel(original ?? '')}</span>
        {others.length > 0 ? ' → ' : null}
        {others.map(renderingLabel).join(t('label.separator'))}
      </p>
      <Checkbox
        id={`exclude-${point.id}`}
        label={t('variation.exclude', { original: renderingLabel(original ?? '') })}
        checked={excluded}
        onChange={onToggle}
      />
    </li>
  );
}

function PointsView({ document, points: initial }: PointsData) {
  const t = useT();
  const kindLabel = useKindLabel();
  const errorText = useErrorText();
  const handleError = useExpireOnUnauthenticated();
  const [points, setPoints] = useState(initial);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(
    () => new Set(initial.filter((point) => point.excluded).map((point) => point.id)),
  );
  const [kind, setKind] = useState(allKinds);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = t('variation.title');
  usePageTitle(heading);

  const kinds = useMemo(() => {
    const counts = new Map<string, number>();
    for (const point of points) counts.set(point.kind, (counts.get(point.kind) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]);
  }, [points]);
  const shown = kind === allKinds ? points : points.filter((point) => point.kind === kind);
  const savedExcluded = points.filter((point) => point.excluded).map((point) => point.id);
  const isDirty = savedExcluded.length !== excluded.size || savedExcluded.some((id) => !excluded.has(id));

  const change = (ids: readonly string[], exclude: boolean) => {
    setSaved(false);
    setExcluded((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (exclude) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const updated = await setExcludedVariationPoints(document.id, [...excluded]);
      setPoints(updated);
      setExcluded(new Set(updated.filter((point) => point.excluded).map((point) => point.id)));
      setSaved(true);
    } catch (caught) {
      const problem = handleError(caught);
      if (problem) setError(errorText(problem));
    }
    setBusy(false);
  };

  const shownLabel = kind === allKinds ? t('variation.allPoints') : kindLabel(kind);
  // The original is what the drafter and registry read; a numbered copy's offsets would not match.
  const canMark = document.copy === null;

  return (
    <section className="page page--variation" aria-labelledby="page-title" data-testid="variation-page">
      <DocumentTabs documentId={document.id} permissions={document.permissions} current="variation-points" />
      <DocumentHeading document={document} heading={heading} />
      <p className="page__lead">{t('variation.explain')}</p>
      <p data-testid="variation-summary">
        {t('variation.summary', { count: points.length, excluded: excluded.size })}
      </p>
      {error ? <ErrorSummary title={t('variation.saveFailed')}>{error}</ErrorSummary> : null}
      <div className="variation-controls" role="group" aria-label={t('variation.controls')}>
        <SelectField
          id="variation-kind"
          label={t('variation.filter')}
          value={kind}
          onChange={setKind}
          options={[
            {
              value: allKinds,
              label: t('variation.kindOption', { kind: t('variation.allKinds'), count: points.length }),
            },
            ...kinds.map(([name, count]) => ({
              value: name,
              label: t('variation.kindOption', { kind: kindLabel(name), count }),
            })),
          ]}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            change(
              shown.map((point) => point.id),
              true,
            )
          }
          disabled={shown.length === 0}
        >
          {t('variation.excludeShown', { count: shown.length, kind: shownLabel })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            change(
              shown.map((point) => point.id),
              false,
            )
          }
          disabled={shown.length === 0}
        >
          {t('variation.includeShown', { count: shown.length, kind: shownLabel })}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void save()}
          disabled={busy || !isDirty}
        >
          {busy ? t('variation.saving') : t('variation.save')}
        </button>
        <div className="form__status" data-testid="variation-status">
          {saved && !isDirty ? <StatusMessage>{t('variation.saved')}</StatusMessage> : null}
          {isDirty ? <p className="form__unsaved">{t('compose.unsaved')}</p> : null}
        </div>
      </div>
      <div className="variation-layout">
        <section className="variation-layout__text" aria-labelledby="variation-text-title">
          <h2 id="variation-text-title">{t('variation.textTitle')}</h2>
          {canMark ? (
            <MarkedText body={document.body} points={points} excluded={excluded} kind={kind} />
          ) : (
            <p className="notice notice--info">{t('variation.notOriginal')}</p>
          )}
        </section>
        <section className="variation-layout__list" aria-labelledby="variation-list-title">
          <h2 id="variation-list-title">{t('variation.listTitle', { count: shown.length })}</h2>
          <ol className="point-list" data-testid="variation-list">
            {shown.map((point) => (
              <PointItem
                key={point.id}
                point={point}
                excluded={excluded.has(point.id)}
                onToggle={(exclude) => change([point.id], exclude)}
              />
            ))}
          </ol>
        </section>
      </div>
    </section>
  );
}

export function VariationPointsPage({ id }: { readonly id: string }) {
  const t = useT();
  const { resource, reload } = useResource((signal) => loadPoints(id, signal), [id]);
  if (resource.status === 'failed') {
    const gone = goneView(resource.error);
    if (gone) return gone;
  }
  if (resource.status === 'loaded') return <PointsView {...resource.data} />;
  return (
    <section className="page" aria-busy={resource.status === 'loading'} aria-labelledby="page-title">
      <h1 id="page-title">{t('variation.title')}</h1>
      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'failed' && resource.error.status === 403 ? (
        <Refusal error={resource.error} />
      ) : null}
      {resource.status === 'failed' && resource.error.status !== 403 ? (
        <LoadFailure error={resource.error} onRetry={reload} />
      ) : null}
    </section>
  );
}
