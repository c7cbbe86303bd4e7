/**
 * Tracing a leak: paste or retype a leaked excerpt; the server names the document it comes from (among
 * those the person answers for), the copies it points to with their holders and scores, and the bound
 * on accusing an innocent copy, said here in words. Nobody is accused on weak evidence.
 */
import { useState, type FormEvent } from 'react';
import { traceLeak } from '../api/liaison-api.js';
import type { ApiError } from '../api/http.js';
import type { TraceReport, TraceSuspect } from '../api/types.js';
import { documentPath } from '../components/document-table.js';
import { ErrorSummary, Refusal, useErrorText } from '../components/feedback.js';
import { TextAreaField } from '../components/form-fields.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useExpireOnUnauthenticated } from '../hooks/use-resource.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { Link } from '../router/router.js';
import { describeBound, splitSmall } from '../trace/probability.js';

const shownRanking = 10;
const maxLength = 200_000;

function BoundSentence({ bound }: { readonly bound: number }) {
  const t = useT();
  const format = useFormat();
  const words = describeBound(bound);
  let text: string;
  switch (words.kind) {
    case 'one-in':
      text = t('trace.boundOneIn', { n: format.number(words.denominator) });
      break;
    case 'percent':
      text = t('trace.boundPercent', { percent: format.number(words.percent) });
      break;
    case 'none':
      return null;
  }
  return (
    <p className="trace-bound" data-testid="trace-bound">
      {text}
    </p>
  );
}

function holderOf(suspect: TraceSuspect): string {
  return suspect.recipient.label;
}

/** A score or probability, a tiny one as a power of ten with a real superscript. */
function SmallNumber({ value }: { readonly value: number }) {
  const { mantissa, exponent } = splitSmall(value);
  if (exponent === null) return <>{mantissa}</>;
  return (
    <>
      {mantissa} × 10<sup>{String(exponent).replace('-', '−')}</sup>
    </>
  );
}

function Suspects({ report }: { readonly report: TraceReport }) {
  const t = useT();
  if (report.suspects.length === 0) {
    return (
      <p className="notice notice--info" data-testid="trace-nobody">
        {t('trace.nobody', { points: report.observedPoints })}
      </p>
    );
  }
  return (
    <section aria-labelledby="suspects-title">
      <h3 id="suspects-title">{t('trace.suspectsTitle')}</h3>
      <ol className="suspects" data-testid="trace-suspects">
        {report.suspects.map((suspect) => (
          <li key={suspect.copyId} className="suspect" data-copy-number={suspect.number}>
            <p className="suspect__copy">
              <strong data-testid="suspect-copy">{t('trace.copy', { number: suspect.number })}</strong>
              {t('label.separator')}
              <span className="suspect__kind">{t(`recipients.kind.${suspect.recipient.kind}`)}</span>{' '}
              <span data-testid="suspect-holder">{holderOf(suspect)}</span>
            </p>
            <p className="suspect__figures">
              {t('trace.score')} <SmallNumber value={suspect.score} />
              {t('label.separator')}
              {t('trace.pValue')} <SmallNumber value={suspect.pValue} />
            </p>
          </li>
        ))}
      </ol>
      <BoundSentence bound={report.falseAccusationBound} />
    </section>
  );
}

function Ranking({ report }: { readonly report: TraceReport }) {
  const t = useT();
  const top = report.ranking.slice(0, shownRanking);
  if (top.length === 0) return null;
  const scores = top.map((entry) => entry.score);
  const min = Math.min(0, ...scores);
  const max = Math.max(1, ...scores);
  return (
    <section aria-labelledby="ranking-title">
      <h3 id="ranking-title">{t('trace.rankingTitle', { count: top.length })}</h3>
      <table className="data-table ranking-table" data-testid="trace-ranking">
        <caption className="visually-hidden">{t('trace.rankingCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trace.column.copy')}</th>
            <th scope="col">{t('trace.column.score')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('trace.column.bar')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {top.map((entry) => (
            <tr key={entry.copyId} data-copy-number={entry.number}>
              <th scope="row">{t('trace.copy', { number: entry.number })}</th>
              <td>
                <SmallNumber value={entry.score} />
              </td>
              <td>
                <meter
                  className="ranking-table__meter"
                  min={min}
                  max={max}
                  value={entry.score}
                  aria-label={t('trace.scoreOf', { number: entry.number })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TraceResult({ report }: { readonly report: TraceReport }) {
  const t = useT();
  const format = useFormat();
  if (!report.document) {
    return (
      <section className="panel" aria-labelledby="trace-result-title" data-testid="trace-result">
        <h2 id="trace-result-title" className="panel__title">
          {t('trace.resultTitle')}
        </h2>
        <p className="notice notice--info" data-testid="trace-no-document">
          {t('trace.noDocument')}
        </p>
      </section>
    );
  }
  const { document } = report;
  return (
    <section className="panel" aria-labelledby="trace-result-title" data-testid="trace-result">
      <h2 id="trace-result-title" className="panel__title">
        {t('trace.resultTitle')}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('trace.document')}</dt>
          <dd>
            <Link to={documentPath(document.id)} data-testid="trace-document">
              {document.title}
            </Link>
          </dd>
        </div>
        {document.registryNumber ? (
          <div>
            <dt>{t('trace.registry')}</dt>
            <dd data-testid="trace-registry">{document.registryNumber}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('trace.marking')}</dt>
          <dd className="marking-text">{document.banner}</dd>
        </div>
        <div>
          <dt>{t('trace.similarity')}</dt>
          <dd>{format.percent(report.similarity)}</dd>
        </div>
        <div>
          <dt>{t('trace.observed')}</dt>
          <dd>{format.number(report.observedPoints)}</dd>
        </div>
      </dl>
      <Suspects report={report} />
      <Ranking report={report} />
    </section>
  );
}

export function TracePage() {
  const t = useT();
  const errorText = useErrorText();
  const handleError = useExpireOnUnauthenticated();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<TraceReport | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  usePageTitle(t('trace.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setProblem(t('trace.empty'));
      return;
    }
    setBusy(true);
    setProblem(null);
    setRefusal(null);
    setReport(null);
    try {
      setReport(await traceLeak(text));
    } catch (caught) {
      const error = handleError(caught);
      if (error?.status === 403) setRefusal(error);
      else if (error) setProblem(errorText(error));
    }
    setBusy(false);
  };

  return (
    <section className="page page--trace" aria-labelledby="page-title" data-testid="trace-page">
      <h1 id="page-title">{t('trace.title')}</h1>
      <p className="page__lead">{t('trace.lead')}</p>
      {problem ? <ErrorSummary title={t('trace.failed')}>{problem}</ErrorSummary> : null}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <TextAreaField
          id="trace-text"
          label={t('trace.text')}
          hint={t('trace.textHint')}
          value={text}
          onChange={setText}
          rows={12}
          maxLength={maxLength}
          className="field--body"
          required
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('trace.tracing') : t('trace.submit')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {refusal ? <Refusal error={refusal} /> : null}
        {report ? <TraceResult report={report} /> : null}
      </div>
    </section>
  );
}
