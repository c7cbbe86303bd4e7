/**
 * The banner the chosen marking makes, checked live by the server (POST /api/markings/parse) and shown
 * canonically, coloured by level, with its equivalent in each party's words.
 */
import { useEffect, useState } from 'react';
import type { ApiError } from '../api/http.js';
import { isAbort } from '../api/http.js';
import { parseMarking } from '../api/liaison-api.js';
import type { ParsedMarking, Party } from '../api/types.js';
import { useT } from '../messages/locale.context.js';
import { toApiError, useSession } from '../session/session.context.js';
import { ClassificationBanner } from './classification-banner.js';

type Check =
  | { readonly status: 'empty' }
  | { readonly status: 'checking' }
  | { readonly status: 'valid'; readonly parsed: ParsedMarking }
  | { readonly status: 'invalid'; readonly error: ApiError };

const debounceMs = 250;

interface MarkingPreviewProps {
  readonly banner: string;
  readonly party: string;
  readonly parties: readonly Party[];
}

export function MarkingPreview({ banner, party, parties }: MarkingPreviewProps) {
  const t = useT();
  const { expire, epoch } = useSession();
  const [check, setCheck] = useState<Check>({ status: 'empty' });

  useEffect(() => {
    if (banner === '') {
      setCheck({ status: 'empty' });
      return;
    }
    setCheck({ status: 'checking' });
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      parseMarking(banner, party, controller.signal).then(
        (parsed) => setCheck({ status: 'valid', parsed }),
        (error: unknown) => {
          if (isAbort(error) || controller.signal.aborted) return;
          const apiError = toApiError(error);
          if (apiError.isUnauthenticated) expire();
          else setCheck({ status: 'invalid', error: apiError });
        },
      );
    }, debounceMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [banner, party, expire, epoch]);

  return (
    <div className="marking-preview" data-testid="marking-preview" data-status={check.status}>
      <h3 className="marking-preview__label">{t('marking.preview')}</h3>
      <div aria-live="polite">
        {check.status === 'empty' ? <p className="field__hint">{t('marking.previewNone')}</p> : null}
        {check.status === 'checking' ? (
          <p className="marking-preview__pending">
            <span className="marking-preview__raw">{banner}</span> <span>{t('marking.previewChecking')}</span>
          </p>
        ) : null}
        {check.status === 'valid' ? (
          <>
            <ClassificationBanner
              banner={check.parsed.canonical}
              rank={check.parsed.level.rank}
              variant="preview"
            />
            <details className="marking-preview__words">
              <summary>{t('marking.inWords')}</summary>
              <dl>
                {parties.map((candidate) => (
                  <div key={candidate.code}>
                    <dt>{candidate.name}</dt>
                    <dd>{check.parsed.inWords[candidate.code] ?? ''}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </>
        ) : null}
        {check.status === 'invalid' ? (
          <p className="field__error">
            <span className="marking-preview__raw">{banner}</span>{' '}
            {t('marking.previewError', { message: check.error.message.replace(/^banner: /, '') || check.error.code })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
