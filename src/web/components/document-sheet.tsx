/**
 * A document as its form is laid out on paper: the banner line at top and bottom, the heading fields of
 * its form, the text, the drafter's line and the distribution block. Shows only what the server sent.
 */
import type { ReactNode } from 'react';
import type { LiaisonDocument } from '../api/types.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { ClassificationBanner } from './classification-banner.js';
import { useGradeMeaning, useKindLabel } from './labels.js';

function HeadingField({
  label,
  children,
  name,
}: {
  readonly label: string;
  readonly children: ReactNode;
  readonly name: string;
}) {
  return (
    <div className="sheet__field" data-field={name}>
      <dt>{label}:</dt>
      <dd>{children}</dd>
    </div>
  );
}

function HeadingFields({ document }: { readonly document: LiaisonDocument }) {
  const t = useT();
  const format = useFormat();
  const meaning = useGradeMeaning();
  const { fields } = document;
  const grade = `${fields.reliability ?? ''}${fields.credibility ?? ''}`;
  const gradeMeaning = [
    fields.reliability ? meaning('reliability', fields.reliability) : undefined,
    fields.credibility ? meaning('credibility', fields.credibility) : undefined,
  ].filter((part): part is string => part !== undefined);
  return (
    <dl className="sheet__fields">
      {fields.from ? (
        <HeadingField name="from" label={t('document.from')}>
          {fields.from}
        </HeadingField>
      ) : null}
      {fields.to ? (
        <HeadingField name="to" label={t('document.to')}>
          {fields.to}
        </HeadingField>
      ) : null}
      {fields.number ? (
        <HeadingField name="number" label={t('document.number')}>
          {fields.number}
        </HeadingField>
      ) : null}
      <HeadingField name="dated" label={t('document.dated')}>
        <time dateTime={document.dated}>{format.date(document.dated)}</time>
      </HeadingField>
      {fields.place ? (
        <HeadingField name="place" label={t('document.place')}>
          {fields.place}
        </HeadingField>
      ) : null}
      {fields.participants && fields.participants.length > 0 ? (
        <HeadingField name="participants" label={t('document.present')}>
          <ul className="sheet__participants">
            {fields.participants.map((participant, index) => (
              <li key={index}>{participant}</li>
            ))}
          </ul>
        </HeadingField>
      ) : null}
      {fields.subject ? (
        <HeadingField name="subject" label={t('document.subject')}>
          {fields.subject}
        </HeadingField>
      ) : null}
      {fields.source ? (
        <HeadingField name="source" label={t('document.source')}>
          {fields.source}
        </HeadingField>
      ) : null}
      {grade ? (
        <HeadingField name="grade" label={t('document.grade')}>
          <strong className="sheet__grade">{grade}</strong>
          {gradeMeaning.length === 2 ? (
            <span className="sheet__grade-meaning">
              {' '}
              ({t('document.gradeMeaning', { reliability: gradeMeaning[0]!, credibility: gradeMeaning[1]! })})
            </span>
          ) : null}
        </HeadingField>
      ) : null}
      {fields.places && fields.places.length > 0 ? (
        <HeadingField name="places" label={t('document.places')}>
          {fields.places.join(', ')}
        </HeadingField>
      ) : null}
    </dl>
  );
}

/**
 * The copy number, prominent under the top banner as on a numbered paper copy, with its holder; for the
 * original (its drafter or registry), how many numbered copies were made of it.
 */
function CopyLine({ document }: { readonly document: LiaisonDocument }) {
  const t = useT();
  if (document.copy) {
    return (
      <div className="sheet__copy" data-testid="copy-line">
        <span className="sheet__copy-number" data-testid="copy-number">
          {t('copy.numberOf', { number: document.copy.number, of: document.copy.of })}
        </span>
        <span className="sheet__copy-holder" data-testid="copy-holder">
          {t('copy.holder', { holder: document.copy.holder })}
        </span>
      </div>
    );
  }
  if (document.state !== 'issued' || document.copyCount === 0) return null;
  return (
    <div className="sheet__copy sheet__copy--original" data-testid="copy-line">
      <span className="sheet__copy-number">{t('copy.original')}</span>
      <span className="sheet__copy-holder">
        {document.copyCount === 1
          ? t('copy.originalCount.one')
          : t('copy.originalCount.other', { count: document.copyCount })}
      </span>
    </div>
  );
}

export function paragraphsOf(body: string): string[] {
  return body
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

export function DocumentSheet({ document }: { readonly document: LiaisonDocument }) {
  const t = useT();
  const kindLabel = useKindLabel();
  const rank = document.marking.level.rank;
  return (
    <article
      className={`sheet${document.state === 'draft' ? ' sheet--draft' : ''}`}
      aria-labelledby="document-title"
    >
      <ClassificationBanner
        banner={document.banner}
        rank={rank}
        variant="top"
        readerBanner={document.bannerForReader}
      />
      <CopyLine document={document} />
      <div className="sheet__page">
        <header className="sheet__header">
          <p className="sheet__kind">{kindLabel(document.kind)}</p>
          <p className="sheet__registry" data-testid="registry-number">
            {document.registryNumber
              ? t('document.registry', { number: document.registryNumber })
              : t('document.draft')}
          </p>
          <h1 id="document-title" className="sheet__title" tabIndex={-1}>
            {document.title}
          </h1>
          <HeadingFields document={document} />
        </header>
        <div className="sheet__body" data-testid="document-body">
          {paragraphsOf(document.body).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
        <footer className="sheet__footer">
          <p className="sheet__drafter" data-testid="drafter-line">
            {t('document.drafter', { name: document.drafter.displayName, title: document.drafter.title })}
            {document.reference ? <span className="sheet__reference"> {document.reference}</span> : null}
          </p>
          <section className="sheet__distribution" aria-labelledby="distribution-heading">
            <h2 id="distribution-heading" className="sheet__distribution-title">
              {t('document.distribution')}
            </h2>
            {document.distributionBlock.length > 0 ? (
              <ul data-testid="distribution-block">
                {document.distributionBlock.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            ) : (
              <p>{t('document.noDistribution')}</p>
            )}
          </section>
        </footer>
      </div>
      <ClassificationBanner
        banner={document.banner}
        rank={rank}
        variant="bottom"
        readerBanner={document.bannerForReader}
      />
    </article>
  );
}
